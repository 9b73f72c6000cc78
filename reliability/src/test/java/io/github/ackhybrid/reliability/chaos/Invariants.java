package io.github.ackhybrid.reliability.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** The invariants the journeys check on the simulator's state; a broken one is a violation of the run. */
final class Invariants {
  private Invariants() {}

  static void oneClusterNamed(ChaosRun run, String name) {
    long count = run.sim().clusters().stream().filter(c -> c.path("name").asText().equals(name)).count();
    run.check(count == 1, count + " clusters named " + name + ", expected exactly one");
  }

  static void onePoolNamed(ChaosRun run, String clusterId, String name) {
    long count = run.sim().nodePools(clusterId).stream()
        .filter(p -> p.path("nodepool_info").path("name").asText().equals(name)).count();
    run.check(count == 1, count + " node pools named " + name + " in " + clusterId + ", expected exactly one");
  }

  static void oneMeshNamed(ChaosRun run, String name) {
    long count = run.sim().meshes().stream()
        .filter(m -> m.path("ServiceMeshInfo").path("Name").asText().equals(name)).count();
    run.check(count == 1, count + " meshes named " + name + ", expected exactly one");
  }

  static void oneIstioResource(ChaosRun run, String meshId, String kind, String name) {
    long count = run.sim().istioResources(meshId).stream()
        .filter(r -> r.path("kind").asText().equals(kind) && r.path("metadata").path("name").asText().equals(name))
        .count();
    run.check(count == 1, count + " " + kind + "s named " + name + " in mesh " + meshId + ", expected exactly one");
  }

  static void noClusters(ChaosRun run) {
    List<ObjectNode> left = run.sim().clusters();
    run.check(left.isEmpty(), "orphan clusters after cleanup: " + ids(left, "cluster_id"));
  }

  static void noPoolsOrServers(ChaosRun run, String clusterId) {
    List<ObjectNode> pools = run.sim().nodePools(clusterId);
    run.check(pools.isEmpty(), "orphan node pools after cleanup: " + pools.size());
    List<ObjectNode> nodes = run.sim().nodes(clusterId);
    run.check(nodes.isEmpty(), "orphan nodes after cleanup: " + ids(nodes, "node_name"));
  }

  static void noMeshes(ChaosRun run) {
    List<ObjectNode> left = run.sim().meshes();
    run.check(left.isEmpty(), "orphan meshes after cleanup: " + left.size());
  }

  static void noPolicies(ChaosRun run, String meshId) {
    List<ObjectNode> left = run.sim().istioResources(meshId);
    run.check(left.isEmpty(), "orphan Istio resources after cleanup: " + left.size());
  }

  private static List<String> ids(List<ObjectNode> items, String field) {
    return items.stream().map(i -> i.path(field).asText()).toList();
  }
}
