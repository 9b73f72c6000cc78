package io.github.ackhybrid.nodepool.model;

import java.util.Locale;

/**
 * The kind of a node pool ({@code nodepool_info.type}). Open: a value this SDK does not know reads
 * as {@link #UNKNOWN}, and {@link NodePool#typeAsString()} keeps what the service sent.
 */
public enum NodePoolType {
  /** A regular ECS pool backed by an auto scaling group ({@code ess}); the service's default. */
  ESS("ess"),
  /** An ACK Edge node pool ({@code edge}). */
  EDGE("edge"),
  /** A Lingjun (AI computing) node pool ({@code lingjun}). */
  LINGJUN("lingjun"),
  /**
   * A hybrid cloud node pool of your own servers. The public API documents no type value for
   * these pools (reference §5.2); {@code hybrid} is the value this SDK sends and the simulator
   * reports, and {@code hybridcloud}, the other likely spelling, is read as hybrid too.
   */
  HYBRID("hybrid"),
  /** A value this SDK does not know; the raw value is kept by the model that holds it. */
  UNKNOWN("");

  private final String wireValue;

  NodePoolType(String wireValue) {
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
  public static NodePoolType fromWire(String value) {
    if (value == null) {
      return UNKNOWN;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    if (v.equals("hybridcloud")) {
      return HYBRID;
    }
    for (NodePoolType t : values()) {
      if (t != UNKNOWN && t.wireValue.equals(v)) {
        return t;
      }
    }
    return UNKNOWN;
  }
}
