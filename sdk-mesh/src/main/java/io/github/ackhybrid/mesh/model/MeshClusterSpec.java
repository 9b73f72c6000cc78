package io.github.ackhybrid.mesh.model;

/**
 * The tier of a commercial mesh ({@code ClusterSpec}). Open: an unknown value reads as
 * {@link #UNKNOWN}, which cannot be sent.
 */
public enum MeshClusterSpec {
  /** Standard tier. */
  STANDARD("standard"),
  /** Enterprise tier. */
  ENTERPRISE("enterprise"),
  /** Ultimate tier. */
  ULTIMATE("ultimate"),
  /** A tier this SDK does not know. */
  UNKNOWN("");

  private final String wireValue;

  MeshClusterSpec(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value the service uses for this tier.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a tier from its wire value, ignoring case.
   *
   * @param value the raw tier, may be null
   * @return the tier, or {@link #UNKNOWN} when the value is null or not known
   */
  public static MeshClusterSpec fromWire(String value) {
    if (value != null && !value.isEmpty()) {
      for (MeshClusterSpec s : values()) {
        if (s != UNKNOWN && s.wireValue.equalsIgnoreCase(value)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
