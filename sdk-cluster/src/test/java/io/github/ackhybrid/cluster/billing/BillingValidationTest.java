package io.github.ackhybrid.cluster.billing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input fails with a ValidationException naming the field, and nothing reaches the network. */
class BillingValidationTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  private BssTestServer bss;
  private BillingClient billing;

  @BeforeEach
  void start() throws Exception {
    bss = new BssTestServer();
    billing = bss.client();
  }

  @AfterEach
  void stop() throws Exception {
    assertEquals(0, bss.requestCount(), "a rejected call must send nothing");
    billing.close();
    bss.close();
  }

  private static void rejects(String field, String ruleFragment, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field());
    assertTrue(e.getMessage().contains(ruleFragment), e.getMessage());
  }

  @Test
  void aBillingCycleInTheFutureIsRejectedInTheBillingTimeZone() {
    // The clock stands at 2026-11-15 in UTC+8, so December has not begun.
    rejects("describeInstanceBillRequest.billingCycle", "must not be in the future, was 2026-12",
        () -> billing.describeInstanceBill(r -> r.billingCycle(YearMonth.of(2026, 12))));
    rejects("queryBillOverviewRequest.billingCycle", "current billing cycle (UTC+8) is 2026-11",
        () -> billing.queryBillOverview(r -> r.billingCycle(YearMonth.of(2027, 1))));
    rejects("clusterCostRequest.billingCycle", "must not be in the future",
        () -> billing.clusterCost("c1", YearMonth.of(2026, 12)));
    billing.describeInstanceBill(r -> r.billingCycle(YearMonth.of(2026, 11)));
  }

  @Test
  void theAsyncClientFailsItsFuturesInsteadOfThrowing() {
    BillingAsyncClient async = billing.async();
    YearMonth december = YearMonth.of(2026, 12);
    rejectsAsync("queryBillOverviewRequest.billingCycle", "must not be in the future",
        () -> async.queryBillOverview(r -> r.billingCycle(december)));
    rejectsAsync("queryBillOverviewRequest", "must not be null",
        () -> async.queryBillOverview((QueryBillOverviewRequest) null));
    rejectsAsync("queryBillRequest.billingCycle", "must not be in the future",
        () -> async.queryBill(QueryBillRequest.builder().billingCycle(december).build()).toList());
    rejectsAsync("describeInstanceBillRequest.maxResults", "must be 1-300",
        () -> async.describeInstanceBill(r -> r.billingCycle(OCTOBER).maxResults(0)).forEach(b -> { }));
    rejectsAsync("queryInstanceBillRequest.billingCycle", "must not be in the future",
        () -> async.queryInstanceBill(r -> r.billingCycle(december)).toList());
    rejectsAsync("describeSplitItemBillRequest", "must not be null",
        () -> async.describeSplitItemBill((DescribeSplitItemBillRequest) null).toList());
    rejectsAsync("getPayAsYouGoPriceRequest", "must not be null",
        () -> async.getPayAsYouGoPrice((GetPayAsYouGoPriceRequest) null));
    rejectsAsync("clusterCostRequest.billingCycle", "must not be in the future",
        () -> async.clusterCost("c1", december));
    rejectsAsync("clusterCostRequest", "must not be null", () -> async.clusterCost((ClusterCostRequest) null));
  }

  private static void rejectsAsync(String field, String ruleFragment, Supplier<CompletableFuture<?>> call) {
    CompletableFuture<?> future = assertDoesNotThrow(call::get, "an async method must not throw");
    ExecutionException e = assertThrows(ExecutionException.class, () -> future.get(10, TimeUnit.SECONDS));
    ValidationException v = assertInstanceOf(ValidationException.class, e.getCause());
    assertEquals(field, v.field(), v.getMessage());
    assertTrue(v.getMessage().contains(ruleFragment), v.getMessage());
  }

  @Test
  void maxResultsAndPageSizeMustBe1To300() {
    rejects("describeInstanceBillRequest.maxResults", "must be 1-300, was 0",
        () -> billing.describeInstanceBill(r -> r.billingCycle(OCTOBER).maxResults(0)));
    rejects("describeInstanceBillRequest.maxResults", "must be 1-300, was 301",
        () -> billing.describeInstanceBill(r -> r.billingCycle(OCTOBER).maxResults(301)));
    rejects("describeSplitItemBillRequest.maxResults", "was 301",
        () -> billing.describeSplitItemBill(r -> r.billingCycle(OCTOBER).maxResults(301)));
    rejects("queryInstanceBillRequest.pageSize", "must be 1-300, was 0",
        () -> billing.queryInstanceBill(r -> r.billingCycle(OCTOBER).pageSize(0)));
    rejects("queryBillRequest.pageSize", "was 301",
        () -> billing.queryBill(r -> r.billingCycle(OCTOBER).pageSize(301)));
  }

  @Test
  void anUnknownSiteIsRejectedBeforeAClientExists() {
    rejects("billingSite", "is unknown for region \"xx-nowhere-1\"",
        () -> BillingClient.create(bss.config("xx-nowhere-1")));
    rejects("billingSite", "must be CHINA or INTERNATIONAL, was \"mars\"", () -> BillingSite.of("mars"));
  }

  @Test
  void requiredValuesAndBlankIdsAreNamed() {
    rejects("describeInstanceBillRequest.billingCycle", "must be set",
        () -> billing.describeInstanceBill(r -> r.instanceId("i-1")));
    rejects("describeInstanceBillRequest.instanceId", "must not be blank",
        () -> billing.describeInstanceBill(r -> r.billingCycle(OCTOBER).instanceId(" ")));
    rejects("clusterCostRequest.clusterId", "must be 1-64 characters", () -> billing.clusterCost("", OCTOBER));
    rejects("clusterCostRequest.billingCycle", "must be set", () -> billing.clusterCost(r -> r.clusterId("c1")));
    rejects("getPayAsYouGoPriceRequest.productCode", "must be set",
        () -> billing.getPayAsYouGoPrice(r -> r.region("cn-hangzhou")));
    rejects("getPayAsYouGoPriceRequest.modules", "must hold 1-50 modules, was 0",
        () -> billing.getPayAsYouGoPrice(r -> r.productCode("ecs")));
    rejects("queryBillOverviewRequest.billOwnerId", "positive",
        () -> billing.queryBillOverview(r -> r.billingCycle(OCTOBER).billOwnerId(0L)));
  }

  @Test
  void dailyBreakdownsNeedADayInsideTheCycle() {
    rejects("describeInstanceBillRequest.billingDate", "must be set when granularity is DAILY",
        () -> billing.describeInstanceBill(r -> r.billingCycle(OCTOBER).granularity(Granularity.DAILY)));
    rejects("describeInstanceBillRequest.billingDate", "must lie in the billing cycle 2026-10",
        () -> billing.describeInstanceBill(r -> r.billingCycle(OCTOBER).granularity(Granularity.DAILY)
            .billingDate(LocalDate.of(2026, 9, 30))));
    rejects("queryInstanceBillRequest.billingDate", "only be set when granularity is DAILY",
        () -> billing.queryInstanceBill(r -> r.billingCycle(OCTOBER).billingDate(LocalDate.of(2026, 10, 1))));
    rejects("describeSplitItemBillRequest.billingDate", "must not be in the future",
        () -> billing.describeSplitItemBill(r -> r.billingCycle(YearMonth.of(2026, 11)).granularity(Granularity.DAILY)
            .billingDate(LocalDate.of(2026, 11, 16))));
  }

  @Test
  void tagFiltersKeepTheServiceLimits() {
    rejects("tagFilter.key", "must be at most 128 characters", () -> TagFilter.of("k".repeat(129)));
    rejects("tagFilter.key", "must not be blank", () -> TagFilter.of(""));
    rejects("tagFilter.values[1]", "must be at most 128 characters", () -> TagFilter.of("k", "v", "v".repeat(129)));
    rejects("tagFilter.values", "at most 20 values, was 21",
        () -> TagFilter.builder().key("k").addAllValues(Collections.nCopies(21, "v")).build());
    rejects("describeSplitItemBillRequest.tagFilters", "at most 20 filters, was 21",
        () -> billing.describeSplitItemBill(r -> r.billingCycle(OCTOBER)
            .addAllTagFilters(Collections.nCopies(21, TagFilter.of("k")))));
  }

  @Test
  void aSubscriptionTypeFilterNeedsAProductCodeWhereTheApiSaysSo() {
    rejects("queryBillRequest.subscriptionType", "must be used together with productCode",
        () -> billing.queryBill(r -> r.billingCycle(OCTOBER).subscriptionType(SubscriptionType.SUBSCRIPTION)));
    rejects("queryBillOverviewRequest.subscriptionType", "was UNKNOWN",
        () -> billing.queryBillOverview(r -> r.billingCycle(OCTOBER).subscriptionType(SubscriptionType.UNKNOWN)));
  }
}
