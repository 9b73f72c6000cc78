package io.github.ackhybrid.cluster.billing;

/**
 * Whether a bill record has been paid.
 * The billing service may add values: they read as {@link #UNKNOWN} and the model keeps the raw
 * text.
 */
public enum PaymentStatus {
  /** Paid ({@code PayFinish}). */
  PAY_FINISH("PayFinish"),
  /** Not fully paid ({@code PayUnclear}). */
  PAY_UNCLEAR("PayUnclear"),
  /** Not settled yet ({@code PayUnsettle}). */
  PAY_UNSETTLE("PayUnsettle"),
  /** Needs no settlement ({@code NoSettle}). */
  NO_SETTLE("NoSettle"),
  /** A value this SDK version does not know, or no value at all. */
  UNKNOWN("");

  private final String wireValue;

  PaymentStatus(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the text the billing API uses for this value.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a value as the billing API writes it, ignoring case.
   *
   * @param value the wire text, may be null
   * @return the matching constant, or {@link #UNKNOWN}
   */
  public static PaymentStatus fromWire(String value) {
    if (value != null) {
      for (PaymentStatus v : values()) {
        if (v != UNKNOWN && v.wireValue.equalsIgnoreCase(value.strip())) {
          return v;
        }
      }
    }
    return UNKNOWN;
  }
}
