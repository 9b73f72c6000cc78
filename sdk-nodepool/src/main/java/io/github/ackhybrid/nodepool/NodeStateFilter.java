package io.github.ackhybrid.nodepool;

/** Which nodes DescribeClusterNodes lists, by lifecycle state ({@code state} query). */
public enum NodeStateFilter {
  /** Every node, the service's default. */
  ALL("all"),
  /** Running nodes. */
  RUNNING("running"),
  /** Nodes being removed. */
  REMOVING("removing"),
  /** Nodes being initialised. */
  INITIAL("initial"),
  /** Nodes whose setup failed. */
  FAILED("failed");

  private final String wireValue;

  NodeStateFilter(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent on the wire.
   *
   * @return the wire value, such as {@code running}
   */
  public String wireValue() {
    return wireValue;
  }
}
