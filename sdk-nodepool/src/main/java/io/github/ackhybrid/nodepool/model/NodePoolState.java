package io.github.ackhybrid.nodepool.model;

import java.util.Locale;

/**
 * The lifecycle state of a node pool ({@code status.state}, reference §8.2). Open: a value this SDK
 * does not know reads as {@link #UNKNOWN}; {@link NodePool#stateAsString()} keeps the raw value.
 */
public enum NodePoolState {
  /** Just created, not yet usable (observed, not documented). */
  INITIAL("initial"),
  /** Ready for use; the state every change returns to. */
  ACTIVE("active"),
  /** Adding nodes. */
  SCALING("scaling"),
  /** Removing nodes. */
  REMOVING("removing"),
  /** Applying a configuration change. */
  UPDATING("updating"),
  /** Being deleted; the pool will not become active again. */
  DELETING("deleting"),
  /** Creation or a change failed (observed, not documented). */
  FAILED("failed"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wireValue;

  NodePoolState(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent on the wire.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a wire value, ignoring case.
   *
   * @param value the value the service sent, may be null
   * @return the matching constant, or {@link #UNKNOWN}
   */
  public static NodePoolState fromWire(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (NodePoolState s : values()) {
        if (s != UNKNOWN && s.wireValue.equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
