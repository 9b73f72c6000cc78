package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.SecretFiles;
import io.github.ackhybrid.cluster.internal.WireInstant;
import io.github.ackhybrid.core.ModelStyle;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A kubeconfig for the calling user ({@code DescribeClusterUserKubeconfig}). It holds credentials,
 * so {@link #toString()} never shows it; write it with {@link #writeTo(Path)}, which keeps the
 * file private to its owner.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = UserKubeconfig.Builder.class)
public abstract class UserKubeconfig {

  /**
   * Returns the kubeconfig as YAML. A secret: do not log it.
   *
   * @return the YAML text
   */
  @JsonProperty("config")
  @Value.Redacted
  public abstract String yaml();

  /**
   * Returns when the credentials in this kubeconfig stop working.
   *
   * @return the expiry, when the service reported one
   */
  @JsonProperty("expiration")
  @WireInstant
  public abstract Optional<Instant> expiration();

  /**
   * Writes the kubeconfig to a file readable only by its owner (where the file system supports
   * POSIX permissions), replacing any file already there.
   *
   * @param path the file to write, such as {@code kubeconfig}
   * @return the path written
   * @throws UncheckedIOException if the file cannot be written
   */
  public Path writeTo(Path path) {
    return SecretFiles.writeOwnerOnly(path, yaml());
  }

  /**
   * Starts a kubeconfig value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserKubeconfig}. */
  public static final class Builder extends ImmutableUserKubeconfig.Builder {}
}
