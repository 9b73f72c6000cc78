package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Ids;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@link ElasticCapacity#plan(ElasticCapacityPlan)} should make true for a cluster: its data
 * centre first, an auto-scaling ECS pool to burst to, the autoscaler configured, and each workload
 * placed data centre first with a {@code ResourcePolicy}.
 *
 * <pre>{@code
 * ElasticCapacityPlan plan = ElasticCapacityPlan.builder()
 *     .clusterId(proClusterId)
 *     .hybridPoolId("np-idc-0001")
 *     .burstPool(BurstPool.builder().name("burst").addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge")
 *         .maxInstances(20).build())
 *     .addWorkload(ElasticWorkload.of("prod", Map.of("app", "web")))
 *     .build();
 * }</pre>
 *
 * <p>On an ACK managed Pro cluster {@link #hybridPoolId()} names the hybrid pool of data-centre
 * servers. A registered ({@code ExternalKubernetes}) cluster's own nodes are the data centre, so
 * it has no hybrid pool: leave the id unset there. Every value is checked by {@code build()}.
 */
@ModelStyle
@Value.Immutable
public abstract class ElasticCapacityPlan {
  /** The autoscaler settings sent unless the plan sets others: instant scaling, which ResourcePolicy needs. */
  public static final AutoscalerConfig DEFAULT_AUTOSCALER =
      AutoscalerConfig.builder().scalerType(ScalerType.GOATSCALER).build();

  /** How long a plan waits for a burst pool it created to become active, unless set. */
  public static final Duration DEFAULT_POOL_ACTIVE_TIMEOUT = Duration.ofMinutes(10);

  private static final String FIELD = "elasticCapacityPlan";

  /**
   * Returns the cluster.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the hybrid pool whose data-centre servers the workloads fill first.
   *
   * @return the pool id; required on ACK managed Pro clusters, absent on registered clusters
   */
  public abstract Optional<String> hybridPoolId();

  /**
   * Returns the auto-scaling ECS pool the workloads burst to.
   *
   * @return the burst pool
   */
  public abstract BurstPool burstPool();

  /**
   * Returns the workloads to place.
   *
   * @return at least one workload, each with a policy name unique in its namespace
   */
  public abstract List<ElasticWorkload> workloads();

  /**
   * Returns the autoscaler settings to send with {@code CreateAutoscalingConfig}. A setting
   * without a scaler type gets {@link ScalerType#GOATSCALER}, which ACK requires for
   * ResourcePolicy over auto-scaling pools.
   *
   * @return the settings; {@link #DEFAULT_AUTOSCALER} unless set
   */
  @Value.Default
  public AutoscalerConfig autoscaler() {
    return DEFAULT_AUTOSCALER;
  }

  /**
   * Returns how long to wait for a newly created burst pool to become active before its id goes
   * into the workloads' policies.
   *
   * @return a positive duration; {@link #DEFAULT_POOL_ACTIVE_TIMEOUT} unless set
   */
  @Value.Default
  public Duration poolActiveTimeout() {
    return DEFAULT_POOL_ACTIVE_TIMEOUT;
  }

  /**
   * Returns the autoscaler settings as sent: {@link #autoscaler()} with the scaler type filled in.
   *
   * @return the settings
   */
  public AutoscalerConfig autoscalerToSend() {
    AutoscalerConfig config = autoscaler();
    return config.scalerType().isPresent() ? config : config.toBuilder().scalerType(ScalerType.GOATSCALER).build();
  }

  /**
   * Starts a plan.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this plan's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  @Value.Check
  void check() {
    Ids.id(clusterId(), FIELD + ".clusterId");
    hybridPoolId().ifPresent(id -> Ids.id(id, FIELD + ".hybridPoolId"));
    if (hybridPoolId().isPresent() && hybridPoolId().equals(burstPool().existingPoolId())) {
      throw new ValidationException(FIELD + ".burstPool.existingPoolId", "must differ from hybridPoolId ("
          + hybridPoolId().get() + "): the data-centre pool cannot also be the cloud pool it bursts to");
    }
    if (workloads().isEmpty()) {
      throw new ValidationException(FIELD + ".workloads", "must hold at least one workload to place");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < workloads().size(); i++) {
      ElasticWorkload w = workloads().get(i);
      Integer earlier = seen.putIfAbsent(w.namespace() + "/" + w.effectivePolicyName(), i);
      if (earlier != null) {
        throw new ValidationException(FIELD + ".workloads[" + i + "].policyName", "must differ from workloads["
            + earlier + "]'s in namespace " + w.namespace() + ": both would write ResourcePolicy "
            + w.effectivePolicyName() + "; name each workload's policy");
      }
    }
    if (hybridPoolId().isPresent() && autoscaler().scalerType().equals(Optional.of(ScalerType.CLUSTER_AUTOSCALER))) {
      throw new ValidationException(FIELD + ".autoscaler.scalerType", "must be goatscaler when a hybrid pool is"
          + " set: ACK requires instant scaling for ResourcePolicy over auto-scaling pools, and cluster-autoscaler"
          + " may scale the wrong pool");
    }
    Validate.positive(poolActiveTimeout(), FIELD + ".poolActiveTimeout");
  }

  /** Builds an {@link ElasticCapacityPlan}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableElasticCapacityPlan.Builder {}
}
