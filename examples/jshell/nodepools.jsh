// Prepare an ACK managed Pro cluster for hybrid nodes, create a hybrid node pool, mint an attach script and onboard three servers.
// Run with examples/jshell.sh examples/jshell/nodepools.jsh
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.nodepool.HybridPoolPreflight;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.PreflightReport;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

// Demo speed: attach tokens are valid for real durations, which the default test speed would use up in seconds.
CloudSimulator sim = CloudSimulator.builder().demoSpeed().start();
ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build());
NodePoolClient pools = NodePoolClient.create(sim.cloudConfig().build());

String clusterId = clusters.createProCluster(p -> p.name("hybrid-pro").vpcId("vpc-sim-hangzhou")
    .addVSwitchId("vsw-sim-hangzhou-h").kubernetesVersion("1.33.3-aliyun.1").podCidr("172.20.0.0/16").hybridReady(true)
    .addAddon(AddonInstallation.flannel())
    .addAddon(AddonInstallation.terwayHybridControlplane("10.200.0.0/16", 24, true))
    .addAddon(AddonInstallation.terwayHybrid())).id();
clusters.waiters().untilRunning(clusterId, Duration.ofMinutes(30));

// Hybrid pools need at least one ECS node for ACK's own components.
String systemPool = pools.createPool(clusterId, p -> p.name("system")
    .ecs(s -> s.addVSwitchId("vsw-sim-hangzhou-h").addInstanceTypes("ecs.g7.xlarge").desiredSize(1))).id();
pools.waiters().untilNodesReady(clusterId, systemPool, 1, Duration.ofMinutes(20));

PreflightReport preflight = HybridPoolPreflight.check(clusters, pools, clusterId);
System.out.println("preflight passed: " + preflight.passed() + ", advice: " + preflight.warnings());

String poolId = pools.createHybridPool(clusterId, p -> p.name("idc-gpu")
    .label("workload", "training").taint("gpu", "true", TaintEffect.NO_SCHEDULE)).id();
pools.waiters().untilActive(clusterId, poolId, Duration.ofMinutes(20));

// The command holds a join token: toString() masks it.
AttachScript script = pools.attachScript(clusterId, poolId, s -> s.expiresIn(Duration.ofHours(2)));
System.out.println(script);

// onboardServers hands each server its script; this runner lets the simulator play the data centre.
ServerRunner runner = (server, s) -> {
  sim.runAttachScript(s.command(), server.hostname(), server.address().orElseThrow());
  return CompletableFuture.completedFuture(null);
};
List<ServerSpec> servers = List.of(ServerSpec.of("idc-gpu-1", "10.20.0.1"), ServerSpec.of("idc-gpu-2", "10.20.0.2"),
    ServerSpec.of("idc-gpu-3", "10.20.0.3"));
// JShell ends a statement at the first line that is complete by itself: continued lines end with a dot.
OnboardingOptions options = OnboardingOptions.builder().maxConcurrency(2).script(s -> s.expiresIn(Duration.ofDays(1))).
    onProgress(p -> System.out.println(p)).build();
OnboardingReport report = pools.onboardServers(clusterId, poolId, servers, runner, options).join();
System.out.println(report);
if (!report.allJoined()) throw new IllegalStateException("not every server joined: " + report.results());

pools.close();
clusters.close();
sim.close();
/exit
