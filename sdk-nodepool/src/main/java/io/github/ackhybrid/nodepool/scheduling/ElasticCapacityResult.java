package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link ElasticCapacity#plan(ElasticCapacityPlan)} found and did, one {@link ElasticAction}
 * per target in the order they were handled: the autoscaler, the burst pool, then each workload.
 * A second run with the same plan reports no change ({@link #changed()} is false).
 */
@ModelStyle
@Value.Immutable
public abstract class ElasticCapacityResult {

  /**
   * Returns the cluster.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Tells whether the cluster is a registered ({@code ExternalKubernetes}) cluster, where no
   * ResourcePolicy was applied and {@link #fallbackPlacement()} is set.
   *
   * @return true for a registered cluster, false for ACK managed Pro
   */
  public abstract boolean registeredCluster();

  /**
   * Returns the auto-scaling ECS pool the workloads burst to.
   *
   * @return the pool id
   */
  public abstract String burstPoolId();

  /**
   * Returns what was found or done, in order.
   *
   * @return the actions
   */
  public abstract List<ElasticAction> actions();

  /**
   * Returns the placement a registered cluster's workloads need instead of a ResourcePolicy: prefer
   * the cluster's own nodes over the cloud nodes ACK adds; see {@link HybridPlacement#preferOnPremisesNodes()}.
   *
   * @return the placement on a registered cluster, empty on ACK managed Pro
   */
  public abstract Optional<HybridPlacement> fallbackPlacement();

  /**
   * Tells whether the plan wrote anything.
   *
   * @return true if any action created or updated something
   */
  public boolean changed() {
    return actions().stream().anyMatch(ElasticAction::changed);
  }

  /**
   * Returns the actions about one target.
   *
   * @param target the target
   * @return the matching actions, in order
   * @throws io.github.ackhybrid.core.exception.ValidationException if the target is null
   */
  public List<ElasticAction> actions(ElasticAction.Target target) {
    Validate.notNull(target, "target");
    return actions().stream().filter(a -> a.target() == target).toList();
  }

  /**
   * Starts a result, for tests and fakes.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ElasticCapacityResult}. */
  public static final class Builder extends ImmutableElasticCapacityResult.Builder {}
}
