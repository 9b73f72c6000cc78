package io.github.ackhybrid.reliability.chaos;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.NodePool;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Journey (b): an ACK managed Pro cluster ready for hybrid pools (Terway Hybrid, one ECS node in a
 * system pool), a hybrid node pool, three data-centre servers joining through the attach script,
 * then everything deleted. Node pool creates cannot be reconciled by the SDK, so the journey checks
 * by listing after an unknown outcome, as docs/WRITE-SAFETY.md says.
 */
final class HybridPoolJourney implements Journey {
  private static final Duration WAIT = RegisterClusterJourney.WAIT;
  private static final int SERVERS = 3;

  @Override
  public String name() {
    return "hybrid-pool";
  }

  @Override
  public void run(ChaosRun run, ChaosClients clients) {
    ClusterClient clusters = clients.clusters();
    NodePoolClient pools = clients.pools();
    String clusterName = "pro-" + run.seed();
    ClusterCreation created = run.once("createProCluster", () -> clusters.createProCluster(p -> p.name(clusterName)
            .kubernetesVersion("1.33.3-aliyun.1").vpcId("vpc-bp1chaos").addVSwitchIds("vsw-bp1chaos")
            .serviceCidr("172.21.0.0/20").addAddons(AddonInstallation.terwayEniip(),
                AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, true), AddonInstallation.terwayHybrid())),
        () -> RegisterClusterJourney.clusterNamed(clusters, clusterName));
    if (created.responseMetadata().reconciled()) {
      run.reconciled();
    }
    String clusterId = created.id();
    run.step("untilRunning", () -> clusters.waiters().untilRunning(clusterId, WAIT));
    Invariants.oneClusterNamed(run, clusterName);

    String system = createPool(run, pools, clusterId, "system", () -> pools.createPool(clusterId, p -> p.name("system")
        .ecs(s -> s.addVSwitchId("vsw-bp1chaos").addInstanceTypes("ecs.g7.xlarge").desiredSize(1))));
    run.step("untilSystemNodeReady", () -> pools.waiters().untilNodesReady(clusterId, system, 1, WAIT));
    String hybrid = createPool(run, pools, clusterId, "idc-gpu",
        () -> pools.createHybridPool(clusterId, p -> p.name("idc-gpu").label("workload", "training")));
    run.step("untilActive", () -> pools.waiters().untilActive(clusterId, hybrid, WAIT));
    joinServers(run, pools, clusterId, hybrid);
    run.step("untilNodesReady", () -> pools.waiters().untilNodesReady(clusterId, hybrid, SERVERS, WAIT));
    Invariants.onePoolNamed(run, clusterId, "idc-gpu");
    long servers = run.sim().nodes(clusterId).stream().filter(n -> !n.path("is_aliyun_node").asBoolean()).count();
    run.check(servers == SERVERS, servers + " data-centre nodes joined, expected " + SERVERS);

    deletePool(run, pools, clusterId, hybrid);
    deletePool(run, pools, clusterId, system);
    Invariants.noPoolsOrServers(run, clusterId);
    RegisterClusterJourney.deleteCluster(run, clusters, clusterId);
    Invariants.noClusters(run);
  }

  private static String createPool(ChaosRun run, NodePoolClient pools, String clusterId, String name,
      Supplier<CreatedNodePool> create) {
    return run.once("createPool " + name, () -> create.get().id(),
        () -> pools.listPools(clusterId, name).stream().filter(p -> p.name().equals(name)).findFirst().map(NodePool::id));
  }

  /**
   * Runs the attach script on three servers. The SDK refuses a script answer cut short (the
   * simulator's malformed body keeps the first half) as a malformed answer, which the journey
   * counts and fetches again, as a user would; a script the join then refuses is a violation.
   */
  private static void joinServers(ChaosRun run, NodePoolClient pools, String clusterId, String poolId) {
    AttachScript script = fetchScript(run, pools, clusterId, poolId);
    for (int i = 1; i <= SERVERS; i++) {
      try {
        run.sim().runAttachScript(script.command(), "idc-gpu-" + i, "10.20.0." + i);
      } catch (IllegalArgumentException | IllegalStateException refused) {
        run.corruptScript(refused);
        return;
      }
    }
  }

  private static AttachScript fetchScript(ChaosRun run, NodePoolClient pools, String clusterId, String poolId) {
    return run.step("attachScript", () -> {
      try {
        return pools.attachScript(clusterId, poolId, s -> s.expiresIn(Duration.ofHours(2)));
      } catch (ServiceException e) {
        if (e.statusCode() == 200) {
          run.refusedScript();
        }
        throw e;
      }
    });
  }

  /** Deletes a pool (nodes and all) and waits until the listing no longer shows it. */
  private static void deletePool(ChaosRun run, NodePoolClient pools, String clusterId, String poolId) {
    run.step("deletePool", () -> pools.deletePool(clusterId, poolId, true));
    long deadline = System.nanoTime() + WAIT.toNanos();
    while (run.step("listPools", () -> pools.listPools(clusterId)).stream().anyMatch(p -> p.id().equals(poolId))) {
      if (System.nanoTime() > deadline) {
        run.violation("node pool " + poolId + " was not deleted within " + WAIT);
        return;
      }
      Thread.onSpinWait();
    }
  }
}
