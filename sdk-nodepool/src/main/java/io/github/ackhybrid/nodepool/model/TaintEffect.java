package io.github.ackhybrid.nodepool.model;

/**
 * What a taint does to pods that do not tolerate it. Open when read from the service: a value this
 * SDK does not know reads as {@link #UNKNOWN}; requests accept only the three Kubernetes effects.
 */
public enum TaintEffect {
  /** New pods without a toleration are not scheduled on the node; the service's default. */
  NO_SCHEDULE("NoSchedule"),
  /** The scheduler avoids the node for pods without a toleration, but may still use it. */
  PREFER_NO_SCHEDULE("PreferNoSchedule"),
  /** Pods without a toleration are not scheduled, and running ones are evicted. */
  NO_EXECUTE("NoExecute"),
  /** A value this SDK does not know; never valid in a request. */
  UNKNOWN("");

  private final String wireValue;

  TaintEffect(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent on the wire, such as {@code NoSchedule}.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a wire value; Kubernetes effects are case-sensitive, so only exact spellings match.
   *
   * @param value the value the service sent, may be null
   * @return the matching constant, or {@link #UNKNOWN}
   */
  public static TaintEffect fromWire(String value) {
    for (TaintEffect e : values()) {
      if (e != UNKNOWN && e.wireValue.equals(value)) {
        return e;
      }
    }
    return UNKNOWN;
  }
}
