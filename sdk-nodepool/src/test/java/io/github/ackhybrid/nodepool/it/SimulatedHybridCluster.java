package io.github.ackhybrid.nodepool.it;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.AddonState;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterChange;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.PreflightInput;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.Node;
import java.time.Duration;
import java.util.List;

/**
 * Builds clusters in the simulator through the SDK's own clients, the way a user would prepare a
 * cluster for hybrid pools, and reads what the preflight check needs.
 */
final class SimulatedHybridCluster {
  static final Duration WAIT = Duration.ofMinutes(30);

  private SimulatedHybridCluster() {}

  /** A running Pro cluster, without Terway Hybrid or nodes unless asked. */
  static String pro(ClusterClient clusters, String name, String version) {
    String id = clusters.createProCluster(p -> p.name(name).kubernetesVersion(version).vpcId("vpc-bp1it")
        .addVSwitchIds("vsw-bp1it").serviceCidr("172.21.0.0/20").addAddons(AddonInstallation.terwayEniip())).id();
    clusters.waiters().untilRunning(id, WAIT);
    return id;
  }

  /** A Pro 1.33 cluster with both Terway Hybrid add-ons and one ECS node: ready for hybrid pools. */
  static String ready(ClusterClient clusters, NodePoolClient pools, String name) {
    String id = pro(clusters, name, "1.33.3-aliyun.1");
    ClusterChange install = clusters.installAddons(id, List.of(
        AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, true), AddonInstallation.terwayHybrid()));
    clusters.waiters().untilTaskComplete(install.taskId().orElseThrow(), WAIT);
    CreatedNodePool system = pools.createPool(id, p -> p.name("system")
        .ecs(s -> s.addVSwitchId("vsw-bp1it").addInstanceTypes("ecs.g7.xlarge").desiredSize(1)));
    pools.waiters().untilNodesReady(id, system.id(), 1, WAIT);
    return id;
  }

  /** What the preflight check needs, read from the cluster APIs. */
  static PreflightInput preflightInput(ClusterClient clusters, NodePoolClient pools, String clusterId) {
    Cluster cluster = clusters.describeCluster(clusterId);
    PreflightInput.Builder input = PreflightInput.builder()
        .clusterType(cluster.typeAsString())
        .clusterSpec(cluster.specAsString())
        .profile(cluster.profileAsString())
        .kubernetesVersion(cluster.currentVersion());
    for (InstalledAddon addon : clusters.installedAddons(clusterId)) {
      if (addon.state() == AddonState.ACTIVE) {
        input.addInstalledAddon(addon.name());
        addon.version().ifPresent(v -> input.putAddonVersion(addon.name(), v));
      }
    }
    long ecsNodes = pools.listNodes(clusterId, r -> { }).stream()
        .filter(n -> n.aliyunNode().orElse(false) && n.ready()).count();
    return input.ecsNodeCount(ecsNodes).build();
  }

  static boolean isHybridServer(Node node) {
    return !node.aliyunNode().orElse(true);
  }
}
