package io.github.ackhybrid.testing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a simulated workload's pods are, as {@link CloudSimulator#demand} and
 * {@link CloudSimulator#placement} report it: how many it wants, how many run, how many wait, and
 * the running pods per node pool.
 *
 * @param replicas the pods the workload wants
 * @param running the pods placed on Ready nodes
 * @param pending the pods still waiting for room, {@code replicas - running}
 * @param podsByNodePool running pods by node pool id, pools without pods left out, in the order
 *     the cluster's nodes were created
 */
public record WorkloadPlacement(int replicas, int running, int pending, Map<String, Integer> podsByNodePool) {
  /**
   * Copies the map, keeping its order, so the value stays immutable.
   *
   * @param replicas the pods the workload wants
   * @param running the pods placed on Ready nodes
   * @param pending the pods still waiting for room
   * @param podsByNodePool running pods by node pool id
   * @throws NullPointerException if the map is null
   */
  public WorkloadPlacement {
    podsByNodePool = Collections.unmodifiableMap(new LinkedHashMap<>(podsByNodePool));
  }

  /**
   * Describes the placement, such as {@code 25 replicas: 23 running {np-a=20, np-b=3}, 2 pending}.
   *
   * @return the description
   */
  @Override
  public String toString() {
    return replicas + " replicas: " + running + " running " + podsByNodePool + ", " + pending + " pending";
  }
}
