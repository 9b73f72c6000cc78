package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency. Amounts are {@link BigDecimal}s, never floating point,
 * so sums of bill lines come out to the cent. Arithmetic refuses to mix currencies. Two values are
 * equal when their currencies match and their amounts are numerically equal ({@code 1.5 USD}
 * equals {@code 1.50 USD}). Immutable.
 */
public final class Money {
  private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  private final BigDecimal amount;
  private final String currency;

  private Money(BigDecimal amount, String currency) {
    this.amount = amount;
    this.currency = currency;
  }

  /**
   * Creates an amount.
   *
   * @param amount the exact amount
   * @param currency an ISO 4217 code such as {@code CNY} or {@code USD}; lower case is accepted
   * @return the money value
   * @throws ValidationException if the amount is null or the currency is not three letters
   */
  public static Money of(BigDecimal amount, String currency) {
    Validate.notNull(amount, "money.amount");
    return new Money(amount, checkCurrency(currency));
  }

  /**
   * Parses an amount exactly from its decimal text, as the billing API writes it ({@code "0.64"},
   * {@code "10000.00"}, {@code "1,024.50"}): surrounding white space and thousands separators are
   * ignored.
   *
   * @param amount the decimal text
   * @param currency an ISO 4217 code
   * @return the money value
   * @throws ValidationException if the text is not a decimal number or the currency is invalid
   */
  public static Money of(String amount, String currency) {
    Validate.notNull(amount, "money.amount");
    String text = amount.strip().replace(",", "");
    try {
      return new Money(new BigDecimal(text), checkCurrency(currency));
    } catch (NumberFormatException e) {
      throw new ValidationException("money.amount", "must be a decimal number, was " + Validate.quote(amount));
    }
  }

  /**
   * Returns zero in a currency.
   *
   * @param currency an ISO 4217 code
   * @return zero
   * @throws ValidationException if the currency is invalid
   */
  public static Money zero(String currency) {
    return new Money(BigDecimal.ZERO, checkCurrency(currency));
  }

  /**
   * Returns the exact amount.
   *
   * @return the amount, with the scale it was given
   */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * Returns the currency.
   *
   * @return an upper-case ISO 4217 code
   */
  public String currency() {
    return currency;
  }

  /**
   * Adds another amount of the same currency.
   *
   * @param other the amount to add
   * @return the exact sum
   * @throws ValidationException if the other amount is null or in another currency
   */
  public Money plus(Money other) {
    return new Money(amount.add(same(other, "add").amount), currency);
  }

  /**
   * Subtracts another amount of the same currency.
   *
   * @param other the amount to subtract
   * @return the exact difference
   * @throws ValidationException if the other amount is null or in another currency
   */
  public Money minus(Money other) {
    return new Money(amount.subtract(same(other, "subtract").amount), currency);
  }

  /**
   * Multiplies by an exact factor, such as a number of billed hours.
   *
   * @param factor the factor
   * @return the exact product
   * @throws ValidationException if the factor is null
   */
  public Money times(BigDecimal factor) {
    return new Money(amount.multiply(Validate.notNull(factor, "money.factor")), currency);
  }

  /**
   * Multiplies by a whole number, such as a number of billed hours.
   *
   * @param factor the factor
   * @return the exact product
   */
  public Money times(long factor) {
    return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
  }

  /**
   * Tells whether the amount is zero, whatever its scale.
   *
   * @return true for zero
   */
  public boolean isZero() {
    return amount.signum() == 0;
  }

  private Money same(Money other, String what) {
    Validate.notNull(other, "money");
    if (!other.currency.equals(currency)) {
      throw new ValidationException("money.currency", "must match to " + what + ": cannot combine "
          + other.currency + " with " + currency + "; keep separate totals per currency");
    }
    return other;
  }

  private static String checkCurrency(String currency) {
    Validate.notNull(currency, "money.currency");
    String code = currency.strip().toUpperCase(Locale.ROOT);
    if (!CURRENCY.matcher(code).matches()) {
      throw new ValidationException("money.currency", "must be a three-letter ISO 4217 code, was "
          + Validate.quote(currency));
    }
    return code;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Money)) {
      return false;
    }
    Money other = (Money) o;
    return currency.equals(other.currency) && amount.compareTo(other.amount) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * currency.hashCode() + (amount.signum() == 0 ? 0 : amount.stripTrailingZeros().hashCode());
  }

  /** Returns the amount in plain notation followed by the currency, e.g. {@code 0.18 USD}. */
  @Override
  public String toString() {
    return amount.toPlainString() + " " + currency;
  }
}
