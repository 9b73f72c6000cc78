package io.github.ackhybrid.nodepool;

/** The conditions {@link HybridPoolPreflight} checks before a hybrid cloud node pool is created. */
public enum PreflightCheck {
  /** The cluster is ACK managed Pro: {@code ManagedKubernetes}, spec {@code ack.pro.small}, profile {@code Default}. */
  MANAGED_PRO,
  /** The cluster runs Kubernetes 1.33 or later. */
  KUBERNETES_VERSION,
  /** The Terway Hybrid add-ons {@code terway-hybrid-controlplane} and {@code terway-hybrid} are installed. */
  TERWAY_HYBRID,
  /** A cluster that uses Flannel runs Flannel v0.15.1.23 or later. */
  FLANNEL_VERSION,
  /** At least one ECS node exists to host ACK's management components. */
  ECS_NODE,
  /** The hybrid pod CIDR overlaps none of the cluster's other address ranges. */
  POD_CIDR
}
