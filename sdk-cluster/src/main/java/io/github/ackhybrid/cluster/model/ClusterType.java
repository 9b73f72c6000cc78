package io.github.ackhybrid.cluster.model;

import java.util.Locale;

/**
 * The kind of an ACK cluster ({@code cluster_type}). Open: an unrecognised value reads as
 * {@link #UNKNOWN} and {@link Cluster#typeAsString()} keeps it.
 */
public enum ClusterType {
  /** An ACK dedicated cluster; no longer offered for new clusters. */
  KUBERNETES("Kubernetes"),
  /** An ACK managed cluster (Basic, Pro, Serverless, Edge, Lingjun). */
  MANAGED_KUBERNETES("ManagedKubernetes"),
  /** A registered cluster: a Kubernetes cluster running outside Alibaba Cloud, connected through an agent. */
  EXTERNAL_KUBERNETES("ExternalKubernetes"),
  /** A type this SDK does not know, or none was reported. */
  UNKNOWN("");

  private final String value;

  ClusterType(String value) {
    this.value = value;
  }

  /**
   * Returns the value the service uses, such as {@code ExternalKubernetes}.
   *
   * @return the wire value; empty for {@link #UNKNOWN}
   */
  public String value() {
    return value;
  }

  /**
   * Reads a type the service reported, ignoring case and surrounding blanks.
   *
   * @param raw the reported value, may be null
   * @return the type, or {@link #UNKNOWN} for null or an unrecognised value
   */
  public static ClusterType fromValue(String raw) {
    if (raw != null) {
      String v = raw.trim().toLowerCase(Locale.ROOT);
      for (ClusterType t : values()) {
        if (t != UNKNOWN && t.value.toLowerCase(Locale.ROOT).equals(v)) {
          return t;
        }
      }
    }
    return UNKNOWN;
  }
}
