package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Asks for a month's bill records: orders and pay-as-you-go bills ({@code QueryBill}, paged by
 * page number). Records carry no instance id; use {@link DescribeInstanceBillRequest} for
 * per-instance amounts.
 */
@ModelStyle
@Value.Immutable
public abstract class QueryBillRequest {
  /**
   * Returns the month to list; it must not lie in the future. Required.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns the kind of record to list.
   *
   * @return the bill type, never {@link BillType#UNKNOWN}
   */
  public abstract Optional<BillType> type();

  /**
   * Returns the product to list records of.
   *
   * @return the product code
   */
  public abstract Optional<String> productCode();

  /**
   * Returns the product type to list records of.
   *
   * @return the product type
   */
  public abstract Optional<String> productType();

  /**
   * Returns the payment model to list records of; the API accepts it only with a product code.
   *
   * @return the subscription type
   */
  public abstract Optional<SubscriptionType> subscriptionType();

  /**
   * Returns whether records with a zero gross amount are left out.
   *
   * @return true to hide zero charges (default false)
   */
  @Value.Default
  public boolean hideZeroCharge() {
    return false;
  }

  /**
   * Returns how many records each request fetches.
   *
   * @return 1-300 (default 300, the most the API serves)
   */
  @Value.Default
  public int pageSize() {
    return RequestChecks.MAX_PAGE_SIZE;
  }

  /**
   * Returns the member account whose records to list; the caller's own by default.
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
    if (type().isPresent() && type().get() == BillType.UNKNOWN) {
      throw new ValidationException("queryBillRequest.type", "must be a known bill type, was UNKNOWN");
    }
    RequestChecks.optionalText(productCode(), "queryBillRequest.productCode", 64);
    RequestChecks.optionalText(productType(), "queryBillRequest.productType", 64);
    RequestChecks.subscriptionNeedsProduct(subscriptionType(), productCode(), "queryBillRequest");
    RequestChecks.pageSize(pageSize(), "queryBillRequest.pageSize");
    RequestChecks.accountId(billOwnerId(), "queryBillRequest.billOwnerId");
  }

  /** Builds a {@link QueryBillRequest}. */
  public static final class Builder extends ImmutableQueryBillRequest.Builder {
    /**
     * Builds the request.
     *
     * @return the request
     * @throws ValidationException if the billing cycle is missing or a value is invalid
     */
    @Override
    public QueryBillRequest build() {
      return RequestChecks.requireSet(super::build, "queryBillRequest", "billingCycle");
    }
  }
}
