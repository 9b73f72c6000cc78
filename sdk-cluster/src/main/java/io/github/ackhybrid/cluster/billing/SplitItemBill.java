package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One split bill line: the bill of an instance or of a part of it (a domain, a bucket, an EIP of a
 * shared bandwidth) for a month or a day ({@code DescribeSplitItemBill}).
 */
@ModelStyle
@Value.Immutable
public abstract class SplitItemBill {
  /**
   * Returns the line's instance bill fields and amounts.
   *
   * @return the bill
   */
  public abstract InstanceBill bill();

  /**
   * Returns the split item's id ({@code SplitItemID}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> splitItemId();

  /**
   * Returns the split item's name.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> splitItemName();

  /**
   * Returns the account the split item belongs to ({@code SplitAccountID}).
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> splitAccountId();

  /**
   * Returns the name of the account the split item belongs to.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> splitAccountName();

  /**
   * Returns the split line's billing cycle as the service wrote it.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> splitBillingCycle();

  /**
   * Returns the split line's day.
   *
   * @return the date, if the service sent one
   */
  public abstract Optional<LocalDate> splitBillingDate();

  /**
   * Returns the split item's commodity code.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> splitCommodityCode();

  /**
   * Returns the split item's product detail.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> splitProductDetail();

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SplitItemBill}. */
  public static final class Builder extends ImmutableSplitItemBill.Builder {}
}
