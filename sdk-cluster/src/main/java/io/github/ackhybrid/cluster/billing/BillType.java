package io.github.ackhybrid.cluster.billing;

/**
 * What kind of record a bill line is.
 * The billing service may add values: they read as {@link #UNKNOWN} and the model keeps the raw
 * text.
 */
public enum BillType {
  /** An order for a subscription ({@code SubscriptionOrder}). */
  SUBSCRIPTION_ORDER("SubscriptionOrder"),
  /** A bill for pay-as-you-go usage ({@code PayAsYouGoBill}). */
  PAY_AS_YOU_GO_BILL("PayAsYouGoBill"),
  /** A refund ({@code Refund}). */
  REFUND("Refund"),
  /** An adjustment ({@code Adjustment}). */
  ADJUSTMENT("Adjustment"),
  /** A value this SDK version does not know, or no value at all. */
  UNKNOWN("");

  private final String wireValue;

  BillType(String wireValue) {
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
  public static BillType fromWire(String value) {
    if (value != null) {
      for (BillType v : values()) {
        if (v != UNKNOWN && v.wireValue.equalsIgnoreCase(value.strip())) {
          return v;
        }
      }
    }
    return UNKNOWN;
  }
}
