package io.github.ackhybrid.mesh.model;

/**
 * Whether a candidate cluster can join a mesh, read from {@code ForbiddenFlag}. Open: a flag this
 * SDK does not know reads as {@link #UNKNOWN}.
 */
public enum ClusterEligibility {
  /** Flag 0: the cluster can be added. */
  ELIGIBLE(0),
  /** Flag 1: the caller has no administrator permission on the cluster. */
  NO_ADMIN_PERMISSION(1),
  /** Flag 2: the cluster is in another VPC without private connectivity to the mesh. */
  VPC_NOT_CONNECTED(2),
  /** Flag 3: the cluster's CIDR blocks conflict with the mesh; see the conflicts. */
  CIDR_CONFLICT(3),
  /** Flag 4: the cluster already has an {@code istio-system} namespace. */
  ISTIO_SYSTEM_EXISTS(4),
  /** A flag this SDK does not know, or none was reported. */
  UNKNOWN(-1);

  private final long flag;

  ClusterEligibility(long flag) {
    this.flag = flag;
  }

  /**
   * Returns the {@code ForbiddenFlag} value for this eligibility.
   *
   * @return the flag, -1 for {@link #UNKNOWN}
   */
  public long flag() {
    return flag;
  }

  /**
   * Reads an eligibility from its flag.
   *
   * @param flag the raw flag
   * @return the eligibility, or {@link #UNKNOWN} when the flag is not known
   */
  public static ClusterEligibility fromFlag(long flag) {
    for (ClusterEligibility e : values()) {
      if (e != UNKNOWN && e.flag == flag) {
        return e;
      }
    }
    return UNKNOWN;
  }
}
