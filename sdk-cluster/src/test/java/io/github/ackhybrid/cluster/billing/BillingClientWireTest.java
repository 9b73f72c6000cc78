package io.github.ackhybrid.cluster.billing;

import static io.github.ackhybrid.cluster.billing.BssTestServer.ok;
import static io.github.ackhybrid.cluster.billing.BssTestServer.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ServiceException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Pins each BSS operation on the wire: method, path, action and version headers, exact query, answer binding. */
class BillingClientWireTest {
  private static final YearMonth OCTOBER = YearMonth.of(2026, 10);

  /** The QueryBillOverview example of billing.md §2.3 (the SDK's per-field example values). */
  private static final String OVERVIEW = """
      {
        "Code": "Success", "Message": "Successful!", "Success": true,
        "RequestId": "BCB1E1BC-05BF-4217-80EE-BF09A29407BA",
        "Data": {
          "BillingCycle": "2020-03", "AccountID": "185766xxxx", "AccountName": "test@test.aliyunid.com",
          "Items": { "Item": [ {
            "ProductCode": "rds", "ProductType": "rds", "PipCode": "rds", "CommodityCode": "rds",
            "ProductName": "NAT Gateway", "ProductDetail": "NAT Gateway (Pay-As-You-Go)",
            "SubscriptionType": "Subscription", "Item": "PayAsYouGoBill", "Currency": "CNY",
            "PretaxGrossAmount": 100, "PretaxAmount": 100, "PaymentAmount": 100,
            "OutstandingAmount": 0, "InvoiceDiscount": 0, "DeductedByCoupons": 0,
            "BizType": "trusteeship", "OwnerID": "1222", "BillAccountID": "185766xxxx"
          } ] }
        }
      }""";

  /** The DescribeInstanceBill example of billing.md §2.6: {@code Items} is a plain array. */
  private static final String INSTANCE_BILL = """
      {
        "Code": "Success", "Message": "Successful!", "Success": true,
        "RequestId": "79EE7556-0CFD-44EB-9CD6-B3B526E3A85F",
        "Data": {
          "BillingCycle": "2020-03", "AccountID": "122", "AccountName": "test@test.aliyunid.com",
          "TotalCount": 20, "MaxResults": 20, "NextToken": "CAESEgoQCg4KCm",
          "Items": [ {
            "InstanceID": "i-dadada", "NickName": "test", "ItemName": "iZ28bycvyb4Z",
            "ProductCode": "rds", "ProductType": "rds", "PipCode": "rds", "CommodityCode": "rds",
            "ProductName": "ApsaraDB RDS", "ProductDetail": "ApsaraDB RDS",
            "SubscriptionType": "PayAsYouGo", "Item": "PayAsYouGoBill", "BillingType": "Other",
            "Currency": "CNY", "PretaxGrossAmount": 0.1, "PretaxAmount": 0.1, "PaymentAmount": 0.1,
            "OutstandingAmount": 0.1, "InvoiceDiscount": 0.1, "DeductedByCoupons": 0.1,
            "ServicePeriod": "3600", "ServicePeriodUnit": "Second",
            "Region": "China (Hangzhou)", "Zone": "Hangzhou Zone B", "ResourceGroup": "Default resource group",
            "Tag": "key:testKey value:testValue; key:testKey1 value:testValues1",
            "CostUnit": "Not allocated"
          } ]
        }
      }""";

  private BssTestServer bss;
  private BillingClient billing;

  @BeforeEach
  void start() throws Exception {
    bss = new BssTestServer();
    billing = bss.client();
  }

  @AfterEach
  void stop() throws Exception {
    billing.close();
    bss.close();
  }

  private static void assertRpc(RecordedRequest r, String action) {
    assertEquals("POST", r.getMethod());
    assertEquals("/", r.getRequestUrl().encodedPath());
    assertEquals(action, r.getHeader("x-acs-action"));
    assertEquals("2017-12-14", r.getHeader("x-acs-version"));
    assertEquals(0, r.getBodySize(), "BSS parameters travel in the query, never the body");
    assertTrue(r.getHeader("authorization").startsWith("ACS3-HMAC-SHA256 Credential=test-key-id,"),
        r.getHeader("authorization"));
  }

  @Test
  void queryBillOverviewSendsItsFiltersAndBindsTheItemWrappedList() throws Exception {
    bss.enqueue(OVERVIEW);
    BillOverview overview = billing.queryBillOverview(r -> r.billingCycle(OCTOBER).productCode("ecs")
        .subscriptionType(SubscriptionType.PAY_AS_YOU_GO).billOwnerId(123L));

    RecordedRequest r = bss.take();
    assertRpc(r, "QueryBillOverview");
    assertEquals(Map.of("BillingCycle", "2026-10", "ProductCode", "ecs", "SubscriptionType", "PayAsYouGo",
        "BillOwnerId", "123"), query(r));

    assertEquals(YearMonth.of(2020, 3), overview.billingCycle());
    assertEquals(Optional.of("185766xxxx"), overview.accountId());
    assertEquals(Optional.of("BCB1E1BC-05BF-4217-80EE-BF09A29407BA"), overview.requestId());
    BillOverviewItem item = overview.items().get(0);
    assertEquals(Optional.of("rds"), item.productCode());
    assertEquals(Optional.of("NAT Gateway (Pay-As-You-Go)"), item.productDetail());
    assertEquals(SubscriptionType.SUBSCRIPTION, item.subscriptionType());
    assertEquals(BillType.PAY_AS_YOU_GO_BILL, item.billType());
    assertEquals(Money.of("100", "CNY"), item.amounts().pretaxAmount());
    assertEquals(Optional.of(Money.zero("CNY")), item.amounts().outstandingAmount());
    assertEquals(Optional.empty(), item.amounts().tax());
    assertEquals(Optional.of("trusteeship"), item.bizType());
    assertEquals(Optional.of("1222"), item.ownerId());
    assertEquals(Map.of("CNY", Money.of("100", "CNY")), overview.totals());
  }

  @Test
  void queryBillPagesByNumberAndReadsTimesAsUtcPlus8() throws Exception {
    bss.enqueue(ok("""
        {"BillingCycle":"2026-10","AccountID":"1","PageNum":1,"PageSize":50,"TotalCount":1,
         "Items":{"Item":[{"RecordID":"2026100112345","SubOrderId":"s-1","PaymentTransactionID":"p-1",
           "PaymentTime":"2026-10-11 08:00:00","UsageStartTime":"2026-10-10 00:00:00",
           "UsageEndTime":"2026-10-11 00:00:00","Status":"PayFinish","ProductCode":"ecs",
           "SubscriptionType":"PayAsYouGo","Item":"PayAsYouGoBill","Currency":"USD",
           "PretaxGrossAmount":12.3456,"PretaxAmount":"10.00"}]}}"""));
    List<BillRecord> records = billing.queryBill(r -> r.billingCycle(OCTOBER).type(BillType.PAY_AS_YOU_GO_BILL)
        .productCode("ecs").subscriptionType(SubscriptionType.PAY_AS_YOU_GO).hideZeroCharge(true).pageSize(50))
        .toList();

    RecordedRequest r = bss.take();
    assertRpc(r, "QueryBill");
    assertEquals(Map.of("BillingCycle", "2026-10", "Type", "PayAsYouGoBill", "ProductCode", "ecs",
        "SubscriptionType", "PayAsYouGo", "IsHideZeroCharge", "true", "PageNum", "1", "PageSize", "50"), query(r));

    BillRecord record = records.get(0);
    assertEquals(Optional.of("2026100112345"), record.recordId());
    assertEquals(Optional.of(Instant.parse("2026-10-11T00:00:00Z")), record.paymentTime());
    assertEquals(Optional.of(Instant.parse("2026-10-09T16:00:00Z")), record.usageStartTime());
    assertEquals(PaymentStatus.PAY_FINISH, record.status());
    assertEquals(new BigDecimal("12.3456"), record.amounts().pretaxGrossAmount().amount());
    assertEquals(Money.of("10.00", "USD"), record.amounts().pretaxAmount());
    assertEquals(1, bss.requestCount(), "TotalCount 1 on page 1 ends the list");
  }

  @Test
  void describeInstanceBillSendsItsFiltersAndBindsThePlainArray() throws Exception {
    bss.enqueue(INSTANCE_BILL);
    InstanceBill bill = billing.describeInstanceBill(r -> r.billingCycle(OCTOBER).granularity(Granularity.DAILY)
        .billingDate(LocalDate.of(2026, 10, 5)).instanceId("i-1").productCode("ecs").pipCode("ecs")
        .perBillingItem(true).maxResults(100)).first().orElseThrow();

    RecordedRequest r = bss.take();
    assertRpc(r, "DescribeInstanceBill");
    assertEquals(Map.of("BillingCycle", "2026-10", "Granularity", "DAILY", "BillingDate", "2026-10-05",
        "InstanceID", "i-1", "ProductCode", "ecs", "PipCode", "ecs", "IsBillingItem", "true",
        "MaxResults", "100"), query(r));

    assertEquals(Optional.of("i-dadada"), bill.instanceId());
    assertEquals(Optional.of("iZ28bycvyb4Z"), bill.itemName());
    assertEquals(SubscriptionType.PAY_AS_YOU_GO, bill.subscriptionType());
    assertEquals(Optional.of("Other"), bill.billingType());
    assertEquals(new BigDecimal("0.1"), bill.amounts().pretaxAmount().amount(), "read from the JSON text, not a float");
    assertEquals("CNY", bill.amounts().currency());
    assertEquals(Optional.of(Duration.ofHours(1)), bill.servicePeriod());
    assertEquals(Optional.of("3600 Second"), bill.servicePeriodAsString());
    assertEquals(Optional.of("China (Hangzhou)"), bill.region());
    assertEquals(Map.of("testKey", "testValue", "testKey1", "testValues1"), bill.tags());
    assertEquals(Optional.of("Not allocated"), bill.costUnit());
    assertEquals(YearMonth.of(2020, 3), bill.billingCycle());
    assertEquals(1, bss.requestCount(), "first() stops after the first page despite the next token");
  }

  @Test
  void queryInstanceBillSendsPageNumbersAndReadsTheShortTagForm() throws Exception {
    bss.enqueue(ok("""
        {"BillingCycle":"2026-10","PageNum":1,"PageSize":300,"TotalCount":1,
         "Items":{"Item":[{"InstanceID":"i-2","ProductCode":"ecs","Currency":"CNY","PretaxAmount":1.5,
           "Tag":"ack.aliyun.com:c1;ack.alibabacloud.com/nodepool-id:np-1;acs:autoscaling:scalingGroupId:asg-1"}]}}"""));
    InstanceBill bill = billing.queryInstanceBill(r -> r.billingCycle(OCTOBER).hideZeroCharge(true)).toList().get(0);

    RecordedRequest r = bss.take();
    assertRpc(r, "QueryInstanceBill");
    assertEquals(Map.of("BillingCycle", "2026-10", "Granularity", "MONTHLY", "IsHideZeroCharge", "true",
        "PageNum", "1", "PageSize", "300"), query(r));
    assertEquals(Map.of("ack.aliyun.com", "c1", "ack.alibabacloud.com/nodepool-id", "np-1",
        "acs:autoscaling:scalingGroupId", "asg-1"), bill.tags());
  }

  @Test
  void describeSplitItemBillFlattensTagFiltersWithOneBasedIndexes() throws Exception {
    bss.enqueue(ok("""
        {"BillingCycle":"2026-10","TotalCount":1,"MaxResults":300,
         "Items":[{"InstanceID":"i-3","ProductCode":"ecs","Currency":"CNY","PretaxAmount":2,
           "SplitItemID":"split-1","SplitItemName":"disk","SplitBillingCycle":"2026-10",
           "SplitBillingDate":"2026-10-02","SplitAccountID":"9"}]}"""));
    SplitItemBill split = billing.describeSplitItemBill(r -> r.billingCycle(OCTOBER)
        .addTagFilter(TagFilter.of("ack.aliyun.com", "c1", "c 2"))
        .addTagFilter(TagFilter.of("ack.alibabacloud.com/nodepool-id"))
        .splitItemId("split-1")).toList().get(0);

    RecordedRequest r = bss.take();
    assertRpc(r, "DescribeSplitItemBill");
    assertEquals("/?BillingCycle=2026-10&Granularity=MONTHLY&MaxResults=300&SplitItemID=split-1"
        + "&TagFilter.1.TagKey=ack.aliyun.com&TagFilter.1.TagValues.1=c1&TagFilter.1.TagValues.2=c%202"
        + "&TagFilter.2.TagKey=ack.alibabacloud.com%2Fnodepool-id", r.getPath());
    assertEquals(Optional.of("split-1"), split.splitItemId());
    assertEquals(Optional.of(LocalDate.of(2026, 10, 2)), split.splitBillingDate());
    assertEquals(Money.of("2", "CNY"), split.bill().amounts().pretaxAmount());
  }

  @Test
  void queryAccountBalanceSendsNothingAndParsesStringAmountsExactly() throws Exception {
    bss.enqueue("""
        { "Code": "200", "Message": "success", "Success": true,
          "RequestId": "16176743-6DC7-4CB3-BB25-A13982D8DFAD",
          "Data": { "AvailableAmount": "1,234,567.89", "AvailableCashAmount": "10000.00",
                    "CreditAmount": "0.00", "MybankCreditAmount": "0.00",
                    "QuotaLimit": "10000.00\\n", "Currency": "CNY" } }""");
    AccountBalance balance = billing.queryAccountBalance();

    RecordedRequest r = bss.take();
    assertRpc(r, "QueryAccountBalance");
    assertEquals(Map.of(), query(r));
    assertEquals(new BigDecimal("1234567.89"), balance.availableAmount().amount());
    assertEquals(Optional.of(Money.of("10000.00", "CNY")), balance.quotaLimit());
    assertEquals(Optional.of(Money.zero("CNY")), balance.creditAmount());
    assertEquals(Optional.of("16176743-6DC7-4CB3-BB25-A13982D8DFAD"), balance.requestId());
  }

  @Test
  void getPayAsYouGoPriceFlattensModulesAndBindsWrappedLists() throws Exception {
    bss.enqueue("""
        { "Code": "Success", "Message": "Successful", "Success": true,
          "RequestId": "1537A007-72D7-4165-8A26-8694A38E219A",
          "Data": { "Currency": "CNY",
            "ModuleDetails": { "ModuleDetail": [ { "ModuleCode": "InstanceType", "OriginalCost": 1.77,
              "InvoiceDiscount": 20, "CostAfterDiscount": 100, "UnitPrice": 0 } ] },
            "PromotionDetails": { "PromotionDetail": [ { "PromotionId": 10200210,
              "PromotionName": "spring", "PromotionDesc": "spring sale" } ] } } }""");
    PayAsYouGoPrice price = billing.getPayAsYouGoPrice(r -> r.productCode("ecs").region("cn-hangzhou")
        .addModule(PricingModule.of("InstanceType", "InstanceType:ecs.g5.xlarge,IoOptimized:IoOptimized",
            PriceType.HOUR)));

    RecordedRequest r = bss.take();
    assertRpc(r, "GetPayAsYouGoPrice");
    assertEquals(Map.of("ProductCode", "ecs", "SubscriptionType", "PayAsYouGo", "Region", "cn-hangzhou",
        "ModuleList.1.ModuleCode", "InstanceType",
        "ModuleList.1.Config", "InstanceType:ecs.g5.xlarge,IoOptimized:IoOptimized",
        "ModuleList.1.PriceType", "Hour"), query(r));
    assertEquals("CNY", price.currency());
    assertEquals(Money.of("1.77", "CNY"), price.modules().get(0).originalCost());
    assertEquals(10200210L, price.promotions().get(0).id());
    assertEquals(Optional.of("spring sale"), price.promotions().get(0).description());
  }

  @Test
  void aDescribeAnswerWithTheQueryItemsShapeIsReportedAsMalformed() {
    bss.enqueue(ok("{\"BillingCycle\":\"2026-10\",\"Items\":{\"Item\":[]}}"));
    ServiceException e = assertThrows(ServiceException.class,
        () -> billing.describeInstanceBill(r -> r.billingCycle(OCTOBER)).toList());
    assertTrue(e.getMessage().contains("not the JSON this SDK expects"), e.getMessage());
  }

  @Test
  void successFalseInAn200AnswerIsAServiceError() {
    bss.enqueue("{\"RequestId\":\"R-9\",\"Success\":false,\"Code\":\"InvalidParameter\",\"Message\":\"bad cycle\"}");
    ServiceException e = assertThrows(ServiceException.class, () -> billing.queryAccountBalance());
    assertEquals("InvalidParameter", e.errorCode());
    assertEquals("bad cycle", e.errorMessage());
    assertEquals(Optional.of("R-9"), e.requestId());
  }

  @Test
  void notApplicableMeansTheOtherSiteAndSaysSo() throws Exception {
    String body = "{\"RequestId\":\"R-1\",\"Code\":\"NotApplicable\","
        + "\"Message\":\"This API is not applicable for caller.\"}";
    bss.server.enqueue(BssTestServer.json(400, body));
    BillingSiteMismatchException e = assertThrows(BillingSiteMismatchException.class,
        () -> billing.queryAccountBalance());
    assertEquals(BillingSite.CHINA, e.site());
    assertEquals(400, e.statusCode());
    assertTrue(e.getMessage().contains("BillingSite.INTERNATIONAL"), e.getMessage());

    bss.server.enqueue(BssTestServer.json(400, body));
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> billing.async().queryAccountBalance().get(30, TimeUnit.SECONDS));
    assertInstanceOf(BillingSiteMismatchException.class, async.getCause());
  }

  @Test
  void asyncCallsSendTheSameRequestAndBindTheSameAnswer() throws Exception {
    bss.enqueue(OVERVIEW);
    BillOverview overview = billing.async().queryBillOverview(r -> r.billingCycle(OCTOBER)).get(30, TimeUnit.SECONDS);
    RecordedRequest r = bss.take();
    assertRpc(r, "QueryBillOverview");
    assertEquals(Map.of("BillingCycle", "2026-10"), query(r));
    assertEquals(Money.of("100", "CNY"), overview.items().get(0).amounts().pretaxAmount());
    assertFalse(overview.items().isEmpty());
  }
}
