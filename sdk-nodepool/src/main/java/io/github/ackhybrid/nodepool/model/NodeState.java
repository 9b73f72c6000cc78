package io.github.ackhybrid.nodepool.model;

import java.util.Locale;

/**
 * The lifecycle state of a node as ACK tracks it ({@code state}, reference §8.3). Open: a value
 * this SDK does not know reads as {@link #UNKNOWN}; {@link Node#stateAsString()} keeps the raw value.
 */
public enum NodeState {
  /** Being set up; a hybrid server that ran its attach script starts here. */
  PENDING("pending"),
  /** Running. */
  RUNNING("running"),
  /** Starting. */
  STARTING("starting"),
  /** Stopping. */
  STOPPING("stopping"),
  /** Stopped. */
  STOPPED("stopped"),
  /** Being removed from its pool. */
  REMOVING("removing"),
  /** Being initialised. */
  INITIAL("initial"),
  /** Setting up the node failed. */
  FAILED("failed"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wireValue;

  NodeState(String wireValue) {
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
  public static NodeState fromWire(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (NodeState s : values()) {
        if (s != UNKNOWN && s.wireValue.equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
