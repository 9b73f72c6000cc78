package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.CostReportFormat;
import io.github.ackhybrid.cluster.billing.internal.MoneyTotals;
import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What one cluster cost in one month, from the account's bills: one line per instance and
 * product (the cluster's own fee and each tagged resource), totals per product and per currency,
 * what the account spent on lines that could not be attributed, and notes on what was left out and
 * why. Nothing is guessed: a resource without the cluster's tag (a shared VPC, NAT gateway, EIP or
 * bandwidth package) is never counted. Renders as an aligned text table and as CSV.
 */
@ModelStyle
@Value.Immutable
public abstract class CostReport {
  /**
   * Returns the cluster.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns the month.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns the site whose bills were read.
   *
   * @return the site
   */
  public abstract BillingSite site();

  /**
   * Returns where the cluster's resources were looked up.
   *
   * @return the source
   */
  public abstract AttributionSource source();

  /**
   * Returns the cluster's lines, management fee first, then by product and instance.
   *
   * @return the lines, possibly empty
   */
  public abstract List<CostLine> lines();

  /**
   * Returns, per product, what the account spent on bill lines that carry no {@code ack.aliyun.com}
   * tag: they may include resources the cluster shares (VPC, NAT gateway, EIP) but are not
   * attributed to it. Known only with {@link AttributionSource#INSTANCE_BILL}, which reads every
   * line of the account.
   *
   * @return the unattributed totals, possibly empty
   */
  public abstract List<ProductCost> unattributed();

  /**
   * Returns what the report leaves out and why, and how final its figures are.
   *
   * @return the notes, in order
   */
  public abstract List<String> notes();

  /**
   * Returns when the month's bill becomes final: 12:00 (UTC+8) on the 3rd of the next month for
   * instance bills, the 4th for split bills.
   *
   * @return the instant
   */
  public abstract Instant finalAfter();

  /**
   * Tells whether the figures were still provisional when the report was made.
   *
   * @return true if the report was made before {@link #finalAfter()}
   */
  public abstract boolean provisional();

  /**
   * Adds up the lines per currency, exactly.
   *
   * @return the totals by currency code, sorted by code
   */
  public Map<String, Money> totals() {
    return MoneyTotals.byCurrency(lines().stream().map(CostLine::amount));
  }

  /**
   * Adds up the lines per product and currency.
   *
   * @return the product totals, sorted by product code and currency
   */
  public List<ProductCost> byProduct() {
    return CostReportFormat.byProduct(lines());
  }

  /**
   * Renders the report as an aligned plain-text table for a terminal or a log.
   *
   * @return the text, lines ending in {@code \n}
   */
  public String toTable() {
    return CostReportFormat.table(this);
  }

  /**
   * Renders the lines as CSV (RFC 4180: a header row, fields quoted when they hold a comma, quote or
   * line break, lines ending in CRLF).
   *
   * @return the CSV text
   */
  public String toCsv() {
    return CostReportFormat.csv(this);
  }

  /**
   * Starts a report; the billing client builds these.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CostReport}. */
  public static final class Builder extends ImmutableCostReport.Builder {}
}
