package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.ClusterChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Changes a cluster's settings ({@code ModifyCluster}): its name, its deletion protection. Set at
 * least one; {@code Builder.build()} throws {@link ValidationException} otherwise, or for a bad name.
 */
@ModelStyle
@Value.Immutable
public abstract class ModifyClusterRequest {

  /**
   * Returns the new name: 1-63 characters, letters, digits and {@code -}, not starting with {@code -}.
   *
   * @return the new name, when it changes
   */
  public abstract Optional<String> name();

  /**
   * Returns whether the cluster should refuse deletion.
   *
   * @return the new setting, when it changes
   */
  public abstract Optional<Boolean> deletionProtection();

  @Value.Check
  void check() {
    name().ifPresent(n -> ClusterChecks.clusterName(n, "modifyCluster.name"));
    if (name().isEmpty() && deletionProtection().isEmpty()) {
      throw new ValidationException("modifyCluster", "must change something: set name or deletionProtection");
    }
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ModifyClusterRequest}; {@code build()} validates. */
  public static final class Builder extends ImmutableModifyClusterRequest.Builder {}
}
