package io.github.ackhybrid.benchmarks;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The onboarding program: many data-centre servers onboarded into a hybrid pool of the
 * {@link CloudSimulator} with {@code onboardServers}. The cluster is prepared through the SDK as a
 * user would (a Pro cluster, the Terway Hybrid add-ons, one ECS node, the hybrid pool); "running"
 * a server's attach script is {@link CloudSimulator#runAttachScript}, after which the server joins
 * as a node that turns {@code Ready} 30 simulated seconds later. Reports whether all joined, the
 * wall time of {@code onboardServers} and the most SDK threads alive at once during it.
 */
public final class OnboardRun {
  private static final Duration WAIT = Duration.ofMinutes(30);

  private OnboardRun() {}

  /**
   * Runs the onboarding and prints {@code key=value} lines. Options: {@code --servers N} (default
   * 1000), {@code --poll-millis N} (default 500), {@code --speed X} (simulated seconds per real
   * second, default 600: an attach token valid for a day outlives the run).
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Options options = Options.parse(args);
    run(options.intValue("servers", 1000), Duration.ofMillis(options.intValue("poll-millis", 500)),
        Double.parseDouble(options.value("speed", "600")))
        .forEach((k, v) -> System.out.println(k + "=" + v));
  }

  /**
   * Starts a simulator, prepares a hybrid pool, onboards the servers and waits for the report.
   *
   * @param servers how many servers
   * @param pollInterval how often the SDK lists the pool's nodes while onboarding
   * @param speed the simulator's speed
   * @return the figures, in print order
   */
  public static Map<String, String> run(int servers, Duration pollInterval, double speed) {
    Map<String, String> out = new LinkedHashMap<>();
    try (CloudSimulator sim = CloudSimulator.builder().speed(speed).start()) {
      CloudConfig prepare = sim.cloudConfig().build();
      String clusterId;
      String poolId;
      try (ClusterClient clusters = ClusterClient.create(prepare); NodePoolClient pools = NodePoolClient.create(prepare)) {
        clusterId = readyProCluster(clusters, pools);
        poolId = pools.createHybridPool(clusterId, p -> p.name("idc-fleet")).id();
        pools.waiters().untilActive(clusterId, poolId, WAIT);
      }
      List<ServerSpec> specs = new ArrayList<>(servers);
      for (int i = 0; i < servers; i++) {
        specs.add(ServerSpec.of(String.format(Locale.ROOT, "idc-%05d", i), "10.50." + (i / 250) + "." + (i % 250 + 1)));
      }
      ServerRunner runner = (server, script) -> {
        sim.runAttachScript(script.command(), server.hostname(), server.address().orElseThrow());
        return CompletableFuture.completedFuture(null);
      };
      OnboardingOptions options = OnboardingOptions.builder().maxConcurrency(16).batchSize(50)
          .timeout(Duration.ofMinutes(10)).script(s -> s.expiresIn(Duration.ofDays(1))).build();
      CloudConfig onboard = sim.cloudConfig().maxConcurrency(16).pollInterval(pollInterval).build();

      try (ThreadSampler threads = new ThreadSampler(); NodePoolClient pools = NodePoolClient.create(onboard)) {
        long start = System.nanoTime();
        OnboardingReport report = pools.onboardServers(clusterId, poolId, specs, runner, options).join();
        long wallNanos = System.nanoTime() - start;
        out.put("servers", String.valueOf(servers));
        out.put("joined", String.valueOf(report.joined().size()));
        out.put("failed", String.valueOf(report.failed().size()));
        out.put("timedOut", String.valueOf(report.timedOut().size()));
        out.put("wallMillis", String.valueOf(TimeUnit.NANOSECONDS.toMillis(wallNanos)));
        out.put("pollMillis", String.valueOf(pollInterval.toMillis()));
        out.put("sdkThreadsPeak", String.valueOf(threads.peak()));
        out.put("sdkThreadKinds", threads.kinds());
      }
    }
    return out;
  }

  /** A running Pro 1.33 cluster with both Terway Hybrid add-ons and one ready ECS node: what hybrid pools need. */
  private static String readyProCluster(ClusterClient clusters, NodePoolClient pools) {
    String id = clusters.createProCluster(p -> p.name("pro-bench").kubernetesVersion("1.33.3-aliyun.1")
        .vpcId("vpc-bp1bench").addVSwitchIds("vsw-bp1bench").serviceCidr("172.21.0.0/20")
        .addAddons(AddonInstallation.terwayEniip())).id();
    clusters.waiters().untilRunning(id, WAIT);
    ClusterChange install = clusters.installAddons(id, List.of(
        AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, true), AddonInstallation.terwayHybrid()));
    clusters.waiters().untilTaskComplete(install.taskId().orElseThrow(), WAIT);
    CreatedNodePool system = pools.createPool(id, p -> p.name("system")
        .ecs(s -> s.addVSwitchId("vsw-bp1bench").addInstanceTypes("ecs.g7.xlarge").desiredSize(1)));
    pools.waiters().untilNodesReady(id, system.id(), 1, WAIT);
    return id;
  }
}
