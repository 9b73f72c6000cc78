package io.github.ackhybrid.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.core.internal.signing.SignatureVerifier;
import io.github.ackhybrid.core.internal.signing.SigningKey;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.ExpectationTable;
import io.github.ackhybrid.testing.internal.FaultTable;
import io.github.ackhybrid.testing.internal.KeyRing;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import io.github.ackhybrid.testing.internal.RequestLog;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimDispatcher;
import io.github.ackhybrid.testing.internal.SimService;
import io.github.ackhybrid.testing.internal.ack.AckAddonService;
import io.github.ackhybrid.testing.internal.ack.AckClusterService;
import io.github.ackhybrid.testing.internal.ack.AckMetadataService;
import io.github.ackhybrid.testing.internal.ack.ClusterStore;
import io.github.ackhybrid.testing.internal.ack.SimCluster;
import io.github.ackhybrid.testing.internal.pool.NodePoolService;
import io.github.ackhybrid.testing.internal.bss.BillingLedger;
import io.github.ackhybrid.testing.internal.bss.BssService;
import io.github.ackhybrid.testing.internal.asm.AsmMeshService;
import io.github.ackhybrid.testing.internal.asm.AsmSwimLaneService;
import io.github.ackhybrid.testing.internal.kube.KubeApiServer;
import io.github.ackhybrid.testing.internal.pool.AutoscalerConfigService;
import io.github.ackhybrid.testing.internal.pool.ElasticScheduler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;

/**
 * An in-process fake of the Alibaba Cloud ACK and ASM APIs on a loopback port, for tests and demos
 * with no account; each simulated mesh and cluster also gets its Kubernetes API, over HTTPS on a
 * second loopback port, reached through the kubeconfig {@code DescribeServiceMeshKubeconfig} or
 * {@code DescribeClusterUserKubeconfig} returns (a Pro cluster's serves {@code ResourcePolicy}
 * objects too). It speaks the wire as the cloud does (paths, snake_case JSON, error envelopes,
 * {@code x-acs-request-id}), verifies request signatures (V3, ROA V2, RPC V2) against its
 * AccessKeys, and runs the real state machines against a {@linkplain SimulatorClock fast clock}.
 * It also serves the BSS bill, balance and price operations, billing the simulated clusters'
 * lifetimes on that clock ({@link #billing()}).
 *
 * <pre>{@code
 * try (CloudSimulator sim = CloudSimulator.start()) {
 *   CloudConfig cloud = sim.cloudConfig().build();   // region cn-hangzhou, endpoint and key preset
 *   ...
 *   sim.connectAgent(clusterId);                      // the registered cluster's agent "connects"
 *   sim.faults().throttle().forAction("DescribeClusterDetail").times(2);
 *   sim.expect().post("/clusters").andReturn(503, "{}").once();
 *   assertEquals(1, sim.requests("CreateCluster").size());
 * }
 * }</pre>
 *
 * <p>Defaults: a free port, AccessKey ID {@value #DEFAULT_ACCESS_KEY_ID} with secret
 * {@value #DEFAULT_ACCESS_KEY_SECRET}, speed {@value #TEST_SPEED} (a 10-minute cloud operation
 * takes 50 ms), registered clusters' agents connecting one simulated minute after their manifest
 * is first fetched, a new node pool's detail answering {@code ErrorNodePoolNotFound} for its
 * first two simulated seconds, and the last {@value #DEFAULT_REQUEST_LOG_CAPACITY} calls recorded.
 *
 * <p>Routing follows the cloud: the API version ({@code x-acs-version}, or the {@code Version}
 * parameter of RPC calls) picks the product, then ACK (ROA) calls are routed by method and path
 * and ASM and BSS (RPC) calls by action. Every call is authenticated first; then a fault may hit
 * it, then a matching expectation answers it, else the simulation does. An unknown version answers
 * 400 {@code NoSuchVersion} (400 {@code MissingParameter} without one) and an unknown path, method
 * or action 404 {@code InvalidAction.NotFound}, each in the product's error envelope with the
 * request id in the body and in {@code x-acs-request-id}.
 *
 * <p>Thread-safe. {@link #close()} stops the server.
 */
public final class CloudSimulator implements AutoCloseable {
  /** The AccessKey ID the simulator accepts unless the builder sets another. */
  public static final String DEFAULT_ACCESS_KEY_ID = "sim-access-key-id";
  /** The secret of {@link #DEFAULT_ACCESS_KEY_ID}; public, since it guards nothing real. */
  public static final String DEFAULT_ACCESS_KEY_SECRET = "sim-access-key-secret";
  /** The region {@link #cloudConfig()} presets. */
  public static final String REGION = "cn-hangzhou";
  /** The default speed: 12,000 simulated seconds per real second. */
  public static final double TEST_SPEED = 12_000;
  /** The speed for demos: a 10-minute operation takes about a second. */
  public static final double DEMO_SPEED = 600;
  /** How many pods of a declared workload a Ready node holds by default. */
  public static final int DEFAULT_PODS_PER_NODE = 10;
  /** The most calls {@link #requests()} keeps by default. */
  public static final int DEFAULT_REQUEST_LOG_CAPACITY = 10_000;

  // MockWebServer logs every request line, RPC signatures included, through java.util.logging.
  // The logger is held here because java.util.logging forgets the level of unreferenced loggers.
  private static final Logger MOCK_WEB_SERVER_LOG = Logger.getLogger(MockWebServer.class.getName());

  static {
    MOCK_WEB_SERVER_LOG.setLevel(Level.WARNING);
  }

  private final MockWebServer server;
  private final URI endpoint;
  private final Credentials credentials;
  private final KeyRing keys;
  private final SimulatorClock clock;
  private final CloudState state;
  private final ClusterStore clusters;
  private final AckClusterService ack;
  private final KubeApiServer kube;
  private final AutoscalerConfigService autoscalerConfigs;
  private final ElasticScheduler scheduler;
  private final AsmMeshService asm;
  private final NodePoolService nodePools;
  private final List<SimService> services;
  private final SimulatedBilling billing;
  private final FaultTable faultTable;
  private final Faults faults;
  private final ExpectationTable expectations;
  private final RequestLog log;

  private CloudSimulator(Builder b) {
    this.credentials = Credentials.of(b.accessKeyId, b.accessKeySecret);
    this.keys = new KeyRing(b.sessionClock);
    keys.put(b.accessKeyId, SigningKey.of(b.accessKeySecret));
    this.clock = new SimulatorClock(b.startAt == null ? Instant.now() : b.startAt, b.speed);
    this.state = new CloudState(clock);
    this.clusters = new ClusterStore();
    this.nodePools = new NodePoolService(state, clusters, b.nodePoolReadLag, Clock.systemUTC());
    this.kube = new KubeApiServer(state, nodePools::poolFacts);
    this.ack = new AckClusterService(state, clusters, b.agentAutoConnect, kube);
    this.autoscalerConfigs = new AutoscalerConfigService(state, clusters);
    this.scheduler = new ElasticScheduler(state, nodePools, kube::resourcePolicies, autoscalerConfigs, b.podsPerNode);
    BillingLedger ledger = new BillingLedger(clusters, nodePools::instanceUsage);
    BssService bss = new BssService(ledger);
    this.billing = new SimulatedBilling(state, ledger, bss);
    this.asm = new AsmMeshService(state, clusters, kube);
    this.services = List.of(ack, new AckAddonService(state, clusters), new AckMetadataService(), nodePools,
        autoscalerConfigs, scheduler, bss, asm, new AsmSwimLaneService(asm));
    Routes routes = new Routes();
    services.forEach(service -> service.register(routes));
    this.faultTable = new FaultTable(b.faultSeed);
    this.faults = new Faults(faultTable);
    this.expectations = new ExpectationTable();
    this.log = new RequestLog(b.requestLogCapacity);
    // Signatures carry real wall-clock dates, so they are checked against the real clock.
    SignatureVerifier verifier = new SignatureVerifier(keys::find, Clock.systemUTC());
    this.server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.setDispatcher(new SimDispatcher(routes, state, verifier, keys, faultTable, expectations, log, this::drain));
    try {
      server.start(InetAddress.getByName("127.0.0.1"), b.port);
    } catch (IOException e) {
      throw new UncheckedIOException("the simulator could not listen on 127.0.0.1:" + b.port, e);
    }
    this.endpoint = URI.create("http://127.0.0.1:" + server.getPort());
  }

  /**
   * Starts a simulator with the defaults on a free port.
   *
   * @return the running simulator
   * @throws UncheckedIOException if no port can be bound
   */
  public static CloudSimulator start() {
    return builder().start();
  }

  /**
   * Starts configuring a simulator.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  private void drain() {
    try {
      server.takeRequest(0, TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns the endpoint to send every product's calls to.
   *
   * @return {@code http://127.0.0.1:<port>}
   */
  public URI endpoint() {
    return endpoint;
  }

  /**
   * Returns the port the simulator listens on.
   *
   * @return the port
   */
  public int port() {
    return server.getPort();
  }

  /**
   * Returns a credentials provider holding the simulator's AccessKey.
   *
   * @return the provider
   */
  public CredentialsProvider credentials() {
    return CredentialsProvider.of(credentials);
  }

  /**
   * Returns a configuration builder preset for this simulator: region {@value #REGION}, the
   * endpoint override, the credentials, and a waiter poll interval of five simulated seconds
   * (at least 1 ms of real time). Add your own settings, then {@code build()}.
   *
   * @return a new builder
   */
  public CloudConfig.Builder cloudConfig() {
    double speed = clock.speed();
    Duration poll = speed <= 0 ? Duration.ofMillis(10)
        : Duration.ofNanos(Math.max(1_000_000L, Math.min(5_000_000_000L, (long) (5e9 / speed))));
    return CloudConfig.builder()
        .region(REGION)
        .endpointOverride(endpoint)
        .credentials(credentials())
        .pollInterval(poll);
  }

  /**
   * Returns the simulated clock, to read or advance simulated time.
   *
   * @return the clock
   */
  public SimulatorClock clock() {
    return clock;
  }

  /**
   * Returns the simulated account's billing: charges for resources, the balance, prices.
   *
   * @return the billing controls
   */
  public SimulatedBilling billing() {
    return billing;
  }

  /**
   * Returns the fault injection rules.
   *
   * @return the faults
   */
  public Faults faults() {
    return faults;
  }

  /**
   * Starts an expectation: a scripted answer that wins over the simulation for matching calls.
   *
   * @return a new expectation builder
   */
  public ExpectationBuilder expect() {
    return new ExpectationBuilder(expectations);
  }

  /**
   * Returns the calls received since the last reset, oldest first, credentials redacted.
   *
   * @return a snapshot of the recorded calls
   */
  public List<RecordedCall> requests() {
    return log.all();
  }

  /**
   * Returns the recorded calls of one operation, oldest first.
   *
   * @param action the operation name, such as {@code CreateCluster}
   * @return a snapshot of the matching calls
   * @throws ValidationException if the action is null or blank
   */
  public List<RecordedCall> requests(String action) {
    return log.byAction(Validate.notBlank(action, "action"));
  }

  /** Forgets the recorded calls. */
  public void resetRequests() {
    log.clear();
  }

  /**
   * Returns to a clean cloud: no clusters, tasks, faults, expectations or recorded calls. The
   * AccessKeys and the clock stay as they are.
   */
  public void reset() {
    faultTable.clear();
    expectations.clear();
    log.clear();
    state.locked(now -> {
      state.clear();
      services.forEach(SimService::reset);
      return null;
    });
  }

  /**
   * Accepts one more long-term AccessKey.
   *
   * @param accessKeyId the AccessKey ID
   * @param accessKeySecret its secret
   * @throws ValidationException if either is null or blank
   */
  public void addAccessKey(String accessKeyId, String accessKeySecret) {
    keys.put(Validate.notBlank(accessKeyId, "accessKeyId"), SigningKey.of(accessKeySecret));
  }

  /**
   * Accepts an STS session key; requests signed with it must carry its security token.
   *
   * @param accessKeyId the temporary AccessKey ID
   * @param accessKeySecret its secret
   * @param securityToken the security token
   * @throws ValidationException if a value is null or blank
   */
  public void addSessionKey(String accessKeyId, String accessKeySecret, String securityToken) {
    keys.put(Validate.notBlank(accessKeyId, "accessKeyId"),
        new SigningKey(accessKeySecret, Optional.of(Validate.notBlank(securityToken, "securityToken"))));
  }

  /**
   * Accepts an STS session key until an instant, judged by the {@linkplain Builder#sessionClock
   * session clock}; from then on its requests fail with 400 {@code InvalidSecurityToken.Expired},
   * as the cloud answers calls signed with an expired STS token.
   *
   * @param accessKeyId the temporary AccessKey ID
   * @param accessKeySecret its secret
   * @param securityToken the security token
   * @param expiresAt when the session ends
   * @throws ValidationException if a value is null or blank
   */
  public void addSessionKey(String accessKeyId, String accessKeySecret, String securityToken, Instant expiresAt) {
    keys.put(Validate.notBlank(accessKeyId, "accessKeyId"),
        new SigningKey(accessKeySecret, Optional.of(Validate.notBlank(securityToken, "securityToken"))),
        Validate.notNull(expiresAt, "expiresAt"));
  }

  /**
   * Stops accepting an AccessKey; its requests then fail with {@code InvalidAccessKeyId.NotFound}.
   *
   * @param accessKeyId the AccessKey ID
   * @throws ValidationException if it is null or blank
   */
  public void removeAccessKey(String accessKeyId) {
    keys.remove(Validate.notBlank(accessKeyId, "accessKeyId"));
  }

  /**
   * Connects a registered cluster's agent, as applying its manifest would: a {@code waiting} or
   * {@code disconnected} cluster becomes {@code running} now; one still {@code initial} becomes
   * {@code running} instead of {@code waiting} when its creation ends.
   *
   * @param clusterId the cluster id
   * @throws ValidationException if the id is null or blank
   * @throws IllegalStateException if there is no such cluster, it is not a registered cluster, or
   *     it failed or is being deleted
   */
  public void connectAgent(String clusterId) {
    Validate.notBlank(clusterId, "clusterId");
    state.locked(now -> {
      ack.connectAgent(clusterId, now);
      return null;
    });
  }

  /**
   * Disconnects a running registered cluster's agent; the cluster becomes {@code disconnected}.
   *
   * @param clusterId the cluster id
   * @throws ValidationException if the id is null or blank
   * @throws IllegalStateException if there is no such cluster, it is not a registered cluster, or
   *     it is not running
   */
  public void disconnectAgent(String clusterId) {
    Validate.notBlank(clusterId, "clusterId");
    state.locked(now -> {
      ack.disconnectAgent(clusterId, now);
      return null;
    });
  }

  /**
   * Makes the next task of a type fail when it completes; the resource it works on fails too (a
   * {@code cluster_create} task leaves its cluster {@code failed}). Task types:
   * {@code cluster_create}, {@code cluster_update}, {@code cluster_delete}, {@code addon_install},
   * {@code nodepool_create}, {@code nodepool_update}, {@code nodepool_scale_out},
   * {@code nodepool_attach}, {@code nodepool_remove_nodes}, {@code nodepool_delete}.
   *
   * @param taskType the task type
   * @param errorCode the code {@code DescribeTaskInfo} reports, such as {@code QuotaExceeded.Cluster}
   * @param message the error message
   * @throws ValidationException if a value is null or blank
   */
  public void failNextTask(String taskType, String errorCode, String message) {
    Validate.notBlank(taskType, "taskType");
    Validate.notBlank(errorCode, "errorCode");
    Validate.notBlank(message, "message");
    state.locked(now -> {
      state.tasks().failNext(taskType, errorCode, message);
      return null;
    });
  }

  /**
   * Returns every cluster as {@code DescribeClusterDetail} would show it now, oldest first.
   *
   * @return deep copies, safe to keep
   */
  public List<ObjectNode> clusters() {
    return state.locked(now -> clusters.all().stream().map(SimCluster::snapshot).toList());
  }

  /**
   * Returns one cluster as {@code DescribeClusterDetail} would show it now.
   *
   * @param clusterId the cluster id
   * @return a deep copy, empty if there is no such cluster (or it was deleted)
   */
  public Optional<ObjectNode> cluster(String clusterId) {
    return state.locked(now -> clusters.find(clusterId).map(SimCluster::snapshot));
  }

  /**
   * Returns every task as {@code DescribeTaskInfo} would show it now, oldest first.
   *
   * @return deep copies, safe to keep
   */
  public List<ObjectNode> tasks() {
    return state.locked(now -> state.tasks().all());
  }

  /**
   * Returns every service mesh as {@code DescribeServiceMeshDetail} shows it now ({@code ServiceMesh}),
   * oldest first; deleted meshes are left out.
   *
   * @return deep copies, safe to keep
   */
  public List<ObjectNode> meshes() {
    return state.locked(now -> asm.all());
  }

  /**
   * Returns one service mesh as {@code DescribeServiceMeshDetail} shows it now.
   *
   * @param meshId the {@code ServiceMeshId}
   * @return a deep copy, empty if there is no such mesh (or it was deleted)
   */
  public Optional<ObjectNode> mesh(String meshId) {
    return state.locked(now -> asm.find(meshId));
  }

  /**
   * Returns the VirtualServices and DestinationRules stored in a mesh's control plane, as the
   * API server stores them (with {@code metadata.resourceVersion}, {@code uid} and so on; the
   * {@code apiVersion} is the one they were last written in).
   *
   * @param meshId the {@code ServiceMeshId}
   * @return deep copies, VirtualServices first, each kind ordered by namespace and name; empty
   *     if the mesh does not exist
   */
  public List<ObjectNode> istioResources(String meshId) {
    return state.locked(now -> kube.istioResources(meshId));
  }

  /**
   * Returns the ResourcePolicy objects ({@code scheduling.alibabacloud.com/v1alpha1}) stored in a
   * cluster's Kubernetes API, as the API server stores them.
   *
   * @param clusterId the cluster id
   * @return deep copies ordered by namespace and name; empty if the cluster has none or its
   *     Kubernetes API was never reached (its kubeconfig never fetched)
   */
  public List<ObjectNode> resourcePolicies(String clusterId) {
    return state.locked(now -> kube.resourcePolicies(clusterId));
  }

  /**
   * Returns the last body {@code CreateAutoscalingConfig} stored for a cluster; the API has no read
   * counterpart, so this is how tests see what was configured.
   *
   * @param clusterId the cluster id
   * @return a deep copy of the body as sent; empty if none was sent or the cluster is gone
   */
  public Optional<ObjectNode> autoscalerConfig(String clusterId) {
    return state.locked(now -> autoscalerConfigs.find(clusterId));
  }

  /**
   * Returns a cluster's node pools as {@code DescribeClusterNodePools} would show them now, oldest
   * first. Hybrid cloud node pools have {@code nodepool_info.type} {@code hybrid}, a simulator
   * convention: no value is documented.
   *
   * @param clusterId the cluster id
   * @return deep copies, safe to keep; empty for an unknown cluster
   */
  public List<ObjectNode> nodePools(String clusterId) {
    return state.locked(now -> nodePools.pools(clusterId));
  }

  /**
   * Returns a cluster's nodes as {@code DescribeClusterNodes} would list them now, oldest first,
   * plus what only the cluster's Kubernetes API shows: {@code labels} (an object of label keys to
   * values), {@code taints} ({@code [{key, value, effect}]}) and {@code unschedulable}.
   *
   * @param clusterId the cluster id
   * @return deep copies, safe to keep; empty for an unknown cluster
   */
  public List<ObjectNode> nodes(String clusterId) {
    return state.locked(now -> nodePools.nodes(clusterId));
  }

  /**
   * Runs an attach script on a server, as a user would on a data-centre machine: the server joins
   * the node pool the script's token belongs to as a node with {@code is_aliyun_node} false,
   * {@code pending} and {@code NotReady} at first, {@code running} and {@code Ready} 30 simulated
   * seconds later, carrying the pool's labels and taints. The cloud refuses the join, and this
   * method throws, for an expired token or a one-time token already used.
   *
   * @param scriptText the script {@code DescribeClusterAttachScripts} answered, raw or still a JSON
   *     string literal
   * @param hostname the server's host name, which becomes the node name unless the script's
   *     {@code nodeNameOverride} option says otherwise
   * @param ip the server's IP address
   * @return the new node's name
   * @throws ValidationException if an argument is null or blank
   * @throws IllegalArgumentException if the script holds no token this simulator issued
   * @throws IllegalStateException if the token expired or is a used one-time token (the message
   *     says which), or the pool is gone, failed or being deleted, or the node name is taken
   */
  public String runAttachScript(String scriptText, String hostname, String ip) {
    Validate.notBlank(scriptText, "scriptText");
    Validate.notBlank(hostname, "hostname");
    Validate.notBlank(ip, "ip");
    return state.locked(now -> nodePools.runAttachScript(scriptText, hostname, ip, now));
  }

  /**
   * Declares a workload in a cluster, as a Deployment with {@code replicas} pods would, and
   * schedules it at once; it replaces an earlier demand with the same namespace and labels, and 0
   * removes it. Every Ready node holds {@link Builder#podsPerNode} pods. A ResourcePolicy of the
   * namespace whose selector the labels satisfy orders the placement unit by unit, honouring each
   * unit's {@code max}; a unit selecting a hybrid pool implies the workload tolerates the hybrid
   * taint; without a policy, pods go to untainted nodes. Pods that do not fit make node pools with
   * {@code auto_scaling.enable} scale out, up to {@code max_instances}; their new nodes become
   * Ready 90 simulated seconds later and take the pending pods. When demand falls, pods leave the
   * last unit first, and an auto-scaled node empty for the scale-in delay ({@code unneeded_duration}
   * of the last {@code CreateAutoscalingConfig}, 10 minutes by default) is removed, never below
   * {@code min_instances}. Hybrid pools never scale.
   *
   * @param clusterId the cluster id
   * @param namespace the pods' namespace
   * @param podLabels the pods' labels
   * @param replicas how many pods the workload wants, 0 to 100,000
   * @return the placement right after scheduling
   * @throws ValidationException if an argument is null or blank, or replicas is out of range
   * @throws IllegalStateException if there is no such cluster
   */
  public WorkloadPlacement demand(String clusterId, String namespace, Map<String, String> podLabels, int replicas) {
    Validate.notBlank(clusterId, "clusterId");
    Validate.notBlank(namespace, "namespace");
    Validate.notNull(podLabels, "podLabels");
    Validate.inRange(replicas, "replicas", 0, 100_000);
    Map<String, String> labels = Map.copyOf(podLabels);
    return state.locked(now -> {
      if (clusters.find(clusterId).isEmpty()) {
        throw new IllegalStateException("there is no cluster " + clusterId);
      }
      return scheduler.demand(clusterId, namespace, labels, replicas, now);
    });
  }

  /**
   * Returns where a workload declared with {@link #demand} runs now.
   *
   * @param clusterId the cluster id
   * @param namespace the pods' namespace
   * @param podLabels the pods' labels, as declared
   * @return the placement; 0 replicas if no such workload was declared
   * @throws ValidationException if an argument is null or blank
   */
  public WorkloadPlacement placement(String clusterId, String namespace, Map<String, String> podLabels) {
    Validate.notBlank(clusterId, "clusterId");
    Validate.notBlank(namespace, "namespace");
    Validate.notNull(podLabels, "podLabels");
    Map<String, String> labels = Map.copyOf(podLabels);
    return state.locked(now -> scheduler.placement(clusterId, namespace, labels));
  }

  /** Stops the server; calls in flight fail. Calling it again does nothing. */
  @Override
  public void close() {
    kube.close();
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException("the simulator did not stop cleanly", e);
    }
  }

  @Override
  public String toString() {
    return "CloudSimulator{endpoint=" + endpoint + ", speed=" + clock.speed() + "}";
  }

  /** Configures a {@link CloudSimulator}; {@link #start()} checks the values and starts it. */
  public static final class Builder {
    private int port;
    private String accessKeyId = DEFAULT_ACCESS_KEY_ID;
    private String accessKeySecret = DEFAULT_ACCESS_KEY_SECRET;
    private double speed = TEST_SPEED;
    private Duration agentAutoConnect = Duration.ofMinutes(1);
    private int requestLogCapacity = DEFAULT_REQUEST_LOG_CAPACITY;
    private long faultSeed = 20_151_215L;
    private Duration nodePoolReadLag = Duration.ofSeconds(2);
    private int podsPerNode = DEFAULT_PODS_PER_NODE;
    private Instant startAt;
    private Clock sessionClock = Clock.systemUTC();

    private Builder() {}

    /**
     * Sets the simulated time the clock starts at (default: the real time at start). Bills are
     * generated on this clock, so a start in a past month gives tests a settled billing cycle the
     * SDK accepts; request signatures are still checked against the real clock.
     *
     * @param start the first simulated instant
     * @return this builder
     */
    public Builder startAt(Instant start) {
      this.startAt = start;
      return this;
    }

    /**
     * Sets the port to listen on (default 0: any free port).
     *
     * @param port 0 to 65535
     * @return this builder
     */
    public Builder port(int port) {
      this.port = port;
      return this;
    }

    /**
     * Replaces the default AccessKey with another; more keys can be added once started.
     *
     * @param accessKeyId the AccessKey ID
     * @param accessKeySecret its secret
     * @return this builder
     */
    public Builder accessKey(String accessKeyId, String accessKeySecret) {
      this.accessKeyId = accessKeyId;
      this.accessKeySecret = accessKeySecret;
      return this;
    }

    /**
     * Sets how many simulated seconds pass per real second (default {@value CloudSimulator#TEST_SPEED});
     * 0 stops time except for {@link SimulatorClock#advance manual advances}.
     *
     * @param speed zero or positive
     * @return this builder
     */
    public Builder speed(double speed) {
      this.speed = speed;
      return this;
    }

    /**
     * Sets the demo speed, {@value CloudSimulator#DEMO_SPEED}: a 10-minute operation takes
     * about a second.
     *
     * @return this builder
     */
    public Builder demoSpeed() {
      return speed(DEMO_SPEED);
    }

    /**
     * Sets how long, in simulated time, after a registered cluster's agent manifest is first
     * fetched its agent connects by itself (default 1 minute); zero means only
     * {@link CloudSimulator#connectAgent} connects agents.
     *
     * @param delay zero or positive
     * @return this builder
     */
    public Builder agentAutoConnect(Duration delay) {
      this.agentAutoConnect = delay;
      return this;
    }

    /**
     * Lets only {@link CloudSimulator#connectAgent} connect agents.
     *
     * @return this builder
     */
    public Builder manualAgentConnect() {
      return agentAutoConnect(Duration.ZERO);
    }

    /**
     * Sets how long, in simulated time, after {@code CreateClusterNodePool} the new pool's
     * {@code DescribeClusterNodePoolDetail} still answers 404 {@code ErrorNodePoolNotFound}, the
     * read-after-create lag the reference reports (default 2 seconds); zero turns it off.
     *
     * @param lag zero or positive
     * @return this builder
     */
    public Builder nodePoolReadAfterCreateLag(Duration lag) {
      this.nodePoolReadLag = lag;
      return this;
    }

    /**
     * Sets how many pods of {@link CloudSimulator#demand declared workloads} a Ready node holds
     * (default {@value CloudSimulator#DEFAULT_PODS_PER_NODE}).
     *
     * @param pods 1 to 1,000
     * @return this builder
     */
    public Builder podsPerNode(int pods) {
      this.podsPerNode = pods;
      return this;
    }

    /**
     * Sets how many calls {@link CloudSimulator#requests()} keeps (default
     * {@value CloudSimulator#DEFAULT_REQUEST_LOG_CAPACITY}); older calls are forgotten.
     *
     * @param capacity 1 to 1,000,000
     * @return this builder
     */
    public Builder requestLogCapacity(int capacity) {
      this.requestLogCapacity = capacity;
      return this;
    }

    /**
     * Sets the clock that session keys added with an expiry expire by (default: the system clock).
     * Give it the clock a {@code CachedCredentialsProvider} under test uses, to move both at once.
     * Signature dates are still checked against the real clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder sessionClock(Clock clock) {
      this.sessionClock = clock;
      return this;
    }

    /**
     * Seeds the random source that decides {@link FaultRule#share} faults, for reproducible runs.
     *
     * @param seed the seed
     * @return this builder
     */
    public Builder faultSeed(long seed) {
      this.faultSeed = seed;
      return this;
    }

    /**
     * Checks the settings and starts the simulator.
     *
     * @return the running simulator
     * @throws ValidationException naming the first invalid setting
     * @throws UncheckedIOException if the port cannot be bound
     */
    public CloudSimulator start() {
      Validate.inRange(port, "port", 0, 65_535);
      Validate.notBlank(accessKeyId, "accessKeyId");
      Validate.notBlank(accessKeySecret, "accessKeySecret");
      Validate.notNull(sessionClock, "sessionClock");
      if (!(speed >= 0) || Double.isInfinite(speed)) {
        throw new ValidationException("speed", "must be zero or a positive finite number, was " + speed);
      }
      Validate.notNull(agentAutoConnect, "agentAutoConnect");
      if (agentAutoConnect.isNegative()) {
        throw new ValidationException("agentAutoConnect", "must not be negative, was " + agentAutoConnect);
      }
      Validate.inRange(requestLogCapacity, "requestLogCapacity", 1, 1_000_000);
      Validate.inRange(podsPerNode, "podsPerNode", 1, 1_000);
      Validate.notNull(nodePoolReadLag, "nodePoolReadAfterCreateLag");
      if (nodePoolReadLag.isNegative()) {
        throw new ValidationException("nodePoolReadAfterCreateLag", "must not be negative, was " + nodePoolReadLag);
      }
      if (startAt != null && startAt.isBefore(Instant.EPOCH)) {
        throw new ValidationException("startAt", "must not be before 1970-01-01T00:00:00Z, was " + startAt);
      }
      return new CloudSimulator(this);
    }
  }
}
