package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.cluster.ClusterAsyncClient;
import io.github.ackhybrid.cluster.KubeconfigOptions;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.internal.KubeThreads;
import io.github.ackhybrid.nodepool.NodePoolAsyncClient;
import io.github.ackhybrid.nodepool.RegisteredBurstPreflight;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.scheduling.ElasticSteps.PoolPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * The non-blocking twin of {@link ElasticCapacity}, obtained from {@link ElasticCapacity#async()}:
 * the same steps, composed from the asynchronous cluster, node pool and scheduling clients. The
 * Kubernetes requests, which block, run on a few {@code ackhybrid-kube-N} threads of the
 * instance's own. Methods never throw: failures, validation included, complete the future
 * exceptionally with the exception types {@link ElasticCapacity} throws. Futures complete on the
 * completion executor. Thread-safe; closed with its {@link ElasticCapacity}.
 */
public final class ElasticCapacityAsync {
  /**
   * The cluster kubeconfig a plan fetches, with the service's default validity: it is held in
   * memory for the one plan and never written out. A short validity would gain little and would
   * expire mid-plan under a simulator's fast clock.
   */
  static final KubeconfigOptions KUBECONFIG = KubeconfigOptions.defaults();

  private final ClusterAsyncClient clusters;
  private final NodePoolAsyncClient pools;
  private final SchedulingAsyncClient scheduling;
  private final KubeThreads kubeThreads;
  private final OkHttpClient kubeHttp;
  private final ConcurrentMap<String, AutoscalerConfig> autoscalerSent;

  ElasticCapacityAsync(ClusterAsyncClient clusters, NodePoolAsyncClient pools, SchedulingAsyncClient scheduling,
      KubeThreads kubeThreads, OkHttpClient kubeHttp, ConcurrentMap<String, AutoscalerConfig> autoscalerSent) {
    this.clusters = clusters;
    this.pools = pools;
    this.scheduling = scheduling;
    this.kubeThreads = kubeThreads;
    this.kubeHttp = kubeHttp;
    this.autoscalerSent = autoscalerSent;
  }

  /**
   * Makes the cluster match the plan; see {@link ElasticCapacity#plan(ElasticCapacityPlan)}.
   *
   * @param plan the plan
   * @return the future result, failing with {@link ValidationException} for a null plan before
   *     anything is sent, {@link ElasticCapacityException} or
   *     {@link io.github.ackhybrid.nodepool.PreflightException} if the plan does not fit the
   *     cluster before anything is changed, or another {@link SdkException} if a call fails
   */
  public CompletableFuture<ElasticCapacityResult> plan(ElasticCapacityPlan plan) {
    if (plan == null) {
      return CompletableFuture.failedFuture(new ValidationException("elasticCapacityPlan", "must not be null"));
    }
    String clusterId = plan.clusterId();
    return kubeThreads.handOff(clusters.describeCluster(clusterId).thenCompose(cluster -> {
      boolean registered = ElasticSteps.registered(plan, cluster);
      return preflight(registered, cluster)
          .thenCompose(v -> pools.listPools(clusterId))
          .thenCompose(existing -> {
            if (!registered) {
              ElasticSteps.checkHybridPool(plan, existing);
            }
            PoolPlan poolPlan = ElasticSteps.burstPool(plan, existing);
            return configureAutoscaler(plan).thenCompose(autoscaler -> burstPool(plan, poolPlan)
                .thenCompose(pool -> placements(plan, registered, pool.id()).thenApply(placements -> {
                  List<ElasticAction> actions = new ArrayList<>(List.of(autoscaler, pool));
                  actions.addAll(placements);
                  return ElasticSteps.result(plan, registered, pool.id(), actions);
                })));
          });
    }));
  }

  /**
   * Like {@link #plan(ElasticCapacityPlan)}, building the plan in place.
   *
   * @param plan sets the values on a new {@link ElasticCapacityPlan.Builder}
   * @return the future result, failing with {@link ValidationException} if the plan breaks a rule
   */
  public CompletableFuture<ElasticCapacityResult> plan(Consumer<ElasticCapacityPlan.Builder> plan) {
    try {
      return plan(build(plan));
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  static ElasticCapacityPlan build(Consumer<ElasticCapacityPlan.Builder> plan) {
    ElasticCapacityPlan.Builder builder = ElasticCapacityPlan.builder();
    Validate.notNull(plan, "elasticCapacityPlan").accept(builder);
    return builder.build();
  }

  private CompletableFuture<Void> preflight(boolean registered, Cluster cluster) {
    if (!registered) {
      return CompletableFuture.completedFuture(null);
    }
    return clusters.installedAddons(cluster.id()).thenAccept(addons ->
        RegisteredBurstPreflight.check(RegisteredBurstPreflight.facts(cluster, addons)).throwIfFailed());
  }

  private CompletableFuture<ElasticAction> configureAutoscaler(ElasticCapacityPlan plan) {
    AutoscalerConfig config = plan.autoscalerToSend();
    if (config.equals(autoscalerSent.get(plan.clusterId()))) {
      return CompletableFuture.completedFuture(ElasticSteps.autoscalerKept(plan.clusterId(), config));
    }
    return scheduling.configureAutoscaler(plan.clusterId(), config).thenApply(result -> {
      autoscalerSent.put(plan.clusterId(), config);
      return ElasticSteps.autoscalerSent(result);
    });
  }

  private CompletableFuture<ElasticAction> burstPool(ElasticCapacityPlan plan, PoolPlan poolPlan) {
    String clusterId = plan.clusterId();
    BurstPool burst = plan.burstPool();
    if (poolPlan.existing().isPresent()) {
      NodePool pool = poolPlan.existing().get();
      return poolPlan.update()
          .map(u -> pools.updatePool(clusterId, pool, u).thenApply(task -> ElasticSteps.updated(pool, task, burst)))
          .orElseGet(() -> CompletableFuture.completedFuture(ElasticSteps.kept(pool, burst)));
    }
    return pools.createPool(clusterId, burst.toSpec())
        .thenApply(created -> ElasticSteps.created(created, burst))
        .exceptionallyCompose(error -> {
          Throwable cause = Futures.unwrap(error);
          if (!ElasticSteps.outcomeUnknown(cause)) {
            return CompletableFuture.failedFuture(cause);
          }
          String name = burst.name().orElseThrow();
          return pools.listPools(clusterId, name).thenApply(found -> ElasticSteps.named(found, name)
              .map(pool -> ElasticSteps.createdUnseen(pool, burst, cause))
              .orElseThrow(() -> (SdkException) cause));
        })
        .thenCompose(action -> pools.waiters().untilActive(clusterId, action.id(), plan.poolActiveTimeout())
            .thenApply(active -> action));
  }

  private CompletableFuture<List<ElasticAction>> placements(ElasticCapacityPlan plan, boolean registered,
      String burstPoolId) {
    if (registered) {
      return CompletableFuture.completedFuture(ElasticSteps.fallbacks(plan));
    }
    List<PriorityScheduling> policies = ElasticSteps.policies(plan, burstPoolId);
    return clusters.userKubeconfig(plan.clusterId(), KUBECONFIG)
        .thenCompose(kubeconfig -> kubeThreads.supply(() -> ElasticSteps.applyPolicies(kubeconfig, policies, kubeHttp)));
  }
}
