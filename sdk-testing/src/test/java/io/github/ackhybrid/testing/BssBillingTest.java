package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The simulated BSS OpenAPI over HTTP with V3-signed RPC calls: bills generated from cluster
 * lifetimes on a stopped clock that starts at 10:20 (UTC+8) on 4 March 2025, the two item shapes,
 * both paging styles, expiring tokens, the tag filter, balance and prices.
 */
class BssBillingTest {
  static final Instant START = OffsetDateTime.parse("2025-03-04T10:20:00+08:00").toInstant();
  static final YearMonth MARCH = YearMonth.of(2025, 3);

  private CloudSimulator sim;

  @BeforeEach
  void start() {
    sim = CloudSimulator.builder().speed(0).startAt(START).start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private SignedCall bss(String action) {
    return SignedCall.rpcV3(sim, Product.BSS, action).query("BillingCycle", MARCH.toString());
  }

  private String create(ObjectNode body) {
    body.put("deletion_protection", false);
    SignedCall.Reply created = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(body.toString()).call();
    assertEquals(200, created.status(), created.body());
    return created.text("cluster_id");
  }

  private void delete(String id) {
    assertEquals(200, SignedCall.ack(sim, "DeleteCluster", "DELETE", "/clusters/" + id).call().status());
  }

  private static BigDecimal amount(JsonNode item) {
    return item.path("PretaxAmount").decimalValue();
  }

  @Test
  void aProClusterThatLivedThreeHoursTwentyPaysTheTwoWholeHoursBetween() {
    String id = create(AckClustersTest.pro("pro-fee"));
    sim.clock().advance(Duration.ofMinutes(200));
    delete(id);
    sim.clock().advance(Duration.ofMinutes(10));

    JsonNode answer = bss("DescribeInstanceBill").call().json();
    assertTrue(answer.path("Success").asBoolean());
    assertEquals("Success", answer.path("Code").asText());
    JsonNode data = answer.path("Data");
    assertEquals("2025-03", data.path("BillingCycle").asText());
    assertEquals(1, data.path("TotalCount").asInt());
    JsonNode line = data.path("Items").get(0);
    assertEquals(id, line.path("InstanceID").asText());
    assertEquals("csk", line.path("ProductCode").asText());
    assertEquals("CNY", line.path("Currency").asText());
    assertEquals(0, new BigDecimal("1.28").compareTo(amount(line)));
    assertEquals("7200", line.path("ServicePeriod").asText());
    assertEquals("key:ack.aliyun.com value:" + id, line.path("Tag").asText());

    JsonNode records = bss("QueryBill").call().json().path("Data").path("Items").path("Item");
    assertEquals(2, records.size());
    assertEquals("2025-03-04 11:00:00", records.get(0).path("UsageStartTime").asText());
    assertEquals("2025-03-04 12:00:00", records.get(0).path("UsageEndTime").asText());
    assertEquals("2025-03-04 12:00:00", records.get(1).path("UsageStartTime").asText());
    assertEquals(0, new BigDecimal("0.64").compareTo(amount(records.get(1))));
  }

  @Test
  void aLiveClusterPaysEachEndedHourAfterItsFirst() {
    String id = create(AckClustersTest.pro("pro-live"));
    sim.clock().advance(Duration.ofMinutes(99));
    assertEquals(0, bss("QueryBill").call().json().path("Data").path("TotalCount").asInt());
    sim.clock().advance(Duration.ofMinutes(1));
    JsonNode records = bss("QueryBill").call().json().path("Data").path("Items").path("Item");
    assertEquals(1, records.size());
    assertEquals("2025-03-04 11:00:00", records.get(0).path("UsageStartTime").asText());
    assertTrue(sim.cluster(id).isPresent());
  }

  @Test
  void registeredAndBasicClustersCostNothing() {
    create(AckClustersTest.registered("idc"));
    ObjectNode basic = AckClustersTest.pro("basic");
    basic.put("cluster_spec", "ack.standard");
    create(basic);
    sim.clock().advance(Duration.ofHours(30));
    assertEquals(0, bss("DescribeInstanceBill").call().json().path("Data").path("TotalCount").asInt());
    assertEquals(0, bss("QueryBillOverview").call().json().path("Data").path("Items").path("Item").size());
  }

  @Test
  void queryOperationsWrapItemsAndDescribeOperationsDoNot() {
    sim.billing().addUntaggedCharge("i-1", "ecs", new BigDecimal("3.5"), MARCH);
    assertTrue(bss("QueryBillOverview").call().json().path("Data").path("Items").path("Item").isArray());
    assertTrue(bss("QueryBill").call().json().path("Data").path("Items").path("Item").isArray());
    assertTrue(bss("QueryInstanceBill").call().json().path("Data").path("Items").path("Item").isArray());
    assertTrue(bss("DescribeInstanceBill").call().json().path("Data").path("Items").isArray());
    assertTrue(bss("DescribeSplitItemBill").call().json().path("Data").path("Items").isArray());
  }

  @Test
  void amountsAddUpExactly() {
    for (int i = 0; i < 10; i++) {
      sim.billing().addUntaggedCharge("i-" + i, "ecs", new BigDecimal("0.1"), MARCH);
    }
    sim.billing().addUntaggedCharge("d-1", "disk", new BigDecimal("0.2"), MARCH);
    JsonNode items = bss("QueryBillOverview").call().json().path("Data").path("Items").path("Item");
    assertEquals(2, items.size());
    assertEquals("ecs", items.get(0).path("ProductCode").asText());
    assertEquals(new BigDecimal("1.0"), amount(items.get(0)));
    assertEquals(new BigDecimal("0.2"), amount(items.get(1)));
  }

  private void addThousandCharges() {
    for (int i = 0; i < 1000; i++) {
      sim.billing().addUntaggedCharge(String.format(Locale.ROOT, "i-%04d", i), "ecs", BigDecimal.ONE, MARCH);
    }
  }

  @Test
  void tokenPagingReturnsEachOfAThousandLinesOnce() {
    addThousandCharges();
    Set<String> seen = new HashSet<>();
    String token = "";
    int pages = 0;
    do {
      SignedCall call = bss("DescribeInstanceBill").query("MaxResults", "300");
      if (!token.isEmpty()) {
        call.query("NextToken", token);
      }
      JsonNode data = call.call().json().path("Data");
      assertEquals(1000, data.path("TotalCount").asInt());
      for (JsonNode item : data.path("Items")) {
        assertTrue(seen.add(item.path("InstanceID").asText()));
      }
      token = data.path("NextToken").asText();
      pages++;
    } while (!token.isEmpty());
    assertEquals(1000, seen.size());
    assertEquals(4, pages);
  }

  @Test
  void pageNumberPagingReturnsEachOfAThousandLinesOnce() {
    addThousandCharges();
    List<String> seen = new ArrayList<>();
    for (int page = 1; page <= 5; page++) {
      JsonNode data = bss("QueryInstanceBill").query("PageNum", Integer.toString(page))
          .query("PageSize", "300").call().json().path("Data");
      assertEquals(1000, data.path("TotalCount").asInt());
      assertEquals(page, data.path("PageNum").asInt());
      data.path("Items").path("Item").forEach(item -> seen.add(item.path("InstanceID").asText()));
    }
    assertEquals(1000, seen.size());
    assertEquals(1000, new HashSet<>(seen).size());
  }

  @Test
  void aTokenExpiresAfterItsLifetimeAndBelongsToItsQuery() {
    addThousandCharges();
    sim.billing().tokenLifetime(Duration.ofMinutes(10));
    String token = bss("DescribeInstanceBill").call().json().path("Data").path("NextToken").asText();
    assertFalse(token.isEmpty());

    SignedCall.Reply otherQuery = bss("DescribeInstanceBill").query("ProductCode", "ecs")
        .query("NextToken", token).call();
    assertEquals(400, otherQuery.status());
    assertEquals("InvalidParameter", otherQuery.text("Code"));

    sim.clock().advance(Duration.ofMinutes(10));
    JsonNode second = bss("DescribeInstanceBill").query("NextToken", token).call().json().path("Data");
    assertEquals("i-0020", second.path("Items").get(0).path("InstanceID").asText());

    sim.clock().advance(Duration.ofSeconds(1));
    SignedCall.Reply late = bss("DescribeInstanceBill").query("NextToken", token).call();
    assertEquals(400, late.status());
    assertEquals("InvalidParameter", late.text("Code"));
    assertEquals("The specified NextToken has expired.", late.text("Message"));
    assertFalse(late.text("RequestId").isEmpty());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "301", "-1"})
  void pageSizesOutsideOneToThreeHundredAreRefused(String size) {
    SignedCall.Reply token = bss("DescribeInstanceBill").query("MaxResults", size).call();
    assertEquals(400, token.status());
    assertEquals("InvalidParameter", token.text("Code"));
    assertEquals("MaxResults must be between 1 and 300, was " + size + ".", token.text("Message"));
    SignedCall.Reply numbered = bss("QueryBill").query("PageSize", size).call();
    assertEquals(400, numbered.status());
    assertEquals("PageSize must be between 1 and 300, was " + size + ".", numbered.text("Message"));
  }

  @Test
  void theTagFilterFindsExactlyTheClustersResources() {
    sim.billing().addClusterCharge("c-a", "i-a1", "ecs", new BigDecimal("1.10"), MARCH);
    sim.billing().addNodePoolCharge("c-a", "np-1", "i-a2", "ecs", new BigDecimal("2.20"), MARCH);
    sim.billing().addClusterCharge("c-b", "i-b1", "ecs", new BigDecimal("4.00"), MARCH);
    sim.billing().addUntaggedCharge("i-x", "ecs", new BigDecimal("8.00"), MARCH);

    JsonNode a = bss("DescribeSplitItemBill").query("TagFilter.1.TagKey", "ack.aliyun.com")
        .query("TagFilter.1.TagValues.1", "c-a").call().json().path("Data").path("Items");
    assertEquals(2, a.size());
    assertEquals("i-a1", a.get(0).path("InstanceID").asText());
    assertEquals("key:ack.aliyun.com value:c-a; key:ack.alibabacloud.com/nodepool-id value:np-1",
        a.get(1).path("Tag").asText());
    assertEquals("i-a2", a.get(1).path("SplitItemID").asText());

    JsonNode anyCluster = bss("DescribeSplitItemBill").query("TagFilter.1.TagKey", "ack.aliyun.com")
        .call().json().path("Data").path("Items");
    assertEquals(3, anyCluster.size());

    JsonNode either = bss("DescribeSplitItemBill").query("TagFilter.1.TagKey", "ack.aliyun.com")
        .query("TagFilter.1.TagValues.1", "c-b").query("TagFilter.2.TagKey", "ack.alibabacloud.com/nodepool-id")
        .call().json().path("Data").path("Items");
    assertEquals(2, either.size());

    SignedCall.Reply noKey = bss("DescribeSplitItemBill").query("TagFilter.1.TagValues.1", "c-a").call();
    assertEquals(400, noKey.status());
    assertEquals("InvalidParameter.TagValues", noKey.text("Code"));
  }

  @Test
  void dailyGranularityNeedsADateAndSplitsByDay() {
    String id = create(AckClustersTest.pro("pro-daily"));
    sim.clock().advance(Duration.ofHours(24));
    SignedCall.Reply noDate = bss("DescribeInstanceBill").query("Granularity", "DAILY").call();
    assertEquals(400, noDate.status());
    assertEquals("MissingParameter", noDate.text("Code"));
    JsonNode fourth = bss("DescribeInstanceBill").query("Granularity", "DAILY").query("BillingDate", "2025-03-04")
        .call().json().path("Data").path("Items");
    assertEquals(1, fourth.size());
    assertEquals(id, fourth.get(0).path("InstanceID").asText());
    assertEquals("2025-03-04", fourth.get(0).path("BillingDate").asText());
    assertEquals(0, new BigDecimal("8.32").compareTo(amount(fourth.get(0))));
  }

  @Test
  void aMissingOrMalformedBillingCycleIsRefused() {
    SignedCall.Reply missing = SignedCall.rpcV3(sim, Product.BSS, "QueryBill").call();
    assertEquals(400, missing.status());
    assertEquals("MissingParameter", missing.text("Code"));
    SignedCall.Reply malformed = SignedCall.rpcV3(sim, Product.BSS, "QueryBill").query("BillingCycle", "2025-3").call();
    assertEquals("InvalidParameter", malformed.text("Code"));
  }

  @Test
  void theBalanceIsReportedAsStrings() {
    sim.billing().accountBalance(new BigDecimal("1234.5"));
    JsonNode answer = SignedCall.rpcV3(sim, Product.BSS, "QueryAccountBalance").call().json();
    assertEquals("200", answer.path("Code").asText());
    assertTrue(answer.path("Success").asBoolean());
    assertEquals("1234.50", answer.path("Data").path("AvailableAmount").asText());
    assertTrue(answer.path("Data").path("AvailableAmount").isTextual());
    assertEquals("CNY", answer.path("Data").path("Currency").asText());
  }

  @Test
  void pricesQuoteTheProFeeAndRefuseUnknownProducts() {
    JsonNode ack = SignedCall.rpcV3(sim, Product.BSS, "GetPayAsYouGoPrice").query("ProductCode", "csk")
        .query("SubscriptionType", "PayAsYouGo").query("ModuleList.1.ModuleCode", "ClusterFee")
        .query("ModuleList.1.Config", "ClusterSpec:ack.pro.small").query("ModuleList.1.PriceType", "Hour")
        .call().json().path("Data");
    assertEquals("CNY", ack.path("Currency").asText());
    JsonNode module = ack.path("ModuleDetails").path("ModuleDetail").get(0);
    assertEquals("ClusterFee", module.path("ModuleCode").asText());
    assertEquals(new BigDecimal("0.64"), module.path("UnitPrice").decimalValue());

    sim.billing().payAsYouGoPrice("ecs", "InstanceType", new BigDecimal("0.5"));
    JsonNode ecs = SignedCall.rpcV3(sim, Product.BSS, "GetPayAsYouGoPrice").query("ProductCode", "ecs")
        .query("SubscriptionType", "PayAsYouGo").query("ModuleList.1.ModuleCode", "InstanceType")
        .query("ModuleList.1.Config", "InstanceType:ecs.g5.xlarge").query("ModuleList.1.PriceType", "Hour")
        .call().json().path("Data");
    assertEquals(new BigDecimal("0.5"), ecs.path("ModuleDetails").path("ModuleDetail").get(0).path("UnitPrice")
        .decimalValue());

    SignedCall.Reply unknown = SignedCall.rpcV3(sim, Product.BSS, "GetPayAsYouGoPrice").query("ProductCode", "rds")
        .query("SubscriptionType", "PayAsYouGo").query("ModuleList.1.ModuleCode", "Engine")
        .query("ModuleList.1.Config", "Engine:mysql").query("ModuleList.1.PriceType", "Hour").call();
    assertEquals(400, unknown.status());
    assertEquals("ProductNotSupported", unknown.text("Code"));
    SignedCall.Reply noProduct = SignedCall.rpcV3(sim, Product.BSS, "GetPayAsYouGoPrice")
        .query("SubscriptionType", "PayAsYouGo").call();
    assertEquals("ProductCodeMissing", noProduct.text("Code"));
  }

  @Test
  void filtersNarrowTheLinesAndZeroChargesCanBeHidden() {
    sim.billing().addUntaggedCharge("i-1", "ecs", new BigDecimal("1.00"), MARCH);
    sim.billing().addUntaggedCharge("i-free", "ecs", BigDecimal.ZERO, MARCH);
    sim.billing().addUntaggedCharge("d-1", "disk", new BigDecimal("2.00"), MARCH);
    sim.billing().addUntaggedCharge("i-april", "ecs", new BigDecimal("4.00"), MARCH.plusMonths(1));

    assertEquals(3, bss("DescribeInstanceBill").call().json().path("Data").path("TotalCount").asInt());
    assertEquals(2, bss("DescribeInstanceBill").query("ProductCode", "ecs").call().json()
        .path("Data").path("TotalCount").asInt());
    assertEquals(2, bss("DescribeInstanceBill").query("IsHideZeroCharge", "true").call().json()
        .path("Data").path("TotalCount").asInt());
    JsonNode one = bss("DescribeInstanceBill").query("InstanceID", "d-1").call().json().path("Data").path("Items");
    assertEquals(1, one.size());
    assertEquals("disk", one.get(0).path("ProductCode").asText());
    assertEquals(0, bss("QueryBill").query("Type", "SubscriptionOrder").call().json()
        .path("Data").path("TotalCount").asInt());
  }

  @Test
  void theClockStartsWhereTheBuilderSaysAndCostsAreSetInTheAccountCurrency() {
    assertEquals(START, sim.clock().now());
    sim.billing().proClusterFee(new BigDecimal("0.09"), "USD");
    create(AckClustersTest.pro("pro-intl"));
    sim.clock().advance(Duration.ofHours(3));
    JsonNode line = bss("DescribeInstanceBill").call().json().path("Data").path("Items").get(0);
    assertEquals("USD", line.path("Currency").asText());
    assertEquals(new BigDecimal("0.18"), amount(line));
    assertEquals("csk_propayasgo_public_intl", line.path("CommodityCode").asText());
  }

  @Test
  void theBillingHooksRefuseBadValuesBeforeTouchingTheLedger() {
    SimulatedBilling billing = sim.billing();
    ValidationException negative = assertThrows(ValidationException.class,
        () -> billing.addUntaggedCharge("i-1", "ecs", new BigDecimal("-1"), MARCH));
    assertEquals("amount", negative.field());
    assertThrows(ValidationException.class, () -> billing.addClusterCharge(" ", "i-1", "ecs", BigDecimal.ONE, MARCH));
    assertThrows(ValidationException.class, () -> billing.proClusterFee(BigDecimal.ONE, "usd"));
    assertThrows(ValidationException.class, () -> billing.tokenLifetime(Duration.ZERO));
    assertEquals(0, bss("DescribeInstanceBill").call().json().path("Data").path("TotalCount").asInt());
  }

  @Test
  void resetForgetsChargesAndSettings() {
    sim.billing().addUntaggedCharge("i-1", "ecs", BigDecimal.TEN, MARCH);
    sim.billing().accountBalance(BigDecimal.ONE);
    sim.reset();
    assertEquals(0, bss("DescribeInstanceBill").call().json().path("Data").path("TotalCount").asInt());
    assertEquals("10000.00", SignedCall.rpcV3(sim, Product.BSS, "QueryAccountBalance").call().json()
        .path("Data").path("AvailableAmount").asText());
  }
}
