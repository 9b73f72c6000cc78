package io.github.ackhybrid.testing.internal.kube;

import java.util.Map;

/**
 * What a cluster's API server knows of one node pool when it checks a ResourcePolicy: its id, the
 * labels its nodes carry ({@code alibabacloud.com/nodepool-id} and the pool's own), and whether it
 * scales by itself or is a hybrid pool.
 *
 * @param id the node pool id
 * @param nodeLabels the labels every node of the pool carries
 * @param autoScaling true when {@code auto_scaling.enable} is on
 * @param hybrid true for a hybrid cloud node pool
 */
public record NodePoolFacts(String id, Map<String, String> nodeLabels, boolean autoScaling, boolean hybrid) {
  /**
   * Copies the labels.
   *
   * @param id the node pool id
   * @param nodeLabels the labels every node of the pool carries
   * @param autoScaling true when {@code auto_scaling.enable} is on
   * @param hybrid true for a hybrid cloud node pool
   */
  public NodePoolFacts {
    nodeLabels = Map.copyOf(nodeLabels);
  }

  /**
   * Tells whether a node selector picks this pool's nodes: every key and value it names is on them.
   *
   * @param nodeSelector label keys to values
   * @return true if the pool's nodes match
   */
  public boolean selectedBy(Map<String, String> nodeSelector) {
    return nodeLabels.entrySet().containsAll(nodeSelector.entrySet());
  }
}
