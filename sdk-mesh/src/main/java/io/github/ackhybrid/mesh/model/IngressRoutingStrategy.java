package io.github.ackhybrid.mesh.model;

/**
 * How a traffic-lane group routes ingress requests among its lanes. Open: an unknown value reads
 * as {@link #UNKNOWN}, which cannot be sent.
 */
public enum IngressRoutingStrategy {
  /** Requests matching the group's rule are split among lanes by weight. */
  WEIGHTED("weighted"),
  /**
   * Each lane has its own routing rules. The OpenAPI text spells this {@code rule-based} while the
   * lane CRD constant is {@code rule_based}; the SDK sends the CRD spelling, which is unconfirmed.
   */
  RULE_BASED("rule_based"),
  /** A strategy this SDK does not know. */
  UNKNOWN("");

  private final String wireValue;

  IngressRoutingStrategy(String wireValue) {
    this.wireValue = wireValue;
  }

  /**
   * Returns the value the service uses for this strategy.
   *
   * @return the wire value, empty for {@link #UNKNOWN}
   */
  public String wireValue() {
    return wireValue;
  }

  /**
   * Reads a strategy from its wire value, ignoring case and accepting both rule-based spellings.
   *
   * @param value the raw strategy, may be null
   * @return the strategy, or {@link #UNKNOWN} when the value is null or not known
   */
  public static IngressRoutingStrategy fromWire(String value) {
    if (value == null || value.isEmpty()) {
      return UNKNOWN;
    }
    String v = value.replace('-', '_');
    for (IngressRoutingStrategy s : values()) {
      if (s != UNKNOWN && s.wireValue.equalsIgnoreCase(v)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
