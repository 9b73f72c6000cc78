package io.github.ackhybrid.mesh.model;

import java.util.Locale;

/**
 * The state of a cluster as ASM reports it for member and candidate clusters. Open: an unknown
 * value reads as {@link #UNKNOWN} and the raw value is kept beside it.
 */
public enum MemberClusterState {
  /** The cluster is running. */
  RUNNING("running"),
  /** The cluster is starting. */
  STARTING("starting"),
  /** The cluster is stopping. */
  STOPPING("stopping"),
  /** The cluster is stopped. */
  STOPPED("stopped"),
  /** The cluster failed. */
  FAILED("failed"),
  /** A state this SDK does not know; see the raw value. */
  UNKNOWN("");

  private final String wireValue;

  MemberClusterState(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value the service sends for this state.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a state from its wire value, ignoring case.
   *
   * @param value the raw state, may be null
   * @return the state, or {@link #UNKNOWN} when the value is null or not known
   */
  public static MemberClusterState fromWire(String value) {
    if (value != null && !value.isEmpty()) {
      String v = value.toLowerCase(Locale.ROOT);
      for (MemberClusterState s : values()) {
        if (s.wireValue.equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
