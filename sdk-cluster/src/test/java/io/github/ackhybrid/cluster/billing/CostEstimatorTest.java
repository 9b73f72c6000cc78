package io.github.ackhybrid.cluster.billing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The ACK management fee rules of billing.md §1.2 and §1.4, applied. */
class CostEstimatorTest {
  private static final CostEstimator RULES = CostEstimator.of(FeeSchedule.defaults());

  /** A wall-clock time in UTC+8, the zone ACK's hourly cycles are aligned to. */
  private static Instant cst(String localDateTime) {
    return LocalDateTime.parse(localDateTime).toInstant(ZoneOffset.ofHours(8));
  }

  @Test
  void aProClusterThatLives3h20mPaysForTheTwoWholeHoursBetweenItsFirstAndLastCycle() {
    // The documented example: created 10:20:00, released 13:40:00; 11:00-12:00 and 12:00-13:00 are billed.
    FeeEstimate intl = RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.INTERNATIONAL,
        cst("2026-10-05T10:20:00"), cst("2026-10-05T13:40:00"));
    assertEquals(2, intl.billedHours());
    assertEquals(Money.of("0.18", "USD"), intl.amount());
    assertEquals(Optional.of(cst("2026-10-05T11:00:00")), intl.firstBilledHour());
    assertEquals(Optional.of(cst("2026-10-05T12:00:00")), intl.lastBilledHour());
    assertEquals(FeeSchedule.PRO_FEE_SOURCE_INTERNATIONAL, intl.rule().source());

    FeeEstimate china = RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA,
        cst("2026-10-05T10:20:00"), cst("2026-10-05T13:40:00"));
    assertEquals(Money.of("1.28", "CNY"), china.amount());
    assertEquals("1.28", china.amount().amount().toPlainString(), "0.64 x 2, exactly");
  }

  @Test
  void registeredBasicAndDedicatedClustersCostNothing() {
    for (ClusterEdition free : new ClusterEdition[] {ClusterEdition.REGISTERED, ClusterEdition.MANAGED_BASIC,
        ClusterEdition.DEDICATED}) {
      FeeEstimate e = RULES.estimate(free, BillingSite.CHINA, cst("2026-10-01T00:00:00"), cst("2026-11-01T00:00:00"));
      assertTrue(e.amount().isZero(), free + " " + e.amount());
      assertEquals(0, e.billedHours());
      assertEquals("CNY", e.amount().currency());
      assertEquals(FeeStatus.FREE, e.rule().status());
      assertEquals(Optional.empty(), e.firstBilledHour());
    }
    assertEquals(FeeSchedule.REGISTERED_FEE_SOURCE,
        RULES.estimate(ClusterEdition.REGISTERED, BillingSite.INTERNATIONAL, Duration.ofDays(30)).rule().source());
  }

  @Test
  void hourBoundariesFollowTheCycleRule() {
    // Inside one clock hour: the first and the last cycle are the same free cycle.
    assertEquals(0, hours("2026-10-05T10:00:00", "2026-10-05T10:59:59"));
    // Created and deleted in adjacent hours: both free.
    assertEquals(0, hours("2026-10-05T10:59:59", "2026-10-05T11:00:00"));
    // Exactly on the hour at both ends: 10:00-11:00 is the first cycle, 13:00-14:00 the last.
    assertEquals(2, hours("2026-10-05T10:00:00", "2026-10-05T13:00:00"));
    // One second later the release falls in the same 13:00 cycle: still two.
    assertEquals(2, hours("2026-10-05T10:00:00", "2026-10-05T13:00:01"));
    // A day: 24 cycles between 10:00 and 10:00 the next day are touched, 23 lie strictly between.
    assertEquals(23, hours("2026-10-05T10:30:00", "2026-10-06T10:30:00"));
  }

  private static long hours(String created, String deleted) {
    return RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, cst(created), cst(deleted)).billedHours();
  }

  @Test
  void aDurationGivesTheMostItCanCostWhateverTheStartMinute() {
    FeeEstimate bound = RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.INTERNATIONAL, Duration.ofMinutes(200));
    assertTrue(bound.upperBound());
    assertEquals(3, bound.billedHours(), "3 h 20 min starting at 10:50 touches 10..14 and pays 11, 12, 13");
    assertEquals(3, hours("2026-10-05T10:50:00", "2026-10-05T14:10:00"));
    assertEquals(2, RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, Duration.ofHours(3)).billedHours());
    assertEquals(0, RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, Duration.ofMinutes(1)).billedHours());
    assertEquals(Money.of("64.71", "USD"),
        RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.INTERNATIONAL, Duration.ofDays(30)).amount(),
        "30 days of whole hours: 719 billed hours x 0.09");
  }

  @Test
  void hoursAreCountedInTheBillingMonthOfUtcPlus8() {
    // Created 2026-10-31 23:30 in UTC+8 (15:30 UTC): its first paid hour starts at 00:00 on November 1st
    // in UTC+8, so October pays nothing although in UTC the cluster ran for 8.5 hours of October.
    ClusterLifetime lifetime = ClusterLifetime.of(Instant.parse("2026-10-31T15:30:00Z"));
    Instant now = Instant.parse("2026-11-01T16:00:00Z");
    FeeEstimate october = RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, lifetime,
        YearMonth.of(2026, 10), now);
    FeeEstimate november = RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, lifetime,
        YearMonth.of(2026, 11), now);
    assertEquals(0, october.billedHours());
    assertEquals(24, november.billedHours(), "00:00 to 24:00 of November 1st in UTC+8, all ended by now");
    assertEquals(Optional.of(Instant.parse("2026-10-31T16:00:00Z")), november.firstBilledHour());
    assertEquals(Money.of("15.36", "CNY"), november.amount());
  }

  @Test
  void aRunningClusterPaysOnlyForHoursThatHaveEnded() {
    ClusterLifetime lifetime = ClusterLifetime.of(cst("2026-11-10T09:15:00"));
    FeeEstimate e = RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, lifetime, YearMonth.of(2026, 11),
        cst("2026-11-10T13:30:00"));
    assertEquals(3, e.billedHours(), "10-11, 11-12, 12-13; 13-14 has not ended");
    assertEquals(Optional.of(cst("2026-11-10T12:00:00")), e.lastBilledHour());
  }

  @Test
  void aDeletedClusterStopsPayingAtItsLastCycleEvenAcrossAMonthEnd() {
    ClusterLifetime lifetime = ClusterLifetime.of(cst("2026-10-31T22:10:00"), cst("2026-11-01T02:05:00"));
    Instant later = cst("2026-11-20T00:00:00");
    assertEquals(1, RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, lifetime, YearMonth.of(2026, 10),
        later).billedHours(), "23:00-24:00 of October 31st");
    assertEquals(2, RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, lifetime, YearMonth.of(2026, 11),
        later).billedHours(), "00:00-01:00 and 01:00-02:00; the 02:00 cycle is the free last one");
  }

  @Test
  void theZoneDecidesWhereHoursBegin() {
    // 02:50-06:10 UTC is 10:50-14:10 in UTC+8 (three hours strictly between) but 08:20-11:40 in UTC+5:30,
    // whose clock hours start at hh:30 UTC (two hours strictly between).
    CostEstimator india = CostEstimator.of(FeeSchedule.builder().billingZone(ZoneOffset.ofHoursMinutes(5, 30)).build());
    Instant created = Instant.parse("2026-10-05T02:50:00Z");
    Instant deleted = Instant.parse("2026-10-05T06:10:00Z");
    assertEquals(3, RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, created, deleted).billedHours());
    assertEquals(2, india.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA, created, deleted).billedHours());
  }

  @Test
  void theHybridNodeFeeIsReportedWaivedWithoutAnInventedPrice() {
    FeeEstimate e = RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.INTERNATIONAL, Duration.ofDays(1));
    assertEquals(FeeStatus.WAIVED_PREVIEW, e.hybridNodeFee().status());
    assertFalse(e.hybridNodeFee().pricePerVcpuDay().isPresent());
    assertEquals(FeeSchedule.HYBRID_NODE_FEE_SOURCE, e.hybridNodeFee().source());
  }

  @Test
  void argumentsAreChecked() {
    assertThrows(ValidationException.class, () -> RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA,
        cst("2026-10-05T13:00:00"), cst("2026-10-05T10:00:00")));
    assertThrows(ValidationException.class, () -> RULES.estimate(ClusterEdition.MANAGED_PRO, BillingSite.CHINA,
        Duration.ZERO));
    assertThrows(ValidationException.class, () -> RULES.estimate(null, BillingSite.CHINA, Duration.ofHours(1)));
  }
}
