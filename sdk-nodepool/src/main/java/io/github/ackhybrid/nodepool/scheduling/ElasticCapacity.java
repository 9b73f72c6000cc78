package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.UserKubeconfig;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.internal.KubeThreads;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.PreflightException;
import io.github.ackhybrid.nodepool.RegisteredBurstPreflight;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.scheduling.ElasticSteps.PoolPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

/**
 * Elastic capacity in one call: data centre first, burst to the cloud, release the cloud first.
 * {@link #plan(ElasticCapacityPlan)} makes a cluster match an {@link ElasticCapacityPlan} and
 * reports what it found and did; running it again with the same plan changes nothing.
 *
 * <pre>{@code
 * try (ElasticCapacity elastic = ElasticCapacity.create(cloud)) {
 *   ElasticCapacityResult result = elastic.plan(p -> p
 *       .clusterId(proClusterId)
 *       .hybridPoolId("np-idc-0001")
 *       .burstPool(BurstPool.builder().name("burst").addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge")
 *           .maxInstances(20).build())
 *       .addWorkload(ElasticWorkload.of("prod", Map.of("app", "web"))));
 *   result.actions().forEach(System.out::println);
 * }
 * }</pre>
 *
 * <p>On an ACK managed Pro cluster a plan, in the order the reference gives (elastic-scheduling §6):
 * <ol>
 *   <li>reads the cluster and its pools, and checks that the hybrid pool is one, before any write;
 *   <li>sends the autoscaler settings ({@code CreateAutoscalingConfig}, instant scaling unless the
 *       plan says otherwise). The service has no call to read them back and treats the call as an
 *       upsert, so this object remembers what it sent per cluster and sends again only when the
 *       plan's settings differ: a new {@code ElasticCapacity} sends them once, a second run of the
 *       same object reports them {@link ElasticAction.Outcome#UNCHANGED};
 *   <li>finds the burst pool by id or name and switches on or corrects its auto scaling, or creates
 *       it with auto scaling on and waits until it is active. A create is never retried blind: if
 *       its answer is lost, the pool is looked up by name before anything else;
 *   <li>fetches the cluster kubeconfig, kept in memory for this call only, and, for each
 *       workload, makes sure its namespace exists and applies a
 *       {@link PriorityScheduling#hybridFirst hybrid-first} policy by server-side apply, only when
 *       the stored policy differs.
 * </ol>
 * On a registered cluster it runs {@link RegisteredBurstPreflight} instead of the hybrid pool
 * check and, since ResourcePolicy is not served there, returns
 * {@link ElasticCapacityResult#fallbackPlacement()} for the workloads' pod specs instead of
 * applying policies.
 *
 * <p>Every call blocks; {@link #async()} does the same without blocking. Thread-safe; close it to
 * release its connections and threads.
 */
public final class ElasticCapacity implements AutoCloseable {
  private final ClusterClient clusters;
  private final NodePoolClient pools;
  private final SchedulingClient scheduling;
  private final Optional<HttpTransport> ownTransport;
  private final OkHttpClient kubeHttp;
  private final KubeThreads kubeThreads;
  private final ConcurrentMap<String, AutoscalerConfig> autoscalerSent = new ConcurrentHashMap<>();
  private final ElasticCapacityAsync async;

  private ElasticCapacity(CloudConfig config, HttpTransport transport, boolean ownsTransport) {
    this.clusters = ClusterClient.builder().config(config).transport(transport).build();
    this.pools = NodePoolClient.builder().config(config).transport(transport).build();
    this.scheduling = SchedulingClient.builder().config(config).transport(transport).build();
    this.ownTransport = ownsTransport ? Optional.of(transport) : Optional.empty();
    OkHttpClient.Builder http = new OkHttpClient.Builder();
    // The cluster's API server is reached the way the cloud API is: through the configured proxy, if any.
    config.proxy().ifPresent(http::proxy);
    this.kubeHttp = http.build();
    this.kubeThreads = KubeThreads.create("ElasticCapacity",
        config.completionExecutor().orElse(SdkExecutors.completion()));
    this.async = new ElasticCapacityAsync(clusters.async(), pools.async(), scheduling.async(), kubeThreads, kubeHttp,
        autoscalerSent);
  }

  /**
   * Creates an instance with its own connections.
   *
   * @param config the region, credentials and HTTP settings
   * @return the instance
   * @throws ValidationException if {@code config} is null
   */
  public static ElasticCapacity create(CloudConfig config) {
    return builder().config(config).build();
  }

  /**
   * Starts configuring an instance, to share a transport with other clients.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Makes the cluster match the plan; see the class description for the steps.
   *
   * @param plan the plan, checked when it was built
   * @return what was found and done, with ids and request ids
   * @throws ValidationException if the plan is null; nothing is sent
   * @throws ElasticCapacityException if the plan does not fit the cluster; nothing was changed
   * @throws PreflightException if a registered cluster lacks a prerequisite of cloud node pools;
   *     nothing was changed
   * @throws io.github.ackhybrid.core.exception.WaiterException if a created burst pool does not
   *     become active within the plan's {@link ElasticCapacityPlan#poolActiveTimeout()}
   * @throws SdkException (a typed subclass) if a call fails; the steps before it stay done, and
   *     running the plan again completes the rest
   */
  public ElasticCapacityResult plan(ElasticCapacityPlan plan) {
    Validate.notNull(plan, "elasticCapacityPlan");
    String clusterId = plan.clusterId();
    Cluster cluster = clusters.describeCluster(clusterId);
    boolean registered = ElasticSteps.registered(plan, cluster);
    if (registered) {
      RegisteredBurstPreflight.check(RegisteredBurstPreflight.facts(cluster, clusters.installedAddons(clusterId)))
          .throwIfFailed();
    }
    List<NodePool> existing = pools.listPools(clusterId);
    if (!registered) {
      ElasticSteps.checkHybridPool(plan, existing);
    }
    PoolPlan poolPlan = ElasticSteps.burstPool(plan, existing);
    List<ElasticAction> actions = new ArrayList<>();
    actions.add(configureAutoscaler(plan));
    ElasticAction pool = burstPool(plan, poolPlan);
    actions.add(pool);
    if (registered) {
      actions.addAll(ElasticSteps.fallbacks(plan));
    } else {
      UserKubeconfig kubeconfig = clusters.userKubeconfig(clusterId, ElasticCapacityAsync.KUBECONFIG);
      actions.addAll(ElasticSteps.applyPolicies(kubeconfig, ElasticSteps.policies(plan, pool.id()), kubeHttp));
    }
    return ElasticSteps.result(plan, registered, pool.id(), actions);
  }

  /**
   * Like {@link #plan(ElasticCapacityPlan)}, building the plan in place.
   *
   * @param plan sets the values on a new {@link ElasticCapacityPlan.Builder}
   * @return what was found and done
   * @throws ValidationException if the plan breaks a rule; nothing is sent
   * @throws ElasticCapacityException if the plan does not fit the cluster; nothing was changed
   * @throws SdkException (a typed subclass) if a call fails
   */
  public ElasticCapacityResult plan(Consumer<ElasticCapacityPlan.Builder> plan) {
    return plan(ElasticCapacityAsync.build(plan));
  }

  /**
   * Returns the non-blocking twin, which shares this instance's connections, threads and memory of
   * the autoscaler settings sent, and is closed with it.
   *
   * @return the async twin
   */
  public ElasticCapacityAsync async() {
    return async;
  }

  /** Releases the connections and threads this instance created; a shared transport is left open. */
  @Override
  public void close() {
    kubeThreads.close();
    kubeHttp.connectionPool().evictAll();
    scheduling.close();
    pools.close();
    clusters.close();
    ownTransport.ifPresent(HttpTransport::close);
  }

  private ElasticAction configureAutoscaler(ElasticCapacityPlan plan) {
    AutoscalerConfig config = plan.autoscalerToSend();
    if (config.equals(autoscalerSent.get(plan.clusterId()))) {
      return ElasticSteps.autoscalerKept(plan.clusterId(), config);
    }
    AutoscalerConfigResult result = scheduling.configureAutoscaler(plan.clusterId(), config);
    autoscalerSent.put(plan.clusterId(), config);
    return ElasticSteps.autoscalerSent(result);
  }

  private ElasticAction burstPool(ElasticCapacityPlan plan, PoolPlan poolPlan) {
    String clusterId = plan.clusterId();
    BurstPool burst = plan.burstPool();
    if (poolPlan.existing().isPresent()) {
      NodePool pool = poolPlan.existing().get();
      return poolPlan.update()
          .map(u -> ElasticSteps.updated(pool, pools.updatePool(clusterId, pool, u), burst))
          .orElseGet(() -> ElasticSteps.kept(pool, burst));
    }
    ElasticAction action;
    try {
      CreatedNodePool created = pools.createPool(clusterId, burst.toSpec());
      action = ElasticSteps.created(created, burst);
    } catch (SdkException e) {
      if (!ElasticSteps.outcomeUnknown(e)) {
        throw e;
      }
      String name = burst.name().orElseThrow();
      NodePool found = ElasticSteps.named(pools.listPools(clusterId, name), name).orElseThrow(() -> e);
      action = ElasticSteps.createdUnseen(found, burst, e);
    }
    pools.waiters().untilActive(clusterId, action.id(), plan.poolActiveTimeout());
    return action;
  }

  /** Configures an {@link ElasticCapacity}. */
  public static final class Builder {
    private CloudConfig config;
    private HttpTransport transport;

    private Builder() {}

    /**
     * Sets the region, credentials and HTTP settings. Required.
     *
     * @param config the configuration
     * @return this builder
     * @throws ValidationException if {@code config} is null
     */
    public Builder config(CloudConfig config) {
      this.config = Validate.notNull(config, "config");
      return this;
    }

    /**
     * Shares a transport (connection pool and concurrency limit) with other clients. The instance
     * never closes a transport it was given.
     *
     * @param transport the transport, created by {@link HttpTransport#create(CloudConfig)}
     * @return this builder
     * @throws ValidationException if {@code transport} is null
     */
    public Builder transport(HttpTransport transport) {
      this.transport = Validate.notNull(transport, "transport");
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     * @throws ValidationException if no configuration was set
     */
    public ElasticCapacity build() {
      Validate.notNull(config, "config");
      return transport != null ? new ElasticCapacity(config, transport, false)
          : new ElasticCapacity(config, HttpTransport.create(config), true);
    }
  }
}
