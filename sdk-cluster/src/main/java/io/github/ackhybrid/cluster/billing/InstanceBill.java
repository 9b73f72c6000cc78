package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The bill of one instance (or one billing item of it) for a month or a day ({@code
 * DescribeInstanceBill}, {@code QueryInstanceBill}). Instance attributes lag usage by up to 48
 * hours.
 */
@ModelStyle
@Value.Immutable
public abstract class InstanceBill {
  /**
   * Returns the month the line belongs to.
   *
   * @return the billing cycle
   */
  public abstract YearMonth billingCycle();

  /**
   * Returns the instance the line bills ({@code InstanceID}), such as an ECS instance or a cluster.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> instanceId();

  /**
   * Returns the instance's name.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> nickName();

  /**
   * Returns the name of the billed item.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> itemName();

  /**
   * Returns the instance's configuration.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> instanceConfig();

  /**
   * Returns the instance's specification.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> instanceSpec();

  /**
   * Returns the instance's public IP address.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> internetIp();

  /**
   * Returns the instance's private IP address.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> intranetIp();

  /**
   * Returns the region's display name, such as {@code China (Hangzhou)}.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> region();

  /**
   * Returns the zone's display name.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> zone();

  /**
   * Returns the resource group.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> resourceGroup();

  /**
   * Returns the cost unit the line is allocated to.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> costUnit();

  /**
   * Returns the instance's tags as the bill lists them: only keys enabled as cost allocation tags
   * appear.
   *
   * @return the tags by key, in the order listed; empty when none
   */
  public abstract Map<String, String> tags();

  /**
   * Returns the tags as the service wrote them ({@code Tag}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> tagsAsString();

  /**
   * Returns the day of a daily line.
   *
   * @return the date, if the service sent one
   */
  public abstract Optional<LocalDate> billingDate();

  /**
   * Returns the billing method ({@code BillingType}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> billingType();

  /**
   * Returns the billed item of a per-item line.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> billingItem();

  /**
   * Returns the code of the billed item of a per-item line.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> billingItemCode();

  /**
   * Returns the list price of a per-item line, in {@link #listPriceUnit()}.
   *
   * @return the price, if the service sent a number
   */
  public abstract Optional<BigDecimal> listPrice();

  /**
   * Returns the unit of the list price.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> listPriceUnit();

  /**
   * Returns the usage of a per-item line, in {@link #usageUnit()}.
   *
   * @return the usage, if the service sent a number
   */
  public abstract Optional<BigDecimal> usage();

  /**
   * Returns the unit of the usage.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> usageUnit();

  /**
   * Returns how long the line's service ran, when the service gave it in seconds, minutes, hours or
   * days.
   *
   * @return the duration, if it has a fixed length
   */
  public abstract Optional<Duration> servicePeriod();

  /**
   * Returns the service period as the service wrote it, e.g. {@code 3600 Second}.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> servicePeriodAsString();

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
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link InstanceBill}. */
  public static final class Builder extends ImmutableInstanceBill.Builder {}
}
