package io.github.ackhybrid.cluster.billing;

import static io.github.ackhybrid.cluster.billing.BssTestServer.json;
import static io.github.ackhybrid.cluster.billing.BssTestServer.ok;
import static io.github.ackhybrid.cluster.billing.BssTestServer.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.Paginator;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Walks 1,000 bill lines in both paging styles: every line exactly once, in as few requests as 300 a page allows. */
class BillingPagingTest {
  private static final int TOTAL = 1000;
  private static final YearMonth CYCLE = YearMonth.of(2026, 10);

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

  private static String line(int i) {
    return "{\"InstanceID\":\"i-" + i + "\",\"ProductCode\":\"ecs\",\"Currency\":\"CNY\",\"PretaxAmount\":0.01}";
  }

  private static String lines(int from, int to) {
    List<String> items = new ArrayList<>();
    for (int i = from; i < to; i++) {
      items.add(line(i));
    }
    return "[" + String.join(",", items) + "]";
  }

  /** Serves DescribeInstanceBill the way BSS does: the token is the offset of the next line. */
  private MockResponse tokenPages(RecordedRequest r) {
    Map<String, String> q = query(r);
    int size = Integer.parseInt(q.get("MaxResults"));
    int from = q.containsKey("NextToken") ? Integer.parseInt(q.get("NextToken").substring(4)) : 0;
    int to = Math.min(TOTAL, from + size);
    String next = to < TOTAL ? "tok-" + to : "";
    return json(200, ok("{\"BillingCycle\":\"2026-10\",\"TotalCount\":" + TOTAL + ",\"MaxResults\":" + size
        + ",\"NextToken\":\"" + next + "\",\"Items\":" + lines(from, to) + "}"));
  }

  /** Serves QueryInstanceBill by page number with the {@code {"Item": [...]}} wrapper. */
  private MockResponse numberedPages(RecordedRequest r) {
    Map<String, String> q = query(r);
    int page = Integer.parseInt(q.get("PageNum"));
    int size = Integer.parseInt(q.get("PageSize"));
    int from = Math.min(TOTAL, (page - 1) * size);
    int to = Math.min(TOTAL, from + size);
    return json(200, ok("{\"BillingCycle\":\"2026-10\",\"PageNum\":" + page + ",\"PageSize\":" + size
        + ",\"TotalCount\":" + TOTAL + ",\"Items\":{\"Item\":" + lines(from, to) + "}}"));
  }

  private static void assertEachOnce(List<InstanceBill> bills) {
    assertEquals(TOTAL, bills.size());
    Set<String> ids = new HashSet<>();
    for (InstanceBill b : bills) {
      assertTrue(ids.add(b.instanceId().orElseThrow()), "seen twice: " + b.instanceId());
    }
    BigDecimal sum = bills.stream().map(b -> b.amounts().pretaxAmount().amount())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(new BigDecimal("10.00"), sum, "1,000 x 0.01 adds up exactly");
  }

  @Test
  void tokenPagingFetchesFourPagesOfAtMost300AndPassesEachTokenOn() throws Exception {
    bss.dispatch(this::tokenPages);
    Paginator<InstanceBill> bills = billing.describeInstanceBill(r -> r.billingCycle(CYCLE));
    assertEquals(0, bss.requestCount(), "creating the paginator sends nothing");

    assertEachOnce(bills.toList());

    List<RecordedRequest> sent = bss.takeAll();
    assertEquals(4, sent.size());
    assertEquals(List.of("none", "tok-300", "tok-600", "tok-900"),
        sent.stream().map(r -> query(r).getOrDefault("NextToken", "none")).toList());
    sent.forEach(r -> assertEquals("300", query(r).get("MaxResults")));
  }

  @Test
  void pageNumberPagingFetchesFourPagesAndStopsAtTheTotal() throws Exception {
    bss.dispatch(this::numberedPages);
    assertEachOnce(billing.queryInstanceBill(r -> r.billingCycle(CYCLE)).toList());

    List<RecordedRequest> sent = bss.takeAll();
    assertEquals(List.of("1", "2", "3", "4"), sent.stream().map(r -> query(r).get("PageNum")).toList());
    sent.forEach(r -> assertEquals("300", query(r).get("PageSize")));
  }

  @Test
  void asyncPaginatorsWalkTheSamePages() throws Exception {
    bss.dispatch(r -> "DescribeInstanceBill".equals(r.getHeader("x-acs-action")) ? tokenPages(r) : numberedPages(r));
    assertEachOnce(billing.async().describeInstanceBill(r -> r.billingCycle(CYCLE)).toList().get(30, TimeUnit.SECONDS));
    assertEachOnce(billing.async().queryInstanceBill(QueryInstanceBillRequest.builder().billingCycle(CYCLE).build())
        .toList().get(30, TimeUnit.SECONDS));
    assertEquals(8, bss.requestCount());
  }
}
