package io.github.ackhybrid.cluster.billing.it;

import static io.github.ackhybrid.cluster.billing.it.SimulatedAccount.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.ackhybrid.cluster.billing.AttributionSource;
import io.github.ackhybrid.cluster.billing.CostLine;
import io.github.ackhybrid.cluster.billing.CostLineKind;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.Money;
import io.github.ackhybrid.cluster.billing.ProductCost;
import io.github.ackhybrid.cluster.billing.TagFilter;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two Pro clusters with tagged nodes, disks and load balancers, plus untagged resources: a cluster's
 * cost report holds exactly its own fee and resources, whichever bills it reads, and sums exactly.
 */
class TagAttributionTest {
  private SimulatedAccount account;
  private String mine;
  private String other;

  @BeforeEach
  void start() {
    account = new SimulatedAccount();
    mine = account.createPro("pro-mine");
    other = account.createPro("pro-other");
    account.advance(Duration.ofMinutes(30));
    var billing = account.sim.billing();
    billing.addNodePoolCharge(mine, "np-a", "i-mine-1", "ecs", new BigDecimal("10.10"), MARCH);
    billing.addNodePoolCharge(mine, "np-a", "i-mine-2", "ecs", new BigDecimal("10.20"), MARCH);
    billing.addClusterCharge(mine, "d-mine-1", "disk", new BigDecimal("0.30"), MARCH);
    billing.addClusterCharge(mine, "lb-mine", "slb", new BigDecimal("0.03"), MARCH);
    billing.addNodePoolCharge(other, "np-b", "i-other-1", "ecs", new BigDecimal("7.00"), MARCH);
    billing.addClusterCharge(other, "lb-other", "slb", new BigDecimal("1.00"), MARCH);
    billing.addUntaggedCharge("i-loose", "ecs", new BigDecimal("5.55"), MARCH);
    billing.addUntaggedCharge("eip-shared", "eip", new BigDecimal("0.45"), MARCH);
    account.advance(Duration.ofHours(3));
  }

  @AfterEach
  void stop() {
    account.close();
  }

  @ParameterizedTest
  @EnumSource(AttributionSource.class)
  void aClusterReportHoldsExactlyItsOwnFeeAndResources(AttributionSource source) {
    CostReport report = account.billing.clusterCost(r -> r.clusterId(mine).billingCycle(MARCH).source(source));

    Set<String> instances = new TreeSet<>();
    for (CostLine line : report.lines()) {
      instances.add(line.instanceId().orElseThrow());
    }
    assertEquals(Set.of(mine, "i-mine-1", "i-mine-2", "d-mine-1", "lb-mine"), instances);
    CostLine fee = report.lines().stream().filter(l -> l.kind() == CostLineKind.CLUSTER_FEE).findFirst().orElseThrow();
    assertEquals(Money.of("1.28", "CNY"), fee.amount(), "created 10:20, now 13:50: 11:00-13:00 ended");
    assertEquals(Money.of("21.91", "CNY"), report.totals().get("CNY"), "1.28 + 10.10 + 10.20 + 0.30 + 0.03");
  }

  @Test
  void readingEveryInstanceBillTotalsWhatNoClusterClaims() {
    CostReport report = account.billing.clusterCost(r -> r.clusterId(mine).billingCycle(MARCH)
        .source(AttributionSource.INSTANCE_BILL));

    List<ProductCost> loose = report.unattributed();
    assertEquals(2, loose.size());
    assertEquals("ecs", loose.get(0).productCode());
    assertEquals(Money.of("5.55", "CNY"), loose.get(0).amount());
    assertEquals("eip", loose.get(1).productCode());
    assertEquals(Money.of("0.45", "CNY"), loose.get(1).amount());
  }

  @Test
  void theSplitBillTagFilterFindsOnlyTheClustersLines() {
    Set<String> found = new TreeSet<>();
    account.billing.describeSplitItemBill(r -> r.billingCycle(MARCH)
            .addTagFilter(TagFilter.of("ack.aliyun.com", other)))
        .forEach(split -> found.add(split.bill().instanceId().orElseThrow()));
    assertEquals(Set.of(other, "i-other-1", "lb-other"), found);
  }
}
