package io.github.ackhybrid.mesh;

/** The Classic Load Balancer (CLB) specification for a mesh's API server or Istio Pilot. */
public enum LoadBalancerSpec {
  /** {@code slb.s1.small}. */
  SLB_S1_SMALL("slb.s1.small"),
  /** {@code slb.s2.small}. */
  SLB_S2_SMALL("slb.s2.small"),
  /** {@code slb.s2.medium}. */
  SLB_S2_MEDIUM("slb.s2.medium"),
  /** {@code slb.s3.small}. */
  SLB_S3_SMALL("slb.s3.small"),
  /** {@code slb.s3.medium}. */
  SLB_S3_MEDIUM("slb.s3.medium"),
  /** {@code slb.s3.large}. */
  SLB_S3_LARGE("slb.s3.large");

  private final String wireValue;

  LoadBalancerSpec(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value the service expects.
   *
   * @return the specification, such as {@code slb.s1.small}
   */
  public String wireValue() {
    return wireValue;
  }
}
