package io.github.ackhybrid.nodepool.scheduling;

/**
 * When the scheduler tries preemption for a pod that fits no unit: the {@code preemptPolicy}
 * field. Preemption must also be enabled in the scheduler's settings; needs scheduler 6.1 or later
 * and does not apply to ACS units. Open: a value this SDK does not know reads as {@link #UNKNOWN}.
 */
public enum PreemptPolicy {
  /** Try preemption after each unit that could not take the pod. */
  BEFORE_NEXT_UNIT("BeforeNextUnit"),
  /** Try preemption only after the last unit; ACK's default. */
  AFTER_ALL_UNITS("AfterAllUnits"),
  /** A value this SDK does not know. */
  UNKNOWN("");

  private final String wireValue;

  PreemptPolicy(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value written in the manifest.
   *
   * @return e.g. {@code AfterAllUnits}; empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a manifest value.
   *
   * @param value the {@code preemptPolicy} field, may be null
   * @return the constant, {@link #UNKNOWN} if the value is not known
   */
  public static PreemptPolicy fromWire(String value) {
    for (PreemptPolicy p : values()) {
      if (p != UNKNOWN && p.wireValue.equals(value)) {
        return p;
      }
    }
    return UNKNOWN;
  }
}
