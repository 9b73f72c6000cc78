package io.github.ackhybrid.mesh.model;

/**
 * The kind of a Kubernetes cluster, as ACK names it in {@code ClusterType}. Open: an unknown value
 * reads as {@link #UNKNOWN} and the raw value is kept beside it.
 */
public enum ClusterType {
  /** An ACK dedicated cluster. */
  KUBERNETES("Kubernetes"),
  /** An ACK managed cluster. */
  MANAGED_KUBERNETES("ManagedKubernetes"),
  /** An ACK Serverless cluster. */
  ASK("Ask"),
  /** A registered cluster: an on-premises or other-cloud cluster connected through ACK One. */
  EXTERNAL_KUBERNETES("ExternalKubernetes"),
  /** A type this SDK does not know; see the raw value. */
  UNKNOWN("");

  private final String wireValue;

  ClusterType(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value the service sends for this type.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a type from its wire value, ignoring case.
   *
   * @param value the raw type, may be null
   * @return the type, or {@link #UNKNOWN} when the value is null or not known
   */
  public static ClusterType fromWire(String value) {
    if (value != null && !value.isEmpty()) {
      for (ClusterType t : values()) {
        if (t != UNKNOWN && t.wireValue.equalsIgnoreCase(value)) {
          return t;
        }
      }
    }
    return UNKNOWN;
  }
}
