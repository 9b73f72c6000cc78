package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.NodePoolSpec;
import io.github.ackhybrid.nodepool.internal.AutoScalingRules;
import io.github.ackhybrid.nodepool.internal.Ids;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The auto-scaling ECS pool an {@link ElasticCapacityPlan} bursts to: either a pool to create (or
 * find again by name) from a name, vSwitches and instance types, or an existing pool to adopt by
 * id. Either way it scales between {@link #minInstances()} and {@link #maxInstances()}.
 *
 * <pre>{@code
 * BurstPool.builder().name("burst").addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge").maxInstances(20).build()
 * BurstPool.builder().existingPoolId("np-ecs-burst-0001").maxInstances(20).build()
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class BurstPool {
  private static final String FIELD = "elasticCapacityPlan.burstPool";

  /**
   * Returns the pool's name, by which an earlier run's pool is found again.
   *
   * @return the name; may be empty only when {@link #existingPoolId()} is set
   */
  public abstract Optional<String> name();

  /**
   * Returns the id of an existing ECS pool to adopt instead of creating one.
   *
   * @return the pool id, if adopting
   */
  public abstract Optional<String> existingPoolId();

  /**
   * Returns the vSwitches a new pool places instances in.
   *
   * @return 1-8 vSwitch ids when creating; ignored when adopting
   */
  public abstract List<String> vSwitchIds();

  /**
   * Returns the instance types a new pool creates, in order of preference.
   *
   * @return 1-10 instance types when creating; ignored when adopting
   */
  public abstract List<String> instanceTypes();

  /**
   * Returns the least number of instances the autoscaler keeps.
   *
   * @return 0 or more; 0 unless set, so the cloud costs nothing while the data centre suffices
   */
  @Value.Default
  public long minInstances() {
    return 0;
  }

  /**
   * Returns the greatest number of instances the autoscaler creates.
   *
   * @return from {@link #minInstances()} (at least 1) to 2000
   */
  public abstract long maxInstances();

  /**
   * Starts a burst pool.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the spec {@code CreateClusterNodePool} is sent when the pool does not exist yet: a
   * pay-as-you-go ECS pool with auto scaling on between the bounds.
   *
   * @return the spec
   * @throws ValidationException if this burst pool adopts an existing pool, which is never created
   */
  public NodePoolSpec toSpec() {
    if (existingPoolId().isPresent()) {
      throw new ValidationException(FIELD + ".existingPoolId", "names a pool to adopt, which is never created");
    }
    return NodePoolSpec.builder()
        .name(name().orElseThrow())
        .ecs(s -> s.vSwitchIds(vSwitchIds()).instanceTypes(instanceTypes()))
        .autoScaling(minInstances(), maxInstances())
        .build();
  }

  @Value.Check
  void check() {
    AutoScalingRules.bounds(minInstances(), maxInstances(), FIELD);
    existingPoolId().ifPresent(id -> Ids.id(id, FIELD + ".existingPoolId"));
    name().ifPresent(Ids::poolName);
    if (existingPoolId().isPresent()) {
      return;
    }
    if (name().isEmpty()) {
      throw new ValidationException(FIELD + ".name", "must be set to create the pool, or to find it again on a"
          + " later run; set existingPoolId instead to adopt a pool that exists");
    }
    if (vSwitchIds().isEmpty() || instanceTypes().isEmpty()) {
      throw new ValidationException(FIELD + (vSwitchIds().isEmpty() ? ".vSwitchIds" : ".instanceTypes"),
          "must hold at least one entry to create the pool; set existingPoolId instead to adopt a pool");
    }
    // Building the create spec now makes the vSwitch and instance type rules fail here, not mid-plan.
    toSpec();
  }

  /** Builds a {@link BurstPool}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableBurstPool.Builder {}
}
