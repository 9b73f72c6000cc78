package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;

/**
 * The kinds of ACK cluster the management fee tells apart. Only the ACK managed Pro cluster pays a
 * cluster management fee; the rules are in {@link FeeSchedule}.
 */
public enum ClusterEdition {
  /** ACK managed Pro ({@code ManagedKubernetes}, {@code cluster_spec = ack.pro.small}): charged per cluster-hour. */
  MANAGED_PRO,
  /** ACK managed Basic ({@code ManagedKubernetes}, {@code cluster_spec = ack.standard}): no management fee. */
  MANAGED_BASIC,
  /** ACK dedicated ({@code Kubernetes}): no management fee; the master ECS nodes are billed as ECS. */
  DEDICATED,
  /** ACK One registered cluster ({@code ExternalKubernetes}): no management fee. */
  REGISTERED;

  /**
   * Reads the edition from the fields ACK reports for a cluster.
   *
   * @param clusterType the {@code cluster_type}: {@code ManagedKubernetes}, {@code Kubernetes} or
   *     {@code ExternalKubernetes}
   * @param clusterSpec the {@code cluster_spec} of a managed cluster ({@code ack.pro.small} or
   *     {@code ack.standard}); null or empty means Basic, as for ACK itself
   * @return the edition
   * @throws ValidationException if the type is blank or unknown, or the spec is unknown
   */
  public static ClusterEdition of(String clusterType, String clusterSpec) {
    Validate.notBlank(clusterType, "clusterEdition.clusterType");
    switch (clusterType) {
      case "ExternalKubernetes":
        return REGISTERED;
      case "Kubernetes":
        return DEDICATED;
      case "ManagedKubernetes":
        if (clusterSpec == null || clusterSpec.isEmpty() || clusterSpec.equals("ack.standard")) {
          return MANAGED_BASIC;
        }
        if (clusterSpec.startsWith("ack.pro.")) {
          return MANAGED_PRO;
        }
        throw new ValidationException("clusterEdition.clusterSpec",
            "must be ack.pro.small or ack.standard, was " + Validate.quote(clusterSpec));
      default:
        throw new ValidationException("clusterEdition.clusterType",
            "must be ManagedKubernetes, Kubernetes or ExternalKubernetes, was " + Validate.quote(clusterType));
    }
  }
}
