package io.github.ackhybrid.cluster.billing;

/**
 * The unit a pay-as-you-go price is quoted per.
 * The billing service may add values: they read as {@link #UNKNOWN} and the model keeps the raw
 * text.
 */
public enum PriceType {
  /** Per hour ({@code Hour}). */
  HOUR("Hour"),
  /** Per unit of usage ({@code Usage}). */
  USAGE("Usage"),
  /** Per day ({@code Day}). */
  DAY("Day"),
  /** Per week ({@code Week}). */
  WEEK("Week"),
  /** Per month ({@code Month}). */
  MONTH("Month"),
  /** Per year ({@code Year}). */
  YEAR("Year"),
  /** A value this SDK version does not know, or no value at all. */
  UNKNOWN("");

  private final String wireValue;

  PriceType(String wireValue) {
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
  public static PriceType fromWire(String value) {
    if (value != null) {
      for (PriceType v : values()) {
        if (v != UNKNOWN && v.wireValue.equalsIgnoreCase(value.strip())) {
          return v;
        }
      }
    }
    return UNKNOWN;
  }
}
