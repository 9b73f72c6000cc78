package io.github.ackhybrid.examples;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.KubernetesVersionsRequest;
import io.github.ackhybrid.cluster.billing.ClusterEdition;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.FeeEstimate;
import io.github.ackhybrid.cluster.billing.FeeSchedule;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.KubernetesVersion;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.AppliedPolicy;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.Failover;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.mesh.NearestAccess;
import io.github.ackhybrid.nodepool.HybridPoolPreflight;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.PreflightReport;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import io.github.ackhybrid.nodepool.scheduling.BurstPool;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacity;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityResult;
import io.github.ackhybrid.nodepool.scheduling.ElasticWorkload;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.WorkloadPlacement;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The end-to-end hybrid cloud tour: register an on-premises cluster and write its agent manifest,
 * stand up the ACK managed Pro cluster that hybrid node pools join, check it and create a hybrid
 * node pool, join three servers with an attach script, burst to an auto-scaling ECS pool with
 * hybrid-first scheduling ({@link ElasticCapacity}) and watch it scale out and in, build a service
 * mesh over both clusters,
 * roll a canary 90/10, 50/50, 0/100, set failover and nearest access, print the month's cost report,
 * and delete everything again, also when a step fails (what cannot be deleted is listed).
 *
 * <p>By default it runs against the embedded {@link CloudSimulator}: no account, no network, under
 * a minute. With {@code --real} it uses the default credentials chain and creates real, billable
 * resources: read the code first. Options in real mode:
 * <ul>
 *   <li>{@code --region R} (else {@code ALIBABA_CLOUD_REGION_ID}, else {@code cn-hangzhou}) and
 *       {@code --endpoint URL} (else {@code ALIBABA_CLOUD_ENDPOINT}), see {@link CloudTarget};
 *   <li>{@code --vpc ID}, {@code --vswitch ID} (required): the network of the Pro cluster and the mesh;
 *   <li>{@code --instance-type T}: the ECS instance type of the node that hosts ACK's components
 *       (hybrid pools need one) and of the burst pool, which scales between 0 and 5 nodes;
 *   <li>{@code --servers N}: wait for N of your servers to run the attach script the tour writes;
 *       without it, joining servers is skipped.
 * </ul>
 * The embedded simulator stands in for your data centre and your workloads: it connects the
 * cluster's agent, runs the attach script on three simulated servers, and plays the demand of
 * training pods that first fill the servers and then burst to the cloud; in real mode that demand
 * is yours, and the tour says how to create it.
 *
 * <p>Exits with 0 when every step succeeded, 1 when a step or the cleanup failed, 2 when the
 * arguments are wrong or no credentials are found.
 */
public final class HybridCloudTour {
  private static final Set<String> OPTIONS = Set.of("--region", "--endpoint", "--vpc", "--vswitch",
      "--instance-type", "--servers");
  private static final String INSTANCE_TYPE = "ecs.g7.xlarge";
  private static final String USAGE = "usage: HybridCloudTour [--real --vpc ID --vswitch ID [--region R]"
      + " [--endpoint URL] [--instance-type T] [--servers N]]";
  private static final String HELP = CommandLine.help(USAGE,
      List.of(
          "Runs the hybrid cloud journey: registers an on-premises cluster, creates an ACK managed Pro cluster and a",
          "hybrid node pool, joins servers, bursts to an auto-scaling ECS pool, builds a service mesh over both",
          "clusters, rolls a canary, prints the month's cost and deletes everything it created. By default it runs",
          "against the embedded simulator (no account, no network); with --real it creates billable resources."),
      List.of(
          CloudTarget.HELP,
          "  --vpc ID            required with --real: the VPC of the Pro cluster, its burst pool and the mesh",
          "  --vswitch ID        required with --real: a vSwitch of that VPC",
          "  --instance-type T   the ECS instance type of the system node and the burst pool; default " + INSTANCE_TYPE,
          "  --servers N         with --real: wait for N of your servers to run the attach script the tour writes;",
          "                      default 0, which skips joining (in the simulator, 3 simulated servers join)"),
      "Exit status: 0 every step succeeded, 1 a step or the cleanup failed, 2 bad arguments or no credentials.");
  private static final int SIMULATED_SERVERS = 3;
  private static final Map<String, String> TRAINING = Map.of("app", "training");
  private static final int BURST_MAX_INSTANCES = 5;
  // Real operations take minutes; in the simulator the same waits pass in well under a second.
  private static final Duration CLUSTER_WAIT = Duration.ofMinutes(30);
  private static final Duration POOL_WAIT = Duration.ofMinutes(20);
  private static final Duration MESH_WAIT = Duration.ofMinutes(15);

  private final CommandLine command;
  private final CloudTarget target;
  private final ClusterClient clusters;
  private final NodePoolClient pools;
  private final MeshClient mesh;
  private final ElasticCapacity elastic;
  private final TourLog log;
  private final Cleanup cleanup;
  private final Path workDir;
  private final YearMonth billingMonth;

  private HybridCloudTour(CommandLine command, CloudTarget target, ClusterClient clusters, NodePoolClient pools,
      MeshClient mesh, ElasticCapacity elastic, TourLog log, Path workDir, YearMonth billingMonth) {
    this.command = command;
    this.target = target;
    this.clusters = clusters;
    this.pools = pools;
    this.mesh = mesh;
    this.elastic = elastic;
    this.log = log;
    this.cleanup = new Cleanup(log);
    this.workDir = workDir;
    this.billingMonth = billingMonth;
  }

  /**
   * Runs the tour and exits with its status.
   *
   * @param args {@code [--real --vpc ID --vswitch ID [--region R] [--endpoint URL] [--instance-type T]
   *     [--servers N]]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the tour, printing to {@code out}.
   *
   * @param args the command-line arguments
   * @param out where to print the steps
   * @return 0 on success, 1 on failure, 2 for bad arguments or missing credentials
   */
  public static int run(String[] args, PrintStream out) {
    if (CommandLine.wantsHelp(args)) {
      out.println(HELP);
      return 0;
    }
    CommandLine command;
    CloudTarget target;
    // Read once, so a tour that runs past midnight at a month's end still reports the month it
    // began in. The embedded simulator starts at that month's first hour: its simulated day of
    // fees then falls inside the reported month whatever the date.
    YearMonth billingMonth = YearMonth.now(FeeSchedule.BILLING_ZONE);
    try {
      command = CommandLine.parse(args, CloudTarget.FLAGS, OPTIONS);
      command.number("--servers", 0, 0, 1000);
      command.refusePositional();
      if (command.has(CloudTarget.REAL) && (command.value("--vpc").isEmpty() || command.value("--vswitch").isEmpty())) {
        throw new ValidationException("--vpc and --vswitch", "are required with --real: the network of the Pro"
            + " cluster, its burst pool and the mesh");
      }
      target = CloudTarget.open(command, () -> CloudSimulator.builder().demoSpeed()
          .startAt(billingMonth.atDay(1).atStartOfDay(FeeSchedule.BILLING_ZONE).toInstant()).start());
    } catch (ValidationException | ConfigurationException e) {
      out.println("Cannot start the tour: " + e.getMessage());
      out.println(USAGE);
      return 2;
    }
    out.println("Hybrid cloud tour against " + target.describe());
    TourLog log = new TourLog(out);
    CloudConfig cloud = target.config();
    // One transport, so the four clients share a connection pool and dispatcher.
    try (target; HttpTransport transport = HttpTransport.create(cloud);
        ClusterClient clusters = ClusterClient.builder().config(cloud).transport(transport).build();
        NodePoolClient pools = NodePoolClient.builder().config(cloud).transport(transport).build();
        MeshClient mesh = MeshClient.builder().config(cloud).transport(transport).build();
        ElasticCapacity elastic = ElasticCapacity.builder().config(cloud).transport(transport).build()) {
      return new HybridCloudTour(command, target, clusters, pools, mesh, elastic, log, tempDir(), billingMonth)
          .run(out);
    }
  }

  private int run(PrintStream out) {
    boolean completed = false;
    try {
      journey();
      completed = true;
    } catch (RuntimeException e) {
      out.println("Tour failed: " + TourLog.describe(e));
    } finally {
      out.println("Cleaning up" + (completed ? "" : " after the failure") + " ...");
      List<String> left = cleanup.run();
      completed &= left.isEmpty();
    }
    out.printf(Locale.ROOT, "Tour %s in %.1f s%n", completed ? "complete" : "FAILED", log.elapsed().toMillis() / 1e3);
    return completed ? 0 : 1;
  }

  private void journey() {
    String idc = registerOnPremisesCluster();
    Cluster pro = createProCluster();
    String poolId = createHybridPool(pro.id());
    joinServers(pro.id(), poolId);
    burstToCloud(pro.id(), poolId);
    String meshId = buildMesh(List.of(pro.id(), idc));
    rollCanary(meshId);
    setLocalityPolicies(meshId);
    reportCost(pro);
  }

  private String registerOnPremisesCluster() {
    ClusterCreation idc = log.step("Register the on-premises cluster idc-shanghai",
        () -> clusters.registerCluster(r -> r.name("idc-shanghai")),
        c -> c.id() + ", " + TourLog.requestId(c.responseMetadata()));
    cleanup.add("registered cluster " + idc.id(), () -> deleteCluster(idc.id()));
    // The manifest holds the agent's credentials, so it goes with the cluster; its directory goes last.
    cleanup.add("directory " + workDir, () -> deleteFile(workDir));
    Path manifest = log.step("Write the agent manifest to apply in the data centre",
        () -> clusters.agentManifest(idc.id(), a -> a.privateNetwork(true)).writeTo(workDir.resolve("agent.yaml")),
        file -> file + " (kubectl apply -f it in the on-premises cluster)");
    cleanup.add("agent manifest " + manifest, () -> deleteFile(manifest));
    log.step("Wait for the agent to connect" + (target.real() ? " (apply the manifest now)" : ""),
        () -> clusters.waiters().untilConnected(idc.id(), Duration.ofMinutes(10)),
        c -> c.name() + " is " + c.stateAsString());
    return idc.id();
  }

  private Cluster createProCluster() {
    KubernetesVersion version = log.step("Pick the newest creatable Kubernetes version (hybrid pools need 1.33+)",
        () -> clusters.kubernetesVersions(KubernetesVersionsRequest.creatable()).stream()
            .filter(v -> v.isAtLeast(1, 33))
            .reduce((older, newer) -> newer)
            .orElseThrow(() -> new SdkException("no creatable Kubernetes version 1.33 or newer is offered")),
        KubernetesVersion::version);
    ClusterCreation pro = log.step("Create the ACK managed Pro cluster that hybrid node pools join",
        () -> clusters.createProCluster(p -> p.name("hybrid-pro")
            .vpcId(vpc())
            .addVSwitchId(vSwitch())
            .kubernetesVersion(version.version())
            .podCidr("172.20.0.0/16")
            .hybridReady(true)
            .addAddon(AddonInstallation.flannel())
            .addAddon(AddonInstallation.terwayHybridControlplane("10.200.0.0/16", 24, true))
            .addAddon(AddonInstallation.terwayHybrid())),
        c -> c.id() + ", task " + c.taskId().orElse("(none)") + ", " + TourLog.requestId(c.responseMetadata()));
    cleanup.add("Pro cluster " + pro.id(), () -> deleteCluster(pro.id()));
    Cluster running = log.step("Wait until the Pro cluster is running",
        () -> clusters.waiters().untilRunning(pro.id(), CLUSTER_WAIT),
        c -> c.name() + " is " + c.stateAsString() + " on Kubernetes " + c.currentVersion().orElse("?"));
    log.step("Estimate the Pro cluster's management fee for 30 days",
        () -> clusters.billing().estimate(edition(running), Duration.ofDays(30)),
        (FeeEstimate f) -> (f.upperBound() ? "at most " : "") + f.amount() + " for " + f.billedHours()
            + " billed hours (the first and last hourly cycles are free)");
    return running;
  }

  private String createHybridPool(String clusterId) {
    CreatedNodePool system = log.step("Add one ECS node to host ACK's components (hybrid pools need one)",
        () -> pools.createPool(clusterId, p -> p.name("system")
            .ecs(s -> s.addVSwitchId(vSwitch()).addInstanceTypes(instanceType())
                .desiredSize(1))),
        p -> p.id() + ", " + requestId(p.requestId()));
    log.step("Wait for the ECS node", () -> pools.waiters().untilNodesReady(clusterId, system.id(), 1, POOL_WAIT),
        s -> s.readyNodes().size() + " node Ready");
    PreflightReport preflight = log.step("Check the cluster can host a hybrid node pool (HybridPoolPreflight)",
        () -> HybridPoolPreflight.check(clusters, pools, clusterId),
        r -> r.passed() ? "every check passed" + (r.warnings().isEmpty() ? "" : "; advice: "
            + String.join("; ", r.warnings())) : r.failures().size() + " checks failed");
    preflight.throwIfFailed();
    CreatedNodePool pool = log.step("Create the hybrid node pool idc-gpu",
        () -> pools.createHybridPool(clusterId, p -> p.name("idc-gpu").label("workload", "training")),
        p -> p.id() + ", " + requestId(p.requestId()));
    cleanup.add("hybrid node pool " + pool.id(), () -> pools.deletePool(clusterId, pool.id(), true));
    log.step("Wait until the pool is active", () -> pools.waiters().untilActive(clusterId, pool.id(), POOL_WAIT),
        p -> p.name() + " is " + p.status().stateAsString());
    return pool.id();
  }

  private void joinServers(String clusterId, String poolId) {
    AttachScript script = log.step("Get an attach script for the pool (valid 2 hours)",
        () -> pools.attachScript(clusterId, poolId, s -> s.expiresIn(Duration.ofHours(2))),
        s -> s.redactedCommand());
    Path file = log.step("Write the attach script, readable by its owner only",
        () -> script.writeTo(workDir.resolve("attach.sh")),
        f -> f + " (it holds a join token: run it as root on each server, then delete it)");
    cleanup.add("attach script " + file, () -> deleteFile(file));
    int servers = target.real() ? command.number("--servers", 0, 0, 1000) : SIMULATED_SERVERS;
    if (servers == 0) {
      log.skip("Join your servers", "pass --servers N to wait for N servers that ran " + file
          + "; the tour goes on without them");
      return;
    }
    target.simulator().ifPresent(sim -> log.step("Run the script on " + SIMULATED_SERVERS + " simulated servers",
        () -> {
          for (int i = 1; i <= SIMULATED_SERVERS; i++) {
            sim.runAttachScript(script.command(), "idc-gpu-" + i, "10.20.0." + i);
          }
          return SIMULATED_SERVERS;
        }, n -> "idc-gpu-1 .. idc-gpu-" + n + " ran it"));
    NodePoolSnapshot ready = log.step("Wait until " + servers + " servers are Ready nodes of the pool",
        () -> pools.waiters().untilNodesReady(clusterId, poolId, servers, POOL_WAIT),
        s -> s.readyNodes().stream().map(Node::nodeName).collect(Collectors.joining(", ")));
    log.note(ready.readyNodes().size() + " hybrid nodes carry the pool's label workload=training and the hybrid taint"
        + " nodepool-type=hybridcloud:NoSchedule, which only workloads that tolerate it pass");
  }

  private void burstToCloud(String clusterId, String hybridPoolId) {
    ElasticCapacityResult plan = log.step("Plan elastic capacity for app=training: an auto-scaling ECS burst pool,"
        + " the autoscaler and a hybrid-first ResourcePolicy",
        () -> elastic.plan(p -> p.clusterId(clusterId).hybridPoolId(hybridPoolId)
            .burstPool(BurstPool.builder().name("burst").addVSwitchId(vSwitch()).addInstanceType(instanceType())
                .maxInstances(BURST_MAX_INSTANCES).build())
            .addWorkload(ElasticWorkload.of("default", TRAINING))),
        // One action per line: each names its target, what was done and its request and task ids.
        r -> r.actions().size() + " actions" + r.actions().stream().map(ElasticAction::toString)
            .collect(Collectors.joining("\n       - ", ":\n       - ", "")));
    cleanup.add("burst node pool " + plan.burstPoolId(), () -> pools.deletePool(clusterId, plan.burstPoolId(), true));
    if (target.simulator().isEmpty()) {
      log.skip("Show a scale-out and a scale-in", "deploy pods labelled app=training in namespace default: they"
          + " fill your servers first; the autoscaler adds burst nodes when they run out and removes idle ones");
      return;
    }
    CloudSimulator sim = target.simulator().get();
    int servers = SIMULATED_SERVERS * CloudSimulator.DEFAULT_PODS_PER_NODE;
    int peak = servers + 2 * CloudSimulator.DEFAULT_PODS_PER_NODE;
    log.step("Simulate " + peak + " training pods, more than the servers' room for " + servers,
        () -> sim.demand(clusterId, "default", TRAINING, peak), p -> named(p, hybridPoolId, plan.burstPoolId()));
    NodePoolSnapshot out = log.step("Wait for the burst pool to scale out",
        () -> pools.waiters().untilNodesReady(clusterId, plan.burstPoolId(), 2, POOL_WAIT),
        s -> s.readyNodes().stream().map(Node::nodeName).collect(Collectors.joining(", ")) + " joined");
    log.step("See where the pods run now", () -> sim.placement(clusterId, "default", TRAINING),
        p -> named(p, hybridPoolId, plan.burstPoolId()) + " (servers first, then the burst pool)");
    log.step("Simulate demand falling to " + (servers - CloudSimulator.DEFAULT_PODS_PER_NODE) + " pods",
        () -> sim.demand(clusterId, "default", TRAINING, servers - CloudSimulator.DEFAULT_PODS_PER_NODE),
        p -> named(p, hybridPoolId, plan.burstPoolId()) + " (the burst pool empties first)");
    log.step("Let the autoscaler's scale-in delay pass and wait for the idle burst nodes to go", () -> {
      sim.clock().advance(Duration.ofMinutes(11));
      for (Node node : out.readyNodes()) {
        pools.waiters().untilNodeRemoved(clusterId, node.nodeName(), POOL_WAIT);
      }
      return out.readyNodes().size();
    }, n -> n + " burst nodes removed; the servers keep the pods");
  }

  /** Describes a placement with the pools' names instead of their ids. */
  private static String named(WorkloadPlacement placement, String hybridPoolId, String burstPoolId) {
    return placement.toString().replace(hybridPoolId, "idc-gpu").replace(burstPoolId, "burst");
  }

  private String buildMesh(List<String> clusterIds) {
    String meshId = log.step("Create the service mesh hybrid-mesh",
        () -> mesh.createMesh(c -> c.name("hybrid-mesh").vpcId(vpc()).vSwitch(vSwitch()).apiServerPublicEip(true)),
        m -> m.id() + ", " + requestId(m.requestId())).id();
    cleanup.add("service mesh " + meshId, () -> {
      mesh.deleteMesh(d -> d.meshId(meshId).force(true));
      mesh.waiters().untilDeleted(meshId, MESH_WAIT);
    });
    log.step("Wait until the mesh is running", () -> mesh.waiters().untilRunning(meshId, MESH_WAIT),
        m -> m.name() + " is " + m.stateAsString() + ", Istio " + m.version().orElse("?"));
    for (String clusterId : clusterIds) {
      log.step("Add cluster " + clusterId + " to the mesh", () -> {
        mesh.addCluster(meshId, clusterId);
        mesh.waiters().untilRunning(meshId, MESH_WAIT);
        return mesh.waiters().untilClusterRunning(meshId, clusterId, MESH_WAIT);
      }, m -> m.id() + " is a " + m.stateAsString() + " member");
    }
    return meshId;
  }

  private void rollCanary(String meshId) {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
    for (CanaryRelease step : List.of(canary, canary.shift("v2", 40), canary.shift("v2", 90))) {
      log.step("Canary reviews: route " + step.weights(), () -> mesh.applyPolicy(meshId, step),
          HybridCloudTour::describe);
    }
  }

  private void setLocalityPolicies(String meshId) {
    String region = target.config().region();
    String other = region.equals("cn-shanghai") ? "cn-hangzhou" : "cn-shanghai";
    log.step("Fail reviews over from " + region + " to " + other,
        () -> mesh.applyPolicy(meshId, Failover.forService("reviews", "default").from(region).to(other)),
        HybridCloudTour::describe);
    log.step("Turn on locality load balancing for the mesh", () -> {
      mesh.updateMeshFeature(f -> f.meshId(meshId).localityLoadBalancing(true));
      return mesh.waiters().untilRunning(meshId, MESH_WAIT);
    }, m -> "locality load balancing " + (m.localityLoadBalancing() ? "on" : "off"));
    log.step("Keep ratings traffic in the caller's region (nearest access)",
        () -> mesh.applyPolicy(meshId, NearestAccess.forService("ratings", "default")),
        HybridCloudTour::describe);
  }

  private void reportCost(Cluster pro) {
    if (target.simulator().isPresent()) {
      CloudSimulator sim = target.simulator().get();
      log.step("Let a simulated day pass, so the Pro cluster pays its hourly fee",
          () -> {
            sim.clock().advance(Duration.ofDays(1));
            return sim.clock().now();
          }, now -> "simulated time is now " + now);
    } else {
      log.skip("Let the Pro cluster run a while", "the real cloud bills whole hours after they end; the report"
          + " shows what was billed so far");
    }
    CostReport cost = log.step("Report what the Pro cluster cost this month",
        () -> clusters.billing().clusterCost(r -> r.clusterId(pro.id())
            .billingCycle(billingMonth)
            .edition(edition(pro))),
        r -> r.lines().size() + (r.lines().size() == 1 ? " bill line" : " bill lines"));
    cost.toTable().lines().forEach(log::note);
  }

  private void deleteCluster(String clusterId) {
    clusters.deleteCluster(clusterId);
    clusters.waiters().untilDeleted(clusterId, CLUSTER_WAIT);
  }

  private String vpc() {
    return command.value("--vpc", "vpc-sim-hangzhou");
  }

  private String instanceType() {
    return command.value("--instance-type", INSTANCE_TYPE);
  }

  private String vSwitch() {
    return command.value("--vswitch", "vsw-sim-hangzhou-h");
  }

  private static ClusterEdition edition(Cluster cluster) {
    return ClusterEdition.of(cluster.typeAsString(), cluster.specAsString().orElse("ack.pro.small"));
  }

  private static String describe(AppliedPolicy applied) {
    return applied.resources().stream()
        .map(r -> r.kind() + "/" + r.name() + " v" + r.resourceVersion().orElse("?"))
        .collect(Collectors.joining(", ")) + " (" + applied.istioApiVersion().apiVersion() + ")";
  }

  private static String requestId(Optional<String> id) {
    return "request id " + id.orElse("(none)");
  }

  private static void deleteFile(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("hybrid-tour");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
