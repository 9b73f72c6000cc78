package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.cluster.billing.internal.RequestChecks;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * Asks for a month's bill totals per product ({@code QueryBillOverview}).
 *
 * <pre>{@code
 * BillOverview overview = billing.queryBillOverview(r -> r.billingCycle(YearMonth.of(2026, 10)));
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class QueryBillOverviewRequest {
  /**
   * Returns the month to total; it must not lie in the future. Required.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns the product to narrow the totals to, such as {@code ecs}.
   *
   * @return the product code
   */
  public abstract Optional<String> productCode();

  /**
   * Returns the product type to narrow the totals to.
   *
   * @return the product type
   */
  public abstract Optional<String> productType();

  /**
   * Returns the payment model to narrow the totals to.
   *
   * @return the subscription type, never {@link SubscriptionType#UNKNOWN}
   */
  public abstract Optional<SubscriptionType> subscriptionType();

  /**
   * Returns the member account whose bills to total, in a multi-account setup; the caller's own by
   * default.
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
    RequestChecks.optionalText(productCode(), "queryBillOverviewRequest.productCode", 64);
    RequestChecks.optionalText(productType(), "queryBillOverviewRequest.productType", 64);
    RequestChecks.subscriptionType(subscriptionType(), "queryBillOverviewRequest.subscriptionType");
    RequestChecks.accountId(billOwnerId(), "queryBillOverviewRequest.billOwnerId");
  }

  /** Builds a {@link QueryBillOverviewRequest}. */
  public static final class Builder extends ImmutableQueryBillOverviewRequest.Builder {
    /**
     * Builds the request.
     *
     * @return the request
     * @throws ValidationException if the billing cycle is missing or a value is invalid
     */
    @Override
    public QueryBillOverviewRequest build() {
      return RequestChecks.requireSet(super::build, "queryBillOverviewRequest", "billingCycle");
    }
  }
}
