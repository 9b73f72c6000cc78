package io.github.ackhybrid.nodepool;

/**
 * The conditions the preflights check: {@link HybridPoolPreflight} before a hybrid cloud node pool
 * is created, {@link RegisteredBurstPreflight} before a registered cluster gets a cloud burst pool.
 */
public enum PreflightCheck {
  /** The cluster is ACK managed Pro: {@code ManagedKubernetes}, spec {@code ack.pro.small}, profile {@code Default}. */
  MANAGED_PRO,
  /**
   * The cluster runs a supported Kubernetes version: 1.33 or later for a hybrid pool; 1.26, 1.28,
   * 1.30, 1.31 or later (or a custom node script) for cloud pools of a registered cluster.
   */
  KUBERNETES_VERSION,
  /** The Terway Hybrid add-ons {@code terway-hybrid-controlplane} and {@code terway-hybrid} are installed. */
  TERWAY_HYBRID,
  /** A cluster that uses Flannel runs Flannel v0.15.1.23 or later. */
  FLANNEL_VERSION,
  /** At least one ECS node exists to host ACK's management components. */
  ECS_NODE,
  /** The hybrid pod CIDR overlaps none of the cluster's other address ranges. */
  POD_CIDR,
  /** The cluster is a registered ({@code ExternalKubernetes}) cluster. */
  REGISTERED_CLUSTER,
  /** The registered cluster's agent is connected: the cluster is {@code running}. */
  AGENT_CONNECTED,
  /** The registered cluster's agent was imported in private-network mode, as cloud node pools need. */
  PRIVATE_NETWORK_AGENT,
  /** The {@code cloud-node-controller} add-on is installed in the registered cluster. */
  CLOUD_NODE_CONTROLLER
}
