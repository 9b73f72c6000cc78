package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;

/**
 * The account quotas {@code DescribeUserQuota} reports, at the defaults the CS SDK documents. The
 * simulator enforces the cluster quotas on {@code CreateCluster}.
 */
final class Quotas {
  /** All clusters in the account. */
  static final int CLUSTERS = 50;
  /** ACK managed clusters. */
  static final int MANAGED_CLUSTERS = 20;
  private static final int SERVERLESS_CLUSTERS = 20;
  private static final int NODE_POOLS_PER_CLUSTER = 20;
  private static final int NODES_PER_CLUSTER = 100;

  private Quotas() {}

  static ObjectNode describe() {
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("cluster_quota", CLUSTERS);
    body.put("amk_cluster_quota", MANAGED_CLUSTERS);
    body.put("ask_cluster_quota", SERVERLESS_CLUSTERS);
    body.put("cluster_nodepool_quota", NODE_POOLS_PER_CLUSTER);
    body.put("node_quota", NODES_PER_CLUSTER);
    ObjectNode edge = body.putObject("edge_improved_nodepool_quota");
    edge.put("bandwidth", 10);
    edge.put("count", 4);
    edge.put("period", 3);
    ObjectNode quotas = body.putObject("quotas");
    quota(quotas, "q-cluster", CLUSTERS, "cs_cluster_quota");
    quota(quotas, "q-managed-cluster", MANAGED_CLUSTERS, "cs_amk_cluster_quota");
    quota(quotas, "q-node", NODES_PER_CLUSTER, "cs_node_quota");
    return body;
  }

  private static void quota(ObjectNode quotas, String id, int value, String operationCode) {
    ObjectNode quota = quotas.putObject(id);
    quota.put("quota", Integer.toString(value));
    quota.put("operation_code", operationCode);
    quota.put("adjustable", true);
    quota.put("unit", "count");
  }
}
