package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.MoneyTotals;
import io.github.ackhybrid.core.ModelStyle;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A month's bill totals per product ({@code QueryBillOverview}).
 */
@ModelStyle
@Value.Immutable
public abstract class BillOverview {
  /**
   * Returns the month the overview totals.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns the account the bill belongs to ({@code AccountID}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> accountId();

  /**
   * Returns the account's name.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> accountName();

  /**
   * Returns the totals per product and payment model.
   *
   * @return the items, possibly empty
   */
  public abstract List<BillOverviewItem> items();

  /**
   * Returns the service's id for the request, to quote to support.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> requestId();

  /**
   * Adds up the amount due ({@link BillAmounts#pretaxAmount()}) of every item, exactly, one total
   * per currency.
   *
   * @return the totals by currency code, sorted by code
   */
  public Map<String, Money> totals() {
    return MoneyTotals.byCurrency(items().stream().map(i -> i.amounts().pretaxAmount()));
  }

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BillOverview}. */
  public static final class Builder extends ImmutableBillOverview.Builder {}
}
