package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.testing.internal.ApiError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated clusters, in creation order. Shared by every ACK service (node pools will look
 * clusters up here). Touched only under the state lock.
 */
public final class ClusterStore {
  private final Map<String, SimCluster> clusters = new LinkedHashMap<>();
  private final List<SimCluster> history = new ArrayList<>();
  private long sequence;

  SimCluster add(String id, boolean registered, ObjectNode json) {
    SimCluster cluster = new SimCluster(id, sequence++, registered, json);
    clusters.put(id, cluster);
    history.add(cluster);
    return cluster;
  }

  /**
   * Finds a cluster.
   *
   * @param id the cluster id
   * @return the cluster, empty if none (or deleted)
   */
  public Optional<SimCluster> find(String id) {
    return Optional.ofNullable(clusters.get(id));
  }

  /**
   * Finds a cluster or answers 404 {@code ErrorClusterNotFound}, as ACK does for unknown and
   * deleted clusters alike.
   *
   * @param id the cluster id
   * @return the cluster
   * @throws ApiError if there is no such cluster
   */
  public SimCluster require(String id) {
    SimCluster cluster = clusters.get(id);
    if (cluster == null) {
      throw new ApiError(404, "ErrorClusterNotFound", "The cluster " + id + " was not found.");
    }
    return cluster;
  }

  /**
   * Returns every cluster, oldest first.
   *
   * @return the clusters
   */
  public List<SimCluster> all() {
    return new ArrayList<>(clusters.values());
  }

  /**
   * Returns every cluster ever created since the last reset, deleted ones included, oldest first;
   * bills are generated from these lifetimes.
   *
   * @return the clusters
   */
  public List<SimCluster> history() {
    return new ArrayList<>(history);
  }

  void remove(SimCluster cluster, Instant at) {
    if (clusters.remove(cluster.id(), cluster)) {
      cluster.removed(at);
    }
  }

  boolean contains(SimCluster cluster) {
    return clusters.get(cluster.id()) == cluster;
  }

  void clear() {
    clusters.clear();
    history.clear();
  }
}
