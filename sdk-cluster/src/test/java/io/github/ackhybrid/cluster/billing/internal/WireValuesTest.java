package io.github.ackhybrid.cluster.billing.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.internal.Json;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WireValuesTest {

  @Test
  void readsBothDocumentedTagForms() {
    assertEquals(Map.of("testKey", "testValue", "testKey1", "testValues1"),
        WireValues.tags("key:testKey value:testValue; key:testKey1 value:testValues1"));
    assertEquals(Map.of("ack.aliyun.com", "c1", "acs:autoscaling:scalingGroupId", "asg-1", "flag", ""),
        WireValues.tags("ack.aliyun.com:c1;acs:autoscaling:scalingGroupId:asg-1;;flag"));
    assertEquals(Map.of("team", "blue green"), WireValues.tags("key:team value:blue green"));
    assertTrue(WireValues.tags(" ").isEmpty());
    assertTrue(WireValues.tags(null).isEmpty());
  }

  @Test
  void readsZonelessTimesAsUtcPlus8AndRejectsOtherFormats() {
    assertEquals(Optional.of(Instant.parse("2020-03-11T00:00:00Z")), WireValues.time("2020-03-11 08:00:00", "T"));
    assertEquals(Optional.of(Instant.parse("2020-03-11T08:00:00Z")), WireValues.time("2020-03-11T08:00:00Z", "T"));
    assertEquals(Optional.empty(), WireValues.time("", "T"));
    WireFormatException e = assertThrows(WireFormatException.class, () -> WireValues.time("11/03/2020", "PaymentTime"));
    assertTrue(e.getMessage().startsWith("PaymentTime must be"), e.getMessage());
    assertEquals(YearMonth.of(2026, 2), WireValues.cycle("2026-02", "Data.BillingCycle"));
    assertThrows(WireFormatException.class, () -> WireValues.cycle(null, "Data.BillingCycle"));
    assertThrows(WireFormatException.class, () -> WireValues.cycle("2026/02", "Data.BillingCycle"));
  }

  @Test
  void servicePeriodsWithAFixedLengthBecomeDurations() {
    assertEquals(Optional.of(Duration.ofHours(1)), WireValues.servicePeriod("3600", "Second"));
    assertEquals(Optional.of(Duration.ofMinutes(90)), WireValues.servicePeriod("1.5", "Hour"));
    assertEquals(Optional.empty(), WireValues.servicePeriod("1", "Month"));
    assertEquals(Optional.of("1 Month"), WireValues.servicePeriodText("1", "Month"));
  }

  @Test
  void amountsAreReadExactlyFromNumbersAndStrings() throws Exception {
    String json = "{\"AvailableAmount\":0.30000000000000000001,\"AvailableCashAmount\":\" 2,000.10 \","
        + "\"CreditAmount\":\"\",\"QuotaLimit\":12345678901234567890.5}";
    WireBalance b = Json.reader(WireBalance.class).readValue(json);
    assertEquals(new BigDecimal("0.30000000000000000001"), b.availableAmount());
    assertEquals(new BigDecimal("2000.10"), b.availableCashAmount());
    assertEquals(null, b.creditAmount());
    assertEquals(new BigDecimal("12345678901234567890.5"), b.quotaLimit());
    assertThrows(com.fasterxml.jackson.databind.JsonMappingException.class,
        () -> Json.reader(WireBalance.class).readValue("{\"AvailableAmount\":\"lots\"}"));
  }
}
