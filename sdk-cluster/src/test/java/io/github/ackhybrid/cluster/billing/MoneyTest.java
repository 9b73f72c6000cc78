package io.github.ackhybrid.cluster.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void sumsAreExactWhereDoublesDrift() {
    Money total = Money.zero("CNY");
    for (int i = 0; i < 10; i++) {
      total = total.plus(Money.of("0.1", "CNY"));
    }
    assertEquals(new BigDecimal("1.0"), total.amount());
    assertEquals(Money.of("1", "CNY"), total);
    assertEquals(Money.of("46.08", "CNY"), FeeSchedule.PRO_FEE_PER_HOUR_CHINA.times(72));
    assertEquals(Money.of("0.03", "USD"), Money.of("0.1", "USD").minus(Money.of("0.07", "USD")));
  }

  @Test
  void parsesTheWaysTheBillingApiWritesAmounts() {
    assertEquals(new BigDecimal("1234567.89"), Money.of(" 1,234,567.89\n", "cny").amount());
    assertEquals("CNY", Money.of("1", "cny").currency());
    ValidationException e = assertThrows(ValidationException.class, () -> Money.of("ten", "USD"));
    assertEquals("money.amount", e.field());
    assertThrows(ValidationException.class, () -> Money.of("1", "US"));
  }

  @Test
  void refusesToMixCurrencies() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> Money.of("1", "USD").plus(Money.of("1", "CNY")));
    assertEquals("money.currency", e.field());
    assertTrue(e.getMessage().contains("cannot combine CNY with USD"), e.getMessage());
    assertThrows(ValidationException.class, () -> Money.of("1", "USD").minus(Money.of("1", "CNY")));
  }

  @Test
  void equalityIgnoresScaleButNotCurrency() {
    assertEquals(Money.of("1.5", "USD"), Money.of("1.50", "USD"));
    assertEquals(Money.of("1.5", "USD").hashCode(), Money.of("1.50", "USD").hashCode());
    assertEquals(Money.zero("USD").hashCode(), Money.of("0.00", "USD").hashCode());
    assertNotEquals(Money.of("1.5", "USD"), Money.of("1.5", "CNY"));
    assertEquals("0.18 USD", Money.of("0.18", "USD").toString());
  }
}
