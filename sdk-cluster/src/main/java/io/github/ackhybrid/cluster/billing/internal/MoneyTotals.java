package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.Money;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Adds up amounts exactly, keeping one total per currency, since amounts in two currencies never mix. */
public final class MoneyTotals {
  private MoneyTotals() {}

  /**
   * Sums amounts per currency.
   *
   * @param amounts the amounts
   * @return the totals by currency code, sorted by code, unmodifiable
   */
  public static Map<String, Money> byCurrency(Stream<Money> amounts) {
    TreeMap<String, Money> totals = new TreeMap<>();
    amounts.forEach(m -> totals.merge(m.currency(), m, Money::plus));
    return Collections.unmodifiableMap(totals);
  }
}
