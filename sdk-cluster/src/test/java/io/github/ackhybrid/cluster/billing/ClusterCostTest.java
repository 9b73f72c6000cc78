package io.github.ackhybrid.cluster.billing;

import static io.github.ackhybrid.cluster.billing.BssTestServer.json;
import static io.github.ackhybrid.cluster.billing.BssTestServer.ok;
import static io.github.ackhybrid.cluster.billing.BssTestServer.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What one cluster cost in a month: its fee line plus exactly the resources that carry its tag. */
class ClusterCostTest {
  private static final String CLUSTER = "c-pro1";
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
    billing.close();
    bss.close();
  }

  private static String line(String instance, String product, String amount, String tag) {
    return "{\"InstanceID\":\"" + instance + "\",\"ProductCode\":\"" + product + "\",\"Currency\":\"CNY\","
        + "\"PretaxAmount\":" + amount + (tag == null ? "" : ",\"Tag\":\"" + tag + "\"") + "}";
  }

  private static MockResponse page(String nextToken, String... lines) {
    return json(200, ok("{\"BillingCycle\":\"2026-10\",\"NextToken\":\"" + nextToken + "\",\"Items\":["
        + String.join(",", lines) + "]}"));
  }

  private static final String NODE_TAGS =
      "key:ack.aliyun.com value:c-pro1; key:ack.alibabacloud.com/nodepool-id value:np-1";

  /** The split-bill world: a fee line under the cluster's id, and tagged lines on two pages. */
  private MockResponse splitWorld(RecordedRequest r) {
    Map<String, String> q = query(r);
    if ("DescribeInstanceBill".equals(r.getHeader("x-acs-action"))) {
      return page("", line(CLUSTER, "csk", "46.08", null));
    }
    if (!q.containsKey("NextToken")) {
      return page("p2", line("i-node1", "ecs", "120.5", NODE_TAGS),
          line("lb-1", "slb", "30.10", "ack.aliyun.com:c-pro1"));
    }
    return page("", line("i-node1", "ecs", "0.25", NODE_TAGS),
        line(CLUSTER, "csk", "46.08", "ack.aliyun.com:c-pro1"));
  }

  @Test
  void splitBillsGiveTheFeeAndTheTaggedResourcesOnce() throws Exception {
    bss.dispatch(this::splitWorld);
    CostReport report = billing.clusterCost(CLUSTER, OCTOBER);

    List<RecordedRequest> sent = bss.takeAll();
    assertEquals(3, sent.size());
    assertEquals(Map.of("BillingCycle", "2026-10", "Granularity", "MONTHLY", "InstanceID", CLUSTER,
        "ProductCode", "csk", "MaxResults", "300"), query(sent.get(0)));
    assertEquals(Map.of("BillingCycle", "2026-10", "Granularity", "MONTHLY", "MaxResults", "300",
        "TagFilter.1.TagKey", "ack.aliyun.com", "TagFilter.1.TagValues.1", CLUSTER), query(sent.get(1)));
    assertEquals("p2", query(sent.get(2)).get("NextToken"));

    assertEquals(List.of(
        CostLine.builder().kind(CostLineKind.CLUSTER_FEE).basis(CostBasis.BILLED).productCode("csk")
            .instanceId(CLUSTER).amount(Money.of("46.08", "CNY")).billLines(1).build(),
        CostLine.builder().kind(CostLineKind.RESOURCE).basis(CostBasis.BILLED).productCode("ecs")
            .instanceId("i-node1").nodePoolId("np-1").amount(Money.of("120.75", "CNY")).billLines(2).build(),
        CostLine.builder().kind(CostLineKind.RESOURCE).basis(CostBasis.BILLED).productCode("slb")
            .instanceId("lb-1").amount(Money.of("30.10", "CNY")).billLines(1).build()),
        report.lines(), "the tagged fee line is not counted twice");
    assertEquals(Map.of("CNY", Money.of("196.93", "CNY")), report.totals());
    assertEquals("196.93", report.totals().get("CNY").amount().toPlainString());
    assertFalse(report.provisional());
    assertEquals(Instant.parse("2026-11-04T04:00:00Z"), report.finalAfter(), "12:00 UTC+8 on the 4th");

    assertEquals("""
        Cluster c-pro1, billing cycle 2026-10, CHINA site, from SPLIT_BILL (final since 2026-11-04T04:00:00Z)

        KIND         BASIS   PRODUCT  INSTANCE  NODE POOL      AMOUNT
        CLUSTER_FEE  BILLED  csk      c-pro1    -           46.08 CNY
        RESOURCE     BILLED  ecs      i-node1   np-1       120.75 CNY
        RESOURCE     BILLED  slb      lb-1      -           30.10 CNY

        PRODUCT  LINES      AMOUNT
        csk          1   46.08 CNY
        ecs          2  120.75 CNY
        slb          1   30.10 CNY

        TOTAL  196.93 CNY

        NOTES
        - Hybrid cloud nodes are your own servers and have no Alibaba Cloud bill lines; their management fee\
         is waived during the preview, with no published price\
         (https://www.alibabacloud.com/help/en/ack/ack-managed-and-ack-dedicated/user-guide/hybrid-cloud-node-pool).
        - Only split bill lines tagged ack.aliyun.com=c-pro1 are counted; resources without the tag (a shared\
         VPC, NAT gateway, EIP, shared bandwidth, Express Connect, CEN) are not examined. Split billing and the\
         cost allocation tag ack.aliyun.com must be enabled.
        """, report.toTable());
    assertEquals("kind,basis,product_code,product_name,instance_id,node_pool_id,amount,currency\r\n"
        + "CLUSTER_FEE,BILLED,csk,,c-pro1,,46.08,CNY\r\n"
        + "RESOURCE,BILLED,ecs,,i-node1,np-1,120.75,CNY\r\n"
        + "RESOURCE,BILLED,slb,,lb-1,,30.10,CNY\r\n", report.toCsv());
  }

  @Test
  void scanningInstanceBillsFindsExactlyTheClustersInstancesAndTotalsTheUntagged() throws Exception {
    bss.dispatch(r -> query(r).containsKey("NextToken")
        ? page("", line("eip-2", "eip", "1.5", null), line("i-node2", "ecs", "10", "ack.aliyun.com:c-pro1"),
            line("i-node1", "ecs", "0.5", NODE_TAGS))
        : page("more", line(CLUSTER, "csk", "46.08", null), line("i-node1", "ecs", "120", NODE_TAGS),
            line("i-other", "ecs", "99", "ack.aliyun.com:c-other"), line("vpc-1", "vpc", "12.00", null),
            line("eip-1", "eip", "3.5", "team:blue")));
    CostReport report = billing.clusterCost(r -> r.clusterId(CLUSTER).billingCycle(OCTOBER)
        .source(AttributionSource.INSTANCE_BILL));

    List<RecordedRequest> sent = bss.takeAll();
    assertEquals(2, sent.size(), "no separate fee lookup: the scan sees every line");
    assertEquals(Map.of("BillingCycle", "2026-10", "Granularity", "MONTHLY", "MaxResults", "300"), query(sent.get(0)));

    assertEquals(List.of(CLUSTER, "i-node1", "i-node2"),
        report.lines().stream().map(l -> l.instanceId().orElseThrow()).toList());
    assertEquals(Money.of("120.5", "CNY"), report.lines().get(1).amount());
    assertEquals(Map.of("CNY", Money.of("176.58", "CNY")), report.totals());
    assertEquals(List.of(
        ProductCost.builder().productCode("eip").amount(Money.of("5.0", "CNY")).lineCount(2).build(),
        ProductCost.builder().productCode("vpc").amount(Money.of("12.00", "CNY")).lineCount(1).build()),
        report.unattributed());
    assertEquals(Instant.parse("2026-11-03T04:00:00Z"), report.finalAfter(), "12:00 UTC+8 on the 3rd");
    assertTrue(report.toTable().contains("""
        NOT ATTRIBUTED  LINES     AMOUNT
        eip                 2    5.0 CNY
        vpc                 1  12.00 CNY
        """), report.toTable());
  }

  @Test
  void aFeeMissingFromTheBillsIsEstimatedFromTheLifetimeAndSaidSo() throws Exception {
    bss.dispatch(r -> "DescribeInstanceBill".equals(r.getHeader("x-acs-action"))
        ? page("") : page("", line("i-node1", "ecs", "1", NODE_TAGS)));
    Instant created = LocalDateTime.parse("2026-10-30T10:20:00").toInstant(ZoneOffset.ofHours(8));
    CostReport report = billing.clusterCost(r -> r.clusterId(CLUSTER).billingCycle(OCTOBER)
        .edition(ClusterEdition.MANAGED_PRO).lifetime(ClusterLifetime.of(created)));

    CostLine fee = report.lines().get(0);
    assertEquals(CostBasis.ESTIMATED, fee.basis());
    assertEquals(CostLineKind.CLUSTER_FEE, fee.kind());
    assertEquals(Money.of("23.68", "CNY"), fee.amount(), "37 hours from Oct 30 11:00 to Nov 1 00:00 (UTC+8) x 0.64");
    assertEquals(Optional.of("ACK Pro Pricing"), fee.productName());
    assertEquals(0, fee.billLines());
    assertTrue(report.notes().get(0).contains("estimated 37 billed hours at 0.64 CNY per hour"), report.notes().get(0));
  }

  @Test
  void aRegisteredClusterIsNotLookedUpForAFeeAndCostsOnlyItsTaggedResources() throws Exception {
    bss.dispatch(r -> page(""));
    CostReport report = billing.clusterCost(r -> r.clusterId("c-reg").billingCycle(YearMonth.of(2026, 11))
        .edition(ClusterEdition.REGISTERED));

    List<RecordedRequest> sent = bss.takeAll();
    assertEquals(List.of("DescribeSplitItemBill"), sent.stream().map(r -> r.getHeader("x-acs-action")).toList());
    assertTrue(report.lines().isEmpty());
    assertTrue(report.totals().isEmpty());
    assertTrue(report.provisional(), "November is still open on 2026-11-15");
    assertEquals("No management fee: REGISTERED clusters pay none ("
        + "https://www.alibabacloud.com/help/en/ack/ack-one-billing).", report.notes().get(0));
    assertTrue(report.toTable().contains("(provisional until 2026-12-04T04:00:00Z)\n\nNo bill line was attributed"),
        report.toTable());
  }

  @Test
  void theAsyncTwinProducesTheSameReport() throws Exception {
    bss.dispatch(this::splitWorld);
    CostReport blocking = billing.clusterCost(CLUSTER, OCTOBER);
    CostReport async = billing.async().clusterCost(CLUSTER, OCTOBER).get(30, TimeUnit.SECONDS);
    assertEquals(blocking, async);
  }

  @Test
  void csvQuotesFieldsWithCommasQuotesAndLineBreaks() {
    CostReport report = CostReport.builder().clusterId("c1").billingCycle(OCTOBER).site(BillingSite.INTERNATIONAL)
        .source(AttributionSource.SPLIT_BILL).finalAfter(Instant.parse("2026-11-04T04:00:00Z")).provisional(false)
        .addLine(CostLine.builder().kind(CostLineKind.RESOURCE).basis(CostBasis.BILLED).productCode("ecs")
            .productName("Elastic Compute Service, \"ECS\"\nPAYG").instanceId("i-1").amount(Money.of("0.1", "USD"))
            .billLines(1).build())
        .build();
    assertEquals("kind,basis,product_code,product_name,instance_id,node_pool_id,amount,currency\r\n"
        + "RESOURCE,BILLED,ecs,\"Elastic Compute Service, \"\"ECS\"\"\nPAYG\",i-1,,0.1,USD\r\n", report.toCsv());
  }
}
