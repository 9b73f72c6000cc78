package io.github.ackhybrid.testing.internal.pool;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A simulated workload: the pods of one namespace with one set of labels, how many it wants, and
 * how many run on which node. Touched only under the state lock.
 */
final class Workload {
  private final String clusterId;
  private final String namespace;
  private final Map<String, String> labels;
  private final Map<SimNode, Integer> pods = new LinkedHashMap<>();
  private int replicas;

  Workload(String clusterId, String namespace, Map<String, String> labels) {
    this.clusterId = clusterId;
    this.namespace = namespace;
    this.labels = Map.copyOf(labels);
  }

  String clusterId() {
    return clusterId;
  }

  String namespace() {
    return namespace;
  }

  Map<String, String> labels() {
    return labels;
  }

  int replicas() {
    return replicas;
  }

  void replicas(int replicas) {
    this.replicas = replicas;
  }

  /** Running pods by node, in the order they were first placed on each node. */
  Map<SimNode, Integer> pods() {
    return pods;
  }

  int running() {
    return pods.values().stream().mapToInt(Integer::intValue).sum();
  }

  int pending() {
    return Math.max(0, replicas - running());
  }

  void add(SimNode node, int count) {
    pods.merge(node, count, Integer::sum);
  }

  void remove(SimNode node, int count) {
    pods.computeIfPresent(node, (n, current) -> current > count ? current - count : null);
  }
}
