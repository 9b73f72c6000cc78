package io.github.ackhybrid.cluster.billing;

/** How finely instance bills are broken down over time. */
public enum Granularity {
  /** One line per instance (or billing item) for the whole billing cycle. */
  MONTHLY,
  /** One line per instance per day; the request must then name the billing date. */
  DAILY;

  /**
   * Returns the value the billing API expects.
   *
   * @return {@code MONTHLY} or {@code DAILY}
   */
  public String wireValue() {
    return name();
  }
}
