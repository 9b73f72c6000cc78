package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The total of one product and payment model in a month's bill overview ({@code
 * QueryBillOverview}).
 */
@ModelStyle
@Value.Immutable
public abstract class BillOverviewItem {
  /**
   * Returns the month the line belongs to.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns the product code, such as {@code ecs}.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> productCode();

  /**
   * Returns the product's display name.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> productName();

  /**
   * Returns the product type.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> productType();

  /**
   * Returns the product's detailed name.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> productDetail();

  /**
   * Returns the product code as the Cost Center shows it ({@code PipCode}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> pipCode();

  /**
   * Returns the commodity code.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> commodityCode();

  /**
   * Returns the payment model as the service wrote it ({@code SubscriptionType}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> subscriptionTypeAsString();

  /**
   * Returns the kind of record as the service wrote it (its {@code Item} field).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> billTypeAsString();

  /**
   * Returns the business type, such as {@code trusteeship}.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> bizType();

  /**
   * Returns the currency the bill was paid in.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> paymentCurrency();

  /**
   * Returns the account that owns the resource ({@code OwnerID}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> ownerId();

  /**
   * Returns the account the bill is charged to ({@code BillAccountID}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> billAccountId();

  /**
   * Returns the name of the account the bill is charged to.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> billAccountName();

  /**
   * Returns the rounding discount ({@code RoundDownDiscount}).
   *
   * @return the amount, if the service sent one
   */
  public abstract Optional<Money> roundDownDiscount();

  /**
   * Returns the line's amounts.
   *
   * @return the amounts, in one currency
   */
  public abstract BillAmounts amounts();

  /**
   * Returns the payment model.
   *
   * @return the subscription type, {@link SubscriptionType#UNKNOWN} when absent or new
   */
  public SubscriptionType subscriptionType() {
    return SubscriptionType.fromWire(subscriptionTypeAsString().orElse(null));
  }

  /**
   * Returns the kind of record.
   *
   * @return the bill type, {@link BillType#UNKNOWN} when absent or new
   */
  public BillType billType() {
    return BillType.fromWire(billTypeAsString().orElse(null));
  }

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BillOverviewItem}. */
  public static final class Builder extends ImmutableBillOverviewItem.Builder {}
}
