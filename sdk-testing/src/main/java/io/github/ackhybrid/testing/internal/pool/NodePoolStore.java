package io.github.ackhybrid.testing.internal.pool;

import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.InstanceUsage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The node pools and nodes of every cluster, in creation order, and the private addresses handed
 * to new nodes. Touched only under the state lock.
 */
final class NodePoolStore {
  private final Map<String, SimNodePool> pools = new LinkedHashMap<>();
  private final Map<String, Map<String, SimNode>> nodesByCluster = new LinkedHashMap<>();
  private final List<SimNode> history = new ArrayList<>();
  private final Map<SimNode, Instant> removedAt = new HashMap<>();
  private int addresses;

  void add(SimNodePool pool) {
    pools.put(pool.id(), pool);
  }

  void remove(SimNodePool pool) {
    pools.remove(pool.id(), pool);
  }

  boolean contains(SimNodePool pool) {
    return pools.get(pool.id()) == pool;
  }

  Optional<SimNodePool> find(String clusterId, String poolId) {
    SimNodePool pool = pools.get(poolId);
    return pool != null && pool.clusterId().equals(clusterId) ? Optional.of(pool) : Optional.empty();
  }

  /** Finds a pool or answers 404 {@code ErrorNodePoolNotFound}. */
  SimNodePool require(String clusterId, String poolId) {
    return find(clusterId, poolId).orElseThrow(() -> notFound(clusterId, poolId));
  }

  static ApiError notFound(String clusterId, String poolId) {
    return new ApiError(404, "ErrorNodePoolNotFound", "The node pool " + poolId + " was not found in cluster "
        + clusterId + ".");
  }

  /** Returns the ids of the clusters that have node pools, in the order their first pool was created. */
  Set<String> clusterIds() {
    Set<String> ids = new LinkedHashSet<>();
    pools.values().forEach(p -> ids.add(p.clusterId()));
    return ids;
  }

  List<SimNodePool> pools(String clusterId) {
    List<SimNodePool> out = new ArrayList<>();
    pools.values().stream().filter(p -> p.clusterId().equals(clusterId)).forEach(out::add);
    return out;
  }

  void addNode(SimNode node) {
    nodesByCluster.computeIfAbsent(node.pool().clusterId(), c -> new LinkedHashMap<>()).put(node.instanceId(), node);
    node.pool().nodes().add(node);
    history.add(node);
  }

  void removeNode(SimNode node, Instant at) {
    removedAt.putIfAbsent(node, at);
    Map<String, SimNode> nodes = nodesByCluster.get(node.pool().clusterId());
    if (nodes != null) {
      nodes.remove(node.instanceId(), node);
    }
    node.pool().nodes().remove(node);
  }

  List<SimNode> nodes(String clusterId) {
    return new ArrayList<>(nodesByCluster.getOrDefault(clusterId, Map.of()).values());
  }

  /** Tells whether an instance id or node name is taken in a cluster. */
  boolean nodeExists(String clusterId, String instanceIdOrName) {
    for (SimNode node : nodesByCluster.getOrDefault(clusterId, Map.of()).values()) {
      if (node.instanceId().equals(instanceIdOrName) || node.nodeName().equals(instanceIdOrName)) {
        return true;
      }
    }
    return false;
  }

  /** Returns the next private address for a cloud node, 192.168.x.y. */
  String nextAddress() {
    int n = addresses++;
    return "192.168." + (n / 250) % 256 + "." + (n % 250 + 2);
  }

  /** Returns the lifetimes of every pay-as-you-go ECS node there has been, oldest first, removed ones included. */
  List<InstanceUsage> usage() {
    List<InstanceUsage> out = new ArrayList<>();
    for (SimNode node : history) {
      if (node.payAsYouGo()) {
        out.add(new InstanceUsage(node.instanceId(), node.pool().clusterId(), node.pool().id(), node.instanceType(),
            node.created(), Optional.ofNullable(removedAt.get(node))));
      }
    }
    return out;
  }

  void clear() {
    history.clear();
    removedAt.clear();
    pools.clear();
    nodesByCluster.clear();
    addresses = 0;
  }
}
