package io.github.ackhybrid.cluster;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What kind of kubeconfig to issue ({@code DescribeClusterUserKubeconfig}). {@code Builder.build()}
 * throws {@link ValidationException} for a validity outside what the API allows.
 */
@ModelStyle
@Value.Immutable
public abstract class KubeconfigOptions {
  /** The shortest validity the API issues. */
  public static final Duration MIN_VALIDITY = Duration.ofMinutes(15);
  /** The longest validity the API issues (three days). */
  public static final Duration MAX_VALIDITY = Duration.ofMinutes(4320);

  /**
   * Returns whether the kubeconfig points at the API server's VPC address (true) rather than its
   * public one; the service's default is the public address.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> privateNetwork();

  /**
   * Returns how long the credentials stay valid: whole minutes from 15 minutes to 3 days. When
   * absent the service issues longer-lived credentials; {@code UserKubeconfig.expiration()} says
   * until when.
   *
   * @return the validity, when chosen
   */
  public abstract Optional<Duration> validity();

  @Value.Check
  void check() {
    validity().ifPresent(v -> {
      if (v.compareTo(MIN_VALIDITY) < 0 || v.compareTo(MAX_VALIDITY) > 0 || v.toSecondsPart() != 0 || v.toNanosPart() != 0) {
        throw new ValidationException("kubeconfig.validity", "must be whole minutes from 15 to 4320 (3 days), was " + v);
      }
    });
  }

  /**
   * Returns the options that keep the service's defaults.
   *
   * @return empty options
   */
  public static KubeconfigOptions defaults() {
    return builder().build();
  }

  /**
   * Starts options.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link KubeconfigOptions}; {@code build()} validates. */
  public static final class Builder extends ImmutableKubeconfigOptions.Builder {}
}
