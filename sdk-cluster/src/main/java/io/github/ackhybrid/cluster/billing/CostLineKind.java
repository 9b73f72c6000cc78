package io.github.ackhybrid.cluster.billing;

/** What a line of a cluster cost report is for. */
public enum CostLineKind {
  /** The cluster's own management fee: a bill line whose instance is the cluster, or an estimate. */
  CLUSTER_FEE,
  /** A cloud resource tagged {@code ack.aliyun.com=<cluster id>}: a node, a disk, a load balancer. */
  RESOURCE
}
