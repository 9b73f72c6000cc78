package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.ClusterChecks;
import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What to keep when a cluster is deleted ({@code DeleteCluster}). By default the service deletes
 * the cloud resources the cluster created and keeps the others.
 */
@ModelStyle
@Value.Immutable
public abstract class DeleteClusterOptions {

  /**
   * Returns whether to keep the cluster's Service load balancers ({@code keep_slb}, which the API
   * marks deprecated but still accepts).
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> keepSlb();

  /**
   * Returns whether to keep every cloud resource the cluster created; if true,
   * {@link #retainResources()} is ignored.
   *
   * @return the choice, when made
   */
  public abstract Optional<Boolean> retainAllResources();

  /**
   * Returns the ids of resources to keep, such as a security group.
   *
   * @return the ids, possibly empty
   */
  public abstract List<String> retainResources();

  @Value.Check
  void check() {
    ClusterChecks.ids(retainResources(), "deleteCluster.retainResources", 0, Integer.MAX_VALUE);
  }

  /**
   * Returns the options that keep the service's defaults.
   *
   * @return empty options
   */
  public static DeleteClusterOptions defaults() {
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

  /** Builds {@link DeleteClusterOptions}; {@code build()} validates. */
  public static final class Builder extends ImmutableDeleteClusterOptions.Builder {}
}
