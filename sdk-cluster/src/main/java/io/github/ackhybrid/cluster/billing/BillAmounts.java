package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The amounts of one bill line, all in the line's currency and exact. {@link #pretaxAmount()} is
 * what the line costs: the list price after discounts, before tax and before how it was paid
 * (cash, coupons, prepaid cards, resource plans).
 */
@ModelStyle
@Value.Immutable
public abstract class BillAmounts {
  /**
   * Returns the amount before discounts ({@code PretaxGrossAmount}).
   *
   * @return the gross amount; zero when the service left it out
   */
  public abstract Money pretaxGrossAmount();

  /**
   * Returns the amount after discounts and before tax ({@code PretaxAmount}).
   *
   * @return the amount due; zero when the service left it out
   */
  public abstract Money pretaxAmount();

  /**
   * Returns the amount after discounts ({@code AfterDiscountAmount}).
   *
   * @return the amount
   */
  public abstract Optional<Money> afterDiscountAmount();

  /**
   * Returns the amount paid ({@code PaymentAmount}).
   *
   * @return the amount
   */
  public abstract Optional<Money> paymentAmount();

  /**
   * Returns the part paid in cash ({@code CashAmount}).
   *
   * @return the amount
   */
  public abstract Optional<Money> cashAmount();

  /**
   * Returns the part still unpaid ({@code OutstandingAmount}).
   *
   * @return the amount
   */
  public abstract Optional<Money> outstandingAmount();

  /**
   * Returns the discount ({@code InvoiceDiscount}).
   *
   * @return the amount
   */
  public abstract Optional<Money> invoiceDiscount();

  /**
   * Returns the part covered by coupons ({@code DeductedByCoupons}).
   *
   * @return the amount
   */
  public abstract Optional<Money> deductedByCoupons();

  /**
   * Returns the part covered by vouchers ({@code DeductedByCashCoupons}).
   *
   * @return the amount
   */
  public abstract Optional<Money> deductedByCashCoupons();

  /**
   * Returns the part covered by prepaid cards ({@code DeductedByPrepaidCard}).
   *
   * @return the amount
   */
  public abstract Optional<Money> deductedByPrepaidCard();

  /**
   * Returns the part covered by resource plans ({@code DeductedByResourcePackage}).
   *
   * @return the amount
   */
  public abstract Optional<Money> deductedByResourcePackage();

  /**
   * Returns the adjustment ({@code AdjustAmount}).
   *
   * @return the amount
   */
  public abstract Optional<Money> adjustAmount();

  /**
   * Returns the amount after tax ({@code AfterTaxAmount}).
   *
   * @return the amount
   */
  public abstract Optional<Money> afterTaxAmount();

  /**
   * Returns the tax ({@code Tax}).
   *
   * @return the amount
   */
  public abstract Optional<Money> tax();

  /**
   * Returns the currency every amount of the line is in.
   *
   * @return an ISO 4217 code
   */
  public String currency() {
    return pretaxAmount().currency();
  }

  /**
   * Starts a set of amounts.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Checks that every amount is in one currency. */
  @Value.Check
  protected void check() {
    List<Optional<Money>> all = List.of(Optional.of(pretaxGrossAmount()), afterDiscountAmount(), paymentAmount(),
        cashAmount(), outstandingAmount(), invoiceDiscount(), deductedByCoupons(), deductedByCashCoupons(),
        deductedByPrepaidCard(), deductedByResourcePackage(), adjustAmount(), afterTaxAmount(), tax());
    for (Optional<Money> m : all) {
      if (m.isPresent() && !m.get().currency().equals(currency())) {
        throw new ValidationException("billAmounts.currency", "must be the same for every amount of a line, found "
            + m.get().currency() + " beside " + currency());
      }
    }
  }

  /** Builds a {@link BillAmounts}. */
  public static final class Builder extends ImmutableBillAmounts.Builder {}
}
