package io.github.ackhybrid.cluster.billing;

/**
 * How a product is paid for.
 * The billing service may add values: they read as {@link #UNKNOWN} and the model keeps the raw
 * text.
 */
public enum SubscriptionType {
  /** Paid in advance for a period ({@code Subscription}). */
  SUBSCRIPTION("Subscription"),
  /** Paid after use ({@code PayAsYouGo}). */
  PAY_AS_YOU_GO("PayAsYouGo"),
  /** A value this SDK version does not know, or no value at all. */
  UNKNOWN("");

  private final String wireValue;

  SubscriptionType(String wireValue) {
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
  public static SubscriptionType fromWire(String value) {
    if (value != null) {
      for (SubscriptionType v : values()) {
        if (v != UNKNOWN && v.wireValue.equalsIgnoreCase(value.strip())) {
          return v;
        }
      }
    }
    return UNKNOWN;
  }
}
