package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Asks for a month's split bills, optionally narrowed by tags ({@code DescribeSplitItemBill},
 * paged by token). Split billing must be enabled in the console first, data lags usage by 48 hours
 * and covers the last 12 months, and the current month is provisional until 12:00 (UTC+8) on the
 * 4th of the next month.
 *
 * <pre>{@code
 * billing.describeSplitItemBill(r -> r.billingCycle(cycle).addTagFilter(TagFilter.of("ack.aliyun.com", clusterId)));
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class DescribeSplitItemBillRequest {
  /** How many tag filters one request may hold. */
  public static final int MAX_TAG_FILTERS = 20;

  /**
   * Returns the month to list; it must not lie in the future. Required.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns how finely to break the bills down over time.
   *
   * @return the granularity (default {@link Granularity#MONTHLY})
   */
  @Value.Default
  public Granularity granularity() {
    return Granularity.MONTHLY;
  }

  /**
   * Returns the day to list; required with {@link Granularity#DAILY}, not allowed otherwise.
   *
   * @return the billing date, inside the billing cycle
   */
  public abstract Optional<LocalDate> billingDate();

  /**
   * Returns the one instance to list split bills of.
   *
   * @return the instance id
   */
  public abstract Optional<String> instanceId();

  /**
   * Returns the one split item to list bills of.
   *
   * @return the split item id
   */
  public abstract Optional<String> splitItemId();

  /**
   * Returns the product to list bills of.
   *
   * @return the product code
   */
  public abstract Optional<String> productCode();

  /**
   * Returns the product type to list bills of.
   *
   * @return the product type
   */
  public abstract Optional<String> productType();

  /**
   * Returns the product code as the Cost Center shows it.
   *
   * @return the PIP code
   */
  public abstract Optional<String> pipCode();

  /**
   * Returns the payment model to list bills of; the API accepts it only with a product code.
   *
   * @return the subscription type
   */
  public abstract Optional<SubscriptionType> subscriptionType();

  /**
   * Returns the tag conditions, OR-ed together.
   *
   * @return up to 20 filters
   */
  public abstract List<TagFilter> tagFilters();

  /**
   * Returns whether lines with a zero amount are left out.
   *
   * @return true to hide zero charges (default false)
   */
  @Value.Default
  public boolean hideZeroCharge() {
    return false;
  }

  /**
   * Returns how many lines each request fetches.
   *
   * @return 1-300 (default 300, the most the API serves)
   */
  @Value.Default
  public int maxResults() {
    return RequestChecks.MAX_PAGE_SIZE;
  }

  /**
   * Returns the member account whose bills to list; the caller's own by default.
   *
   * @return the member account id
   */
  public abstract OptionalLong billOwnerId();

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this request's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Checks the values; throws {@link ValidationException} naming the field. */
  @Value.Check
  protected void check() {
    String p = "describeSplitItemBillRequest";
    RequestChecks.cycleAndDate(billingCycle(), granularity(), billingDate(), p);
    RequestChecks.optionalText(instanceId(), p + ".instanceId", 128);
    RequestChecks.optionalText(splitItemId(), p + ".splitItemId", 128);
    RequestChecks.optionalText(productCode(), p + ".productCode", 64);
    RequestChecks.optionalText(productType(), p + ".productType", 64);
    RequestChecks.optionalText(pipCode(), p + ".pipCode", 64);
    RequestChecks.subscriptionNeedsProduct(subscriptionType(), productCode(), p);
    if (tagFilters().size() > MAX_TAG_FILTERS) {
      throw new ValidationException(p + ".tagFilters", "must hold at most " + MAX_TAG_FILTERS + " filters, was "
          + tagFilters().size());
    }
    RequestChecks.pageSize(maxResults(), p + ".maxResults");
    RequestChecks.accountId(billOwnerId(), p + ".billOwnerId");
  }

  /** Builds a {@link DescribeSplitItemBillRequest}. */
  public static final class Builder extends ImmutableDescribeSplitItemBillRequest.Builder {
    /**
     * Builds the request.
     *
     * @return the request
     * @throws ValidationException if the billing cycle is missing or a value is invalid
     */
    @Override
    public DescribeSplitItemBillRequest build() {
      return RequestChecks.requireSet(super::build, "describeSplitItemBillRequest", "billingCycle");
    }
  }
}
