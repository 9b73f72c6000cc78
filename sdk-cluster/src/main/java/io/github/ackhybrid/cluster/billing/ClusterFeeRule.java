package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The cluster management fee of one {@link ClusterEdition} on one {@link BillingSite}, as data:
 * the hourly price (none when the edition is free), which hourly cycles are free, and where the
 * rule was read. Cycles are clock hours in {@link FeeSchedule#billingZone()}.
 */
@ModelStyle
@Value.Immutable
public abstract class ClusterFeeRule {
  /**
   * Returns the edition the rule prices.
   *
   * @return the edition
   */
  public abstract ClusterEdition edition();

  /**
   * Returns the site the rule prices.
   *
   * @return the site
   */
  public abstract BillingSite site();

  /**
   * Returns the price of one billed cluster-hour.
   *
   * @return the price, or empty when the edition pays no management fee
   */
  public abstract Optional<Money> hourlyPrice();

  /**
   * Returns whether the hourly cycle the cluster is created in is free.
   *
   * @return true by default, as documented for ACK managed Pro
   */
  @Value.Default
  public boolean firstCycleFree() {
    return true;
  }

  /**
   * Returns whether the hourly cycle the cluster is deleted in is free.
   *
   * @return true by default, as documented for ACK managed Pro
   */
  @Value.Default
  public boolean lastCycleFree() {
    return true;
  }

  /**
   * Returns the billing item name the fee appears under in the console, such as
   * {@code ACK Pro Pricing}.
   *
   * @return the billing item name
   */
  public abstract Optional<String> billingItem();

  /**
   * Returns the page the rule was read from.
   *
   * @return the source URL
   */
  public abstract URI source();

  /**
   * Returns the "last updated" date of the source page.
   *
   * @return the date, or empty when the page showed none
   */
  public abstract Optional<LocalDate> asOf();

  /**
   * Tells whether the rule charges anything.
   *
   * @return {@link FeeStatus#CHARGED} with a price, otherwise {@link FeeStatus#FREE}
   */
  public FeeStatus status() {
    return hourlyPrice().isPresent() ? FeeStatus.CHARGED : FeeStatus.FREE;
  }

  /**
   * Starts a rule.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this rule, to derive an override.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Checks the values; throws {@link ValidationException} naming the field. */
  @Value.Check
  protected void check() {
    if (hourlyPrice().isPresent() && hourlyPrice().get().amount().signum() < 0) {
      throw new ValidationException("clusterFeeRule.hourlyPrice", "must not be negative, was " + hourlyPrice().get());
    }
  }

  /** Builds a {@link ClusterFeeRule}. */
  public static final class Builder extends ImmutableClusterFeeRule.Builder {}
}
