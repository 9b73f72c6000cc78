package io.github.ackhybrid.testing.internal.pool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.testing.WorkloadPlacement;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimService;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The cluster side of elastic capacity, simplified from elastic-scheduling.md 7.3: a scheduler
 * placing declared workloads on nodes and a cluster autoscaler growing and shrinking node pools
 * with {@code auto_scaling.enable} on. It has no operations of its own; it reacts to demand and to
 * the clock.
 *
 * <p>Each Ready, uncordoned node holds a fixed number of pods. A workload that a ResourcePolicy of
 * its namespace selects is placed unit by unit in order, on nodes the unit's {@code nodeSelector}
 * picks, never beyond a unit's {@code max} (counted over all the policy's workloads); without a
 * policy it goes to any node. Nodes tainted {@code NoSchedule} or {@code NoExecute} take no pods,
 * except hybrid nodes ({@code nodepool-type=hybridcloud}) for a workload whose policy has a unit
 * selecting a hybrid pool: the simulator's rule is that such a workload carries the toleration.
 * When demand falls, pods leave the last unit first (pods on nodes no unit picks before any), and
 * within a unit the newest nodes first. Running pods are never moved.
 *
 * <p>Pending pods that an auto-scaling pool could hold (one a unit of the policy selects, or any
 * untainted one without a policy) make it scale out, up to {@code max_instances}: new ECS nodes
 * appear {@code pending}/{@code NotReady} with the pool {@code scaling}, become Ready 90 simulated
 * seconds later, and the pool turns {@code active} and takes the pods. A pool holds at least
 * {@code min_instances} nodes and, above {@code max_instances}, loses its newest nodes (empty ones
 * first). A node of an auto-scaling pool that has been empty for the autoscaler's scale-in delay
 * ({@code unneeded_duration} of the stored configuration, default 10 minutes; never with
 * {@code scale_down_enabled} false) is removed, newest first, never below {@code min_instances}.
 * Hybrid pools never scale. Work happens whenever the state is entered and at the instants nodes
 * become Ready or their scale-in delay ends, so waiters polling the node pool API observe it.
 */
public final class ElasticScheduler implements SimService {
  /** How long a node the autoscaler adds takes to become Ready, in simulated time. */
  static final Duration NODE_READY = Duration.ofSeconds(90);
  private static final String HYBRID_TAINT_KEY = NodePoolBodies.HYBRID_TAINT_KEY;

  private final CloudState state;
  private final NodePoolService nodePools;
  private final Function<String, List<ObjectNode>> policies;
  private final AutoscalerConfigService configs;
  private final int podsPerNode;
  private final Map<String, Workload> workloads = new LinkedHashMap<>();
  private final Map<SimNode, Instant> emptySince = new HashMap<>();

  /**
   * Creates the scheduler and has it run whenever the state is entered.
   *
   * @param state the shared state
   * @param nodePools the node pools and nodes it places pods on and scales
   * @param policies the ResourcePolicy objects stored in a cluster, by cluster id
   * @param configs the autoscaler configurations, for the scale-in delay
   * @param podsPerNode how many pods a Ready node holds
   */
  public ElasticScheduler(CloudState state, NodePoolService nodePools, Function<String, List<ObjectNode>> policies,
      AutoscalerConfigService configs, int podsPerNode) {
    this.state = state;
    this.nodePools = nodePools;
    this.policies = policies;
    this.configs = configs;
    this.podsPerNode = podsPerNode;
    state.onEntry(this::reconcileAll);
  }

  @Override
  public void register(Routes routes) {
    // Demand comes from the test hook, not from an API.
  }

  @Override
  public void reset() {
    workloads.clear();
    emptySince.clear();
  }

  /**
   * Declares a workload, replacing an earlier one with the same namespace and labels (0 replicas
   * removes it), schedules, and reports the placement. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @param namespace the namespace
   * @param labels the pods' labels
   * @param replicas the pods wanted, 0 or more
   * @param now the simulated time
   * @return the placement right after scheduling
   */
  public WorkloadPlacement demand(String clusterId, String namespace, Map<String, String> labels, int replicas,
      Instant now) {
    String key = key(clusterId, namespace, labels);
    Workload workload = workloads.computeIfAbsent(key, k -> new Workload(clusterId, namespace, labels));
    workload.replicas(replicas);
    reconcile(clusterId, now);
    if (replicas == 0) {
      workloads.remove(key);
    }
    return placement(workload);
  }

  /**
   * Reports a workload's placement now. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @param namespace the namespace
   * @param labels the pods' labels
   * @return the placement; 0 replicas for a workload never declared
   */
  public WorkloadPlacement placement(String clusterId, String namespace, Map<String, String> labels) {
    Workload workload = workloads.get(key(clusterId, namespace, labels));
    return workload == null ? new WorkloadPlacement(0, 0, 0, Map.of()) : placement(workload);
  }

  private static WorkloadPlacement placement(Workload workload) {
    Map<String, Integer> byPool = new LinkedHashMap<>();
    workload.pods().forEach((node, count) -> byPool.merge(node.pool().id(), count, Integer::sum));
    return new WorkloadPlacement(workload.replicas(), workload.running(), workload.pending(), byPool);
  }

  private static String key(String clusterId, String namespace, Map<String, String> labels) {
    return clusterId + "/" + namespace + "/" + new TreeMap<>(labels);
  }

  private void reconcileAll(Instant now) {
    Set<String> clusterIds = new LinkedHashSet<>();
    workloads.values().forEach(w -> clusterIds.add(w.clusterId()));
    for (String clusterId : nodePools.store().clusterIds()) {
      if (nodePools.store().pools(clusterId).stream().anyMatch(ElasticScheduler::autoScaling)) {
        clusterIds.add(clusterId);
      }
    }
    clusterIds.forEach(id -> reconcile(id, now));
  }

  private void reconcile(String clusterId, Instant now) {
    NodePoolStore store = nodePools.store();
    List<Workload> cluster = workloads.values().stream().filter(w -> w.clusterId().equals(clusterId)).toList();
    Map<Workload, Optional<PlacementPolicy>> policyOf = new HashMap<>();
    List<ObjectNode> stored = policies.apply(clusterId);
    for (Workload w : cluster) {
      policyOf.put(w, PlacementPolicy.find(stored, w.namespace(), w.labels()));
    }
    for (SimNodePool pool : store.pools(clusterId)) {
      if (autoScaling(pool) && pool.state().equals("active")) {
        trimToMax(pool, cluster, now);
      }
    }
    List<SimNode> nodes = store.nodes(clusterId);
    for (Workload w : cluster) {
      w.pods().keySet().removeIf(node -> !node.pool().nodes().contains(node) || !node.nodeStatus().equals("Ready"));
    }
    Map<SimNode, Integer> used = new HashMap<>();
    cluster.forEach(w -> w.pods().forEach((node, count) -> used.merge(node, count, Integer::sum)));
    for (Workload w : cluster) {
      shrink(w, policyOf.get(w), used, nodes);
    }
    for (Workload w : cluster) {
      place(w, policyOf.get(w), used, nodes, cluster, policyOf);
    }
    Map<SimNode, Integer> reserved = new HashMap<>();
    for (Workload w : cluster) {
      scaleOut(w, policyOf.get(w), reserved, now);
    }
    for (SimNodePool pool : store.pools(clusterId)) {
      if (autoScaling(pool) && pool.state().equals("active")) {
        long missing = pool.json().path("auto_scaling").path("min_instances").asLong() - live(pool);
        if (missing > 0) {
          grow(pool, missing, now);
        }
      }
    }
    scaleIn(clusterId, used, now);
  }

  private static boolean autoScaling(SimNodePool pool) {
    return pool.scalable() && NodePoolBodies.autoScaling(pool.json());
  }

  private static long live(SimNodePool pool) {
    return pool.nodes().stream().filter(n -> !n.state().equals("removing") && !n.state().equals("failed")).count();
  }

  private void trimToMax(SimNodePool pool, List<Workload> cluster, Instant now) {
    long excess = live(pool) - pool.json().path("auto_scaling").path("max_instances").asLong();
    if (excess <= 0) {
      return;
    }
    Map<SimNode, Integer> used = new HashMap<>();
    cluster.forEach(w -> w.pods().forEach((node, count) -> used.merge(node, count, Integer::sum)));
    List<SimNode> newestFirst = new ArrayList<>(pool.nodes());
    Collections.reverse(newestFirst);
    newestFirst.sort(Comparator.comparing(n -> used.getOrDefault(n, 0) > 0));
    for (SimNode node : newestFirst.subList(0, (int) excess)) {
      remove(node, now);
    }
  }

  private void remove(SimNode node, Instant at) {
    SimNodePool pool = node.pool();
    nodePools.store().removeNode(node, at);
    pool.syncDesiredSize();
    emptySince.remove(node);
  }

  /** Whether the workload may use a node's taints: none that repel, or the hybrid one when tolerated. */
  private static boolean tolerates(ArrayNode taints, boolean hybridTolerated) {
    for (JsonNode taint : taints) {
      String effect = taint.path("effect").asText("NoSchedule");
      if (effect.equals("PreferNoSchedule")) {
        continue;
      }
      boolean hybrid = taint.path("key").asText().equals(HYBRID_TAINT_KEY)
          && taint.path("value").asText().equals(NodePoolBodies.HYBRID_VALUE);
      if (!hybrid || !hybridTolerated) {
        return false;
      }
    }
    return true;
  }

  /** The units a workload walks: its policy's, or one unit taking any node without a policy. */
  private static List<PlacementPolicy.Unit> units(Optional<PlacementPolicy> policy) {
    return policy.map(PlacementPolicy::units)
        .orElse(List.of(new PlacementPolicy.Unit(true, Map.of(), OptionalInt.empty())));
  }

  private boolean hybridTolerated(Optional<PlacementPolicy> policy, String clusterId) {
    if (policy.isEmpty()) {
      return false;
    }
    for (SimNodePool pool : nodePools.store().pools(clusterId)) {
      if (pool.hybrid()) {
        for (PlacementPolicy.Unit unit : policy.get().units()) {
          if (unit.nodes() && pool.nodeLabels().entrySet().containsAll(unit.nodeSelector().entrySet())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private boolean takes(PlacementPolicy.Unit unit, SimNode node, boolean hybridTolerated) {
    return unit.nodes() && node.matches(unit.nodeSelector()) && tolerates(node.taints(), hybridTolerated);
  }

  private void shrink(Workload w, Optional<PlacementPolicy> policy, Map<SimNode, Integer> used, List<SimNode> nodes) {
    int excess = w.running() - w.replicas();
    if (excess <= 0) {
      return;
    }
    List<PlacementPolicy.Unit> units = units(policy);
    boolean hybrid = hybridTolerated(policy, w.clusterId());
    Map<SimNode, Integer> unitIndex = new HashMap<>();
    for (SimNode node : w.pods().keySet()) {
      int index = Integer.MAX_VALUE;
      for (int i = 0; i < units.size(); i++) {
        if (takes(units.get(i), node, hybrid)) {
          index = i;
          break;
        }
      }
      unitIndex.put(node, index);
    }
    List<SimNode> order = new ArrayList<>(w.pods().keySet());
    order.sort(Comparator.<SimNode>comparingInt(unitIndex::get).thenComparingInt(nodes::indexOf).reversed());
    for (SimNode node : order) {
      int take = Math.min(excess, w.pods().get(node));
      w.remove(node, take);
      used.merge(node, -take, Integer::sum);
      excess -= take;
      if (excess == 0) {
        return;
      }
    }
  }

  private void place(Workload w, Optional<PlacementPolicy> policy, Map<SimNode, Integer> used, List<SimNode> nodes,
      List<Workload> cluster, Map<Workload, Optional<PlacementPolicy>> policyOf) {
    int pending = w.pending();
    if (pending == 0) {
      return;
    }
    boolean hybrid = hybridTolerated(policy, w.clusterId());
    for (PlacementPolicy.Unit unit : units(policy)) {
      int room = Integer.MAX_VALUE;
      if (unit.max().isPresent()) {
        int counted = 0;
        for (Workload other : cluster) {
          if (policyOf.get(other).equals(policy)) {
            for (Map.Entry<SimNode, Integer> pods : other.pods().entrySet()) {
              counted += takes(unit, pods.getKey(), hybrid) ? pods.getValue() : 0;
            }
          }
        }
        room = Math.max(0, unit.max().getAsInt() - counted);
      }
      for (SimNode node : nodes) {
        if (pending == 0 || room == 0) {
          break;
        }
        if (node.schedulable() && takes(unit, node, hybrid)) {
          int take = Math.min(Math.min(pending, room), podsPerNode - used.getOrDefault(node, 0));
          if (take > 0) {
            w.add(node, take);
            used.merge(node, take, Integer::sum);
            pending -= take;
            room -= room == Integer.MAX_VALUE ? 0 : take;
          }
        }
      }
      if (pending == 0) {
        return;
      }
    }
  }

  private void scaleOut(Workload w, Optional<PlacementPolicy> policy, Map<SimNode, Integer> reserved, Instant now) {
    int pending = w.pending();
    if (pending == 0) {
      return;
    }
    boolean hybrid = hybridTolerated(policy, w.clusterId());
    for (PlacementPolicy.Unit unit : units(policy)) {
      for (SimNodePool pool : nodePools.store().pools(w.clusterId())) {
        if (pending == 0) {
          return;
        }
        boolean usable = autoScaling(pool) && (pool.state().equals("active") || pool.state().equals("scaling"))
            && unit.nodes() && pool.nodeLabels().entrySet().containsAll(unit.nodeSelector().entrySet())
            && tolerates(pool.taints(), hybrid);
        if (!usable) {
          continue;
        }
        for (SimNode node : pool.nodes()) {
          if (node.state().equals("pending")) {
            int take = Math.min(pending, podsPerNode - reserved.getOrDefault(node, 0));
            reserved.merge(node, take, Integer::sum);
            pending -= take;
          }
        }
        long room = pool.json().path("auto_scaling").path("max_instances").asLong() - live(pool);
        long wanted = Math.min(room, (pending + podsPerNode - 1) / podsPerNode);
        if (wanted > 0) {
          for (SimNode node : grow(pool, wanted, now)) {
            int take = Math.min(pending, podsPerNode);
            reserved.put(node, take);
            pending -= take;
          }
        }
      }
    }
  }

  private List<SimNode> grow(SimNodePool pool, long count, Instant now) {
    if (pool.state().equals("active")) {
      pool.state("scaling", now);
    }
    List<SimNode> added = nodePools.addCloudNodes(pool, count, "ess", now);
    state.timeline().at(now.plus(NODE_READY), at -> {
      if (!nodePools.store().contains(pool)) {
        return;
      }
      added.stream().filter(n -> n.state().equals("pending")).forEach(SimNode::ready);
      if (pool.state().equals("scaling") && pool.nodes().stream().noneMatch(n -> n.state().equals("pending"))) {
        pool.state("active", at);
      }
      reconcile(pool.clusterId(), at);
    });
    return added;
  }

  private void scaleIn(String clusterId, Map<SimNode, Integer> used, Instant now) {
    emptySince.keySet().removeIf(node -> !node.pool().nodes().contains(node));
    Duration delay = configs.scaleDownDelay(clusterId);
    boolean enabled = configs.find(clusterId).map(c -> c.path("scale_down_enabled").asBoolean(true)).orElse(true);
    for (SimNodePool pool : nodePools.store().pools(clusterId)) {
      if (!autoScaling(pool) || !pool.state().equals("active")) {
        continue;
      }
      long min = pool.json().path("auto_scaling").path("min_instances").asLong();
      List<SimNode> newestFirst = new ArrayList<>(pool.nodes());
      Collections.reverse(newestFirst);
      for (SimNode node : newestFirst) {
        if (!node.schedulable() || used.getOrDefault(node, 0) > 0) {
          emptySince.remove(node);
          continue;
        }
        Instant since = emptySince.computeIfAbsent(node, n -> {
          state.timeline().at(now.plus(delay), at -> reconcile(clusterId, at));
          return now;
        });
        if (enabled && !now.isBefore(since.plus(delay)) && live(pool) > min) {
          remove(node, now);
        }
      }
    }
  }
}
