package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Ids;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * What DescribeClusterAttachScripts should mint: a join command for a pool, with a token that may
 * expire and may work only once. Every call mints a new token, so the SDK never repeats it blind.
 *
 * <pre>{@code
 * pools.attachScript(clusterId, poolId, s -> s.expiresIn(Duration.ofHours(2)).oneTimeToken(true).arch(AttachArch.ARM64))
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class AttachScriptRequest {

  /**
   * Returns how long the token stays valid from the moment the request is sent.
   *
   * @return the validity
   */
  public abstract Optional<Duration> expiresIn();

  /**
   * Returns when the token expires.
   *
   * @return the expiry, whole seconds on the wire
   */
  public abstract Optional<Instant> expiresAt();

  /**
   * Returns whether the token works for one server only (service field added 2025-12; its exact
   * behaviour is not documented).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> oneTimeToken();

  /**
   * Returns the CPU architecture of the servers (service default: amd64).
   *
   * @return the architecture
   */
  public abstract Optional<AttachArch> arch();

  /**
   * Returns how the script sets the server up.
   *
   * @return the options
   */
  public abstract Optional<AttachOptions> options();

  /**
   * Returns whether the script formats the last uninitialised data disk for container and kubelet
   * data, erasing it (service default: false).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> formatDisk();

  /**
   * Returns whether the machine keeps its name (service default: true).
   *
   * @return the flag
   */
  public abstract Optional<Boolean> keepInstanceName();

  /**
   * Returns RDS instances whose allowlists get the node's IP.
   *
   * @return the RDS instance ids
   */
  public abstract List<String> rdsInstances();

  /**
   * Starts a request with the service's defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (expiresIn().isPresent() && expiresAt().isPresent()) {
      throw new ValidationException("attachScript.expiresIn", "and attachScript.expiresAt are exclusive: set one");
    }
    expiresIn().ifPresent(d -> {
      Validate.positive(d, "attachScript.expiresIn");
      if (d.compareTo(Duration.ofSeconds(60)) < 0) {
        throw new ValidationException("attachScript.expiresIn", "must be at least 1 minute (the wire counts whole"
            + " seconds and a server needs time to download the installer), was " + d);
      }
    });
    rdsInstances().forEach(id -> Ids.id(id, "attachScript.rdsInstances"));
  }

  /** Builds an {@link AttachScriptRequest}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableAttachScriptRequest.Builder {
    /**
     * Sets the script options.
     *
     * @param options sets the options
     * @return this builder
     * @throws ValidationException if an option is invalid
     */
    public Builder options(Consumer<AttachOptions.Builder> options) {
      AttachOptions.Builder b = AttachOptions.builder();
      Validate.notNull(options, "attachScript.options").accept(b);
      return options(b.build());
    }
  }
}
