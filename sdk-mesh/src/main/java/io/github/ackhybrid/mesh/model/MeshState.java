package io.github.ackhybrid.mesh.model;

import java.util.Locale;

/**
 * The lifecycle state of a mesh ({@code ServiceMeshInfo.State}). Open: a state this SDK does not
 * know reads as {@link #UNKNOWN}, and {@link ServiceMesh#stateAsString()} keeps the raw value.
 */
public enum MeshState {
  /** Being created or initialised. */
  INITIAL("initial"),
  /** Ready; every create, update, cluster change and EIP change ends here. */
  RUNNING("running"),
  /** Applying a change such as adding or removing a cluster or updating a feature. */
  UPDATING("updating"),
  /** A version upgrade is in progress. */
  UPGRADING("upgrading"),
  /** A version upgrade failed. */
  UPGRADING_FAILED("upgrading_failed"),
  /** Creation failed. */
  CREATING_FAILED("creating_failed"),
  /** The mesh failed. */
  FAILED("failed"),
  /** A state this SDK does not know; see the raw value. */
  UNKNOWN("");

  private final String wireValue;

  MeshState(String wireValue) {
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
   * Tells whether a mesh in this state will not become {@code running} on its own.
   *
   * @return true for the failure states
   */
  public boolean isFailure() {
    return this == UPGRADING_FAILED || this == CREATING_FAILED || this == FAILED;
  }

  /**
   * Reads a state from its wire value, ignoring case.
   *
   * @param value the raw state, may be null
   * @return the state, or {@link #UNKNOWN} when the value is null or not known
   */
  public static MeshState fromWire(String value) {
    if (value != null && !value.isEmpty()) {
      String v = value.toLowerCase(Locale.ROOT);
      for (MeshState s : values()) {
        if (s.wireValue.equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
