package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.nodepool.NodePoolUpdate;
import io.github.ackhybrid.nodepool.model.AutoScaling;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolTask;
import io.github.ackhybrid.nodepool.model.NodePoolType;
import io.github.ackhybrid.nodepool.model.ScalingGroup;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction.Outcome;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import okhttp3.OkHttpClient;

/**
 * The decisions of {@link ElasticCapacity} and {@link ElasticCapacityAsync}, which differ only in
 * how they wait for the calls between them. Every check against the cluster's state runs before
 * the first write.
 */
final class ElasticSteps {
  private static final String FIELD = "elasticCapacityPlan";
  private static final String MANAGED = "ManagedKubernetes";
  private static final String EXTERNAL = "ExternalKubernetes";
  private static final SchedulingPolicies POLICIES = SchedulingPolicies.create();

  private ElasticSteps() {}

  /**
   * What the plan finds of its burst pool.
   *
   * @param existing the pool, when it exists
   * @param update the change that makes its auto scaling match the plan, when one is needed
   */
  record PoolPlan(Optional<NodePool> existing, Optional<NodePoolUpdate> update) {}

  /**
   * Tells a registered cluster from an ACK managed Pro one, refusing any other.
   *
   * @return true for a registered cluster
   * @throws ElasticCapacityException if the cluster is neither, or the hybrid pool id does not fit its kind
   */
  static boolean registered(ElasticCapacityPlan plan, Cluster cluster) {
    String type = cluster.typeAsString();
    if (type.equals(EXTERNAL)) {
      if (plan.hybridPoolId().isPresent()) {
        throw new ElasticCapacityException(FIELD + ".hybridPoolId", "must be unset for registered cluster "
            + cluster.id() + ": its own nodes are the data centre, and ResourcePolicy, which orders hybrid and"
            + " cloud pools, is not served there");
      }
      return true;
    }
    String spec = cluster.specAsString().orElse("");
    String profile = cluster.profileAsString().orElse("Default");
    if (!type.equals(MANAGED) || !spec.startsWith("ack.pro.") || !profile.equals("Default")) {
      throw new ElasticCapacityException(FIELD + ".clusterId", "names cluster " + cluster.id() + " of type "
          + (type.isEmpty() ? "unknown" : type) + (spec.isEmpty() ? "" : " (" + spec + ", profile " + profile + ")")
          + "; elastic capacity needs an ACK managed Pro cluster (" + MANAGED + ", ack.pro.small), whose scheduler"
          + " serves ResourcePolicy, or a registered cluster (" + EXTERNAL + ")");
    }
    if (plan.hybridPoolId().isEmpty()) {
      throw new ElasticCapacityException(FIELD + ".hybridPoolId", "must name the hybrid pool of data-centre servers"
          + " of ACK managed Pro cluster " + cluster.id() + ", which the workloads fill before bursting");
    }
    return false;
  }

  /**
   * Checks that the plan's hybrid pool is a hybrid pool of the cluster.
   *
   * @throws ElasticCapacityException if it is missing or of another kind
   */
  static void checkHybridPool(ElasticCapacityPlan plan, List<NodePool> pools) {
    String field = FIELD + ".hybridPoolId";
    String id = plan.hybridPoolId().orElseThrow();
    NodePool pool = pools.stream().filter(p -> p.id().equals(id)).findFirst()
        .orElseThrow(() -> new ElasticCapacityException(field, "names node pool " + id + ", which cluster "
            + plan.clusterId() + " does not have; its pools are " + ids(pools)));
    if (!pool.isHybrid()) {
      throw new ElasticCapacityException(field, "names node pool " + id + " (" + pool.name() + "), which is an "
          + typeText(pool) + " pool, not a hybrid cloud node pool of data-centre servers");
    }
  }

  /**
   * Finds the burst pool, by id when the plan adopts one and else by name, and works out the
   * change its auto scaling needs.
   *
   * @throws ElasticCapacityException if an adopted pool is missing, the name matches several
   *     pools, or the pool found cannot burst
   */
  static PoolPlan burstPool(ElasticCapacityPlan plan, List<NodePool> pools) {
    BurstPool burst = plan.burstPool();
    String field;
    Optional<NodePool> found;
    if (burst.existingPoolId().isPresent()) {
      String id = burst.existingPoolId().get();
      field = FIELD + ".burstPool.existingPoolId";
      found = Optional.of(pools.stream().filter(p -> p.id().equals(id)).findFirst()
          .orElseThrow(() -> new ElasticCapacityException(field, "names node pool " + id + ", which cluster "
              + plan.clusterId() + " does not have; its pools are " + ids(pools))));
    } else {
      String name = burst.name().orElseThrow();
      field = FIELD + ".burstPool.name";
      List<NodePool> named = pools.stream().filter(p -> p.name().equals(name)).toList();
      if (named.size() > 1) {
        throw new ElasticCapacityException(field, "matches " + named.size() + " node pools of cluster "
            + plan.clusterId() + " (" + ids(named) + "); rename all but one, or adopt one with existingPoolId");
      }
      found = named.stream().findFirst();
    }
    if (found.isEmpty()) {
      return new PoolPlan(Optional.empty(), Optional.empty());
    }
    NodePool pool = found.get();
    checkBurstable(pool, field);
    AutoScaling current = pool.autoScaling().orElse(AutoScaling.builder().build());
    boolean matches = current.enabled() && current.minInstances().orElse(0L) == burst.minInstances()
        && current.maxInstances().orElse(0L) == burst.maxInstances();
    return new PoolPlan(found, matches ? Optional.empty()
        : Optional.of(NodePoolUpdate.builder().autoScaling(burst.minInstances(), burst.maxInstances()).build()));
  }

  /**
   * Tells whether a failed create may still have created the pool ({@code createPool} found its
   * answer lost). Node pool names are not unique in general, so the node pool client cannot settle
   * it; a plan can, because it owns its burst pool's name and would adopt a pool of that name on
   * its next run anyway: it looks the pool up by name before anything else.
   */
  static boolean outcomeUnknown(Throwable error) {
    return error instanceof OutcomeUnknownException;
  }

  /** Returns the pool of exactly this name, as {@code NodepoolName} may match loosely. */
  static Optional<NodePool> named(List<NodePool> pools, String name) {
    return pools.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  static ElasticAction created(CreatedNodePool created, BurstPool burst) {
    return action(Target.BURST_POOL, Outcome.CREATED, created.id(), created.requestId(), created.taskId(),
        "created " + burst.name().orElseThrow() + " with auto scaling " + bounds(burst));
  }

  static ElasticAction createdUnseen(NodePool pool, BurstPool burst, Throwable lost) {
    return action(Target.BURST_POOL, Outcome.CREATED, pool.id(), Optional.empty(), Optional.empty(),
        "created " + pool.name() + " with auto scaling " + bounds(burst) + "; the answer to the create was lost ("
            + Optional.ofNullable(lost.getCause()).orElse(lost).getClass().getSimpleName()
            + "), so the pool was found by name");
  }

  static ElasticAction updated(NodePool pool, NodePoolTask task, BurstPool burst) {
    return action(Target.BURST_POOL, Outcome.UPDATED, pool.id(), task.requestId(), task.taskId(),
        pool.name() + ": auto scaling " + describe(pool.autoScaling()) + " -> " + bounds(burst));
  }

  static ElasticAction kept(NodePool pool, BurstPool burst) {
    Outcome outcome = burst.existingPoolId().isPresent() ? Outcome.ADOPTED : Outcome.UNCHANGED;
    return action(Target.BURST_POOL, outcome, pool.id(), Optional.empty(), Optional.empty(),
        pool.name() + ": auto scaling already " + bounds(burst));
  }

  static ElasticAction autoscalerSent(AutoscalerConfigResult result) {
    return action(Target.AUTOSCALER, Outcome.UPDATED, result.clusterId(), result.responseMetadata().requestId(),
        result.taskId(), "sent " + result.config());
  }

  static ElasticAction autoscalerKept(String clusterId, AutoscalerConfig config) {
    return action(Target.AUTOSCALER, Outcome.UNCHANGED, clusterId, Optional.empty(), Optional.empty(),
        "this ElasticCapacity already sent " + config + "; the service has no call to read it back");
  }

  /** Returns the workloads' hybrid-first policies. */
  static List<PriorityScheduling> policies(ElasticCapacityPlan plan, String burstPoolId) {
    String hybridPoolId = plan.hybridPoolId().orElseThrow();
    return plan.workloads().stream()
        .map(w -> PriorityScheduling.hybridFirst(w.effectivePolicyName(), w.namespace(), w.podLabels(), hybridPoolId,
            burstPoolId))
        .toList();
  }

  /**
   * Applies each policy through the cluster's Kubernetes API, writing only those that differ from
   * what is stored. Blocking.
   *
   * @throws ConfigurationException if the kubeconfig cannot be used
   */
  static List<ElasticAction> applyPolicies(UserKubeconfig kubeconfig, List<PriorityScheduling> policies,
      OkHttpClient http) {
    Kubeconfig parsed;
    try {
      parsed = Kubeconfig.parse(kubeconfig.yaml());
    } catch (ConfigurationException e) {
      throw new ConfigurationException("the cluster kubeconfig from DescribeClusterUserKubeconfig is unusable: "
          + e.getMessage(), e);
    }
    List<ElasticAction> actions = new ArrayList<>();
    try (KubeClient kube = KubeClient.builder().kubeconfig(parsed).httpClient(http).build()) {
      for (PriorityScheduling policy : policies) {
        actions.add(applyPolicy(kube, policy));
      }
    }
    return List.copyOf(actions);
  }

  /** The actions of a registered cluster's workloads, which get the fallback placement instead of a policy. */
  static List<ElasticAction> fallbacks(ElasticCapacityPlan plan) {
    return plan.workloads().stream()
        .map(w -> action(Target.RESOURCE_POLICY, Outcome.FALLBACK_PLACEMENT,
            w.namespace() + "/" + w.effectivePolicyName(), Optional.empty(), Optional.empty(),
            "ResourcePolicy is not served on registered clusters; put the result's fallbackPlacement() in the pod"
                + " spec of pods " + (w.podLabels().isEmpty() ? "(all)" : w.podLabels()) + " in " + w.namespace()))
        .toList();
  }

  static ElasticCapacityResult result(ElasticCapacityPlan plan, boolean registered, String burstPoolId,
      List<ElasticAction> actions) {
    ElasticCapacityResult.Builder result = ElasticCapacityResult.builder()
        .clusterId(plan.clusterId())
        .registeredCluster(registered)
        .burstPoolId(burstPoolId)
        .actions(actions);
    if (registered) {
      result.fallbackPlacement(HybridPlacement.preferOnPremisesNodes());
    }
    return result.build();
  }

  private static ElasticAction applyPolicy(KubeClient kube, PriorityScheduling policy) {
    String id = policy.namespace() + "/" + policy.name();
    boolean namespaceCreated = kube.ensureNamespace(policy.namespace());
    ObjectNode desired = policy.toResource();
    Optional<StoredResourcePolicy> before = namespaceCreated ? Optional.empty()
        : POLICIES.get(kube, policy.namespace(), policy.name());
    if (before.isPresent() && sameAsDesired(before.get(), desired)) {
      return action(Target.RESOURCE_POLICY, Outcome.UNCHANGED, id, Optional.empty(), Optional.empty(),
          policy.describe() + "; stored as resourceVersion " + before.get().resourceVersion().orElse("?"));
    }
    StoredResourcePolicy after = POLICIES.apply(kube, policy);
    // An apply that changes nothing keeps the resource version: someone else's identical write.
    Outcome outcome = before.isEmpty() ? Outcome.CREATED
        : after.resourceVersion().equals(before.get().resourceVersion()) ? Outcome.UNCHANGED : Outcome.UPDATED;
    return action(Target.RESOURCE_POLICY, outcome, id, Optional.empty(), Optional.empty(), policy.describe()
        + (namespaceCreated ? "; namespace " + policy.namespace() + " created" : "")
        + "; stored as resourceVersion " + after.resourceVersion().orElse("?"));
  }

  private static boolean sameAsDesired(StoredResourcePolicy stored, ObjectNode desired) {
    return stored.managedBySdk() && stored.toJson().path("spec").equals(desired.path("spec"));
  }

  private static void checkBurstable(NodePool pool, String field) {
    String problem = null;
    if (pool.isHybrid()) {
      problem = "a hybrid cloud node pool of data-centre servers, which the autoscaler cannot grow";
    } else if (pool.type() != NodePoolType.ESS) {
      problem = "an " + typeText(pool) + " pool; only ECS (ess) pools scale automatically";
    } else if (pool.info().isDefault()) {
      problem = "the cluster's default pool, which ACK does not scale automatically";
    } else if (pool.scalingGroup().flatMap(ScalingGroup::instanceChargeType).equals(Optional.of("PrePaid"))) {
      problem = "a subscription (PrePaid) pool, whose nodes the autoscaler removes without releasing them";
    }
    if (problem != null) {
      throw new ElasticCapacityException(field, "matches node pool " + pool.id() + " (" + pool.name() + "), "
          + problem + "; the burst pool must be a separate pay-as-you-go ECS pool");
    }
  }

  private static ElasticAction action(Target target, Outcome outcome, String id, Optional<String> requestId,
      Optional<String> taskId, String detail) {
    return ElasticAction.builder().target(target).outcome(outcome).id(id).requestId(requestId).taskId(taskId)
        .detail(detail).build();
  }

  private static String bounds(BurstPool burst) {
    return "on " + burst.minInstances() + ".." + burst.maxInstances();
  }

  private static String describe(Optional<AutoScaling> autoScaling) {
    return autoScaling.filter(AutoScaling::enabled)
        .map(a -> "on " + a.minInstances().orElse(0L) + ".." + a.maxInstances().orElse(0L))
        .orElse("off");
  }

  private static String typeText(NodePool pool) {
    return pool.typeAsString().isEmpty() ? "untyped" : pool.typeAsString();
  }

  private static String ids(List<NodePool> pools) {
    return pools.isEmpty() ? "none" : pools.stream().map(p -> p.id() + " (" + p.name() + ")")
        .collect(Collectors.joining(", "));
  }
}
