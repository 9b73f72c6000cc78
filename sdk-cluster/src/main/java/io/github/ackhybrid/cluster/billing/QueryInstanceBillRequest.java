package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Asks for a month's bills per instance the legacy way ({@code QueryInstanceBill}, paged by page
 * number). The service no longer serves rows past the 50,000th and offers no instance filter;
 * prefer {@link DescribeInstanceBillRequest}.
 */
@ModelStyle
@Value.Immutable
public abstract class QueryInstanceBillRequest {
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
   * Returns the payment model to list bills of; the API accepts it only with a product code.
   *
   * @return the subscription type
   */
  public abstract Optional<SubscriptionType> subscriptionType();

  /**
   * Returns whether each billable item gets its own line instead of one line per instance.
   *
   * @return true for one line per billing item (default false)
   */
  @Value.Default
  public boolean perBillingItem() {
    return false;
  }

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
  public int pageSize() {
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
    String p = "queryInstanceBillRequest";
    RequestChecks.cycleAndDate(billingCycle(), granularity(), billingDate(), p);
    RequestChecks.optionalText(productCode(), p + ".productCode", 64);
    RequestChecks.optionalText(productType(), p + ".productType", 64);
    RequestChecks.subscriptionNeedsProduct(subscriptionType(), productCode(), p);
    RequestChecks.pageSize(pageSize(), p + ".pageSize");
    RequestChecks.accountId(billOwnerId(), p + ".billOwnerId");
  }

  /** Builds a {@link QueryInstanceBillRequest}. */
  public static final class Builder extends ImmutableQueryInstanceBillRequest.Builder {
    /**
     * Builds the request.
     *
     * @return the request
     * @throws ValidationException if the billing cycle is missing or a value is invalid
     */
    @Override
    public QueryInstanceBillRequest build() {
      return RequestChecks.requireSet(super::build, "queryInstanceBillRequest", "billingCycle");
    }
  }
}
