package io.github.ackhybrid.nodepool.model;

import java.util.Locale;

/**
 * The Kubernetes readiness of a node ({@code node_status}, reference §8.3). Open: a value this SDK
 * does not know reads as {@link #UNKNOWN}; {@link Node#nodeStatusAsString()} keeps the raw value.
 */
public enum NodeStatus {
  /** The kubelet reports the node ready for pods. */
  READY("Ready"),
  /** The kubelet reports the node not ready. */
  NOT_READY("NotReady"),
  /** The node is offline. */
  OFFLINE("Offline"),
  /**
   * The service reported {@code Unknown} (the control plane lost contact with the kubelet), or a
   * value this SDK does not know; the raw value tells them apart.
   */
  UNKNOWN("Unknown");

  private final String wireValue;

  NodeStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent on the wire.
   *
   * @return the wire value
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
  public static NodeStatus fromWire(String value) {
    if (value != null) {
      String v = value.trim().toLowerCase(Locale.ROOT);
      for (NodeStatus s : values()) {
        if (s.wireValue.toLowerCase(Locale.ROOT).equals(v)) {
          return s;
        }
      }
    }
    return UNKNOWN;
  }
}
