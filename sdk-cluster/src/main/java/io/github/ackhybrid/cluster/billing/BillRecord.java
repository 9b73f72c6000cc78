package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One order or pay-as-you-go bill of a month ({@code QueryBill}). Records carry no instance id; see
 * {@link InstanceBill} for per-instance amounts. Times are read in UTC+8, the zone the billing
 * service writes them in.
 */
@ModelStyle
@Value.Immutable
public abstract class BillRecord {
  /**
   * Returns the month the line belongs to.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns the order or bill id ({@code RecordID}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> recordId();

  /**
   * Returns the sub-order id.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> subOrderId();

  /**
   * Returns the payment transaction id ({@code PaymentTransactionID}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> paymentTransactionId();

  /**
   * Returns when the record was paid.
   *
   * @return the instant, if the service sent one
   */
  public abstract Optional<Instant> paymentTime();

  /**
   * Returns when the billed usage began.
   *
   * @return the instant, if the service sent one
   */
  public abstract Optional<Instant> usageStartTime();

  /**
   * Returns when the billed usage ended.
   *
   * @return the instant, if the service sent one
   */
  public abstract Optional<Instant> usageEndTime();

  /**
   * Returns the payment status as the service wrote it.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> statusAsString();

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
   * Returns the business type.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> bizType();

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
   * Returns the payment status.
   *
   * @return the status, {@link PaymentStatus#UNKNOWN} when absent or new
   */
  public PaymentStatus status() {
    return PaymentStatus.fromWire(statusAsString().orElse(null));
  }

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BillRecord}. */
  public static final class Builder extends ImmutableBillRecord.Builder {}
}
