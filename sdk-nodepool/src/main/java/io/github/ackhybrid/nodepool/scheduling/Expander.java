package io.github.ackhybrid.nodepool.scheduling;

/**
 * How the cluster autoscaler picks the node pool to grow when several fit the pending pods: the
 * {@code expander} setting ("Node Pool Scale-out Policy" in the console). Open: a value this SDK
 * does not know reads as {@link #UNKNOWN}.
 */
public enum Expander {
  /** The pool that leaves the least CPU and memory idle after scale-out; the service default. */
  LEAST_WASTE("least-waste"),
  /** Any fitting pool, picked at random. */
  RANDOM("random"),
  /** The pool with the highest priority in {@link AutoscalerConfig#priorities()}. */
  PRIORITY("priority"),
  /** A value this SDK does not know; cannot be sent. */
  UNKNOWN("");

  private final String wireValue;

  Expander(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value sent to the service.
   *
   * @return e.g. {@code least-waste}; empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a service value.
   *
   * @param value the value, may be null
   * @return the constant, {@link #UNKNOWN} if the value is not known
   */
  public static Expander fromWire(String value) {
    for (Expander e : values()) {
      if (e != UNKNOWN && e.wireValue.equals(value)) {
        return e;
      }
    }
    return UNKNOWN;
  }
}
