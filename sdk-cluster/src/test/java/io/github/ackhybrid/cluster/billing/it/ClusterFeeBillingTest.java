package io.github.ackhybrid.cluster.billing.it;

import static io.github.ackhybrid.cluster.billing.it.SimulatedAccount.MARCH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.billing.AttributionSource;
import io.github.ackhybrid.cluster.billing.BillRecord;
import io.github.ackhybrid.cluster.billing.ClusterEdition;
import io.github.ackhybrid.cluster.billing.CostBasis;
import io.github.ackhybrid.cluster.billing.CostLine;
import io.github.ackhybrid.cluster.billing.CostLineKind;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.FeeEstimate;
import io.github.ackhybrid.cluster.billing.InstanceBill;
import io.github.ackhybrid.cluster.billing.Money;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The management fee of real cluster lifetimes, from ClusterClient calls to the bills BSS answers. */
class ClusterFeeBillingTest {
  private SimulatedAccount account;

  @BeforeEach
  void start() {
    account = new SimulatedAccount();
  }

  @AfterEach
  void stop() {
    account.close();
  }

  @Test
  void aProClusterThatLivedThreeHoursTwentyIsBilledTwoHours() {
    Instant created = account.sim.clock().now();
    String id = account.createPro("pro-3h20");
    account.advance(Duration.ofMinutes(200));
    Instant released = account.sim.clock().now();
    account.delete(id);
    assertThrows(ResourceNotFoundException.class, () -> account.clusters.describeCluster(id));

    List<InstanceBill> bills = account.billing.describeInstanceBill(r -> r.billingCycle(MARCH)).toList();
    assertEquals(1, bills.size());
    InstanceBill fee = bills.get(0);
    assertEquals(id, fee.instanceId().orElseThrow());
    assertEquals(Money.of("1.28", "CNY"), fee.amounts().pretaxAmount());
    assertEquals(Duration.ofHours(2), fee.servicePeriod().orElseThrow());
    assertEquals(id, fee.tags().get("ack.aliyun.com"));

    List<BillRecord> hours = account.billing.queryBill(r -> r.billingCycle(MARCH)).toList();
    assertEquals(2, hours.size(), "10:00-11:00 and 13:00-14:00 are free");
    assertEquals(Money.of("0.64", "CNY"), hours.get(0).amounts().pretaxAmount());

    FeeEstimate estimate = account.billing.estimate(ClusterEdition.MANAGED_PRO, created, released);
    assertEquals(2, estimate.billedHours());
    assertEquals(fee.amounts().pretaxAmount(), estimate.amount(), "the SDK's estimate matches the simulated bill");

    CostReport report = account.billing.clusterCost(id, MARCH);
    CostLine line = report.lines().get(0);
    assertEquals(CostLineKind.CLUSTER_FEE, line.kind());
    assertEquals(CostBasis.BILLED, line.basis());
    assertEquals(Money.of("1.28", "CNY"), report.totals().get("CNY"));
  }

  @Test
  void aRegisteredClusterCostsNothing() {
    String id = account.clusters.registerCluster(r -> r.name("idc-shanghai")).id();
    account.sim.connectAgent(id);
    account.advance(Duration.ofHours(48));

    assertEquals(0, account.billing.describeInstanceBill(r -> r.billingCycle(MARCH)).toList().size());
    CostReport report = account.billing.clusterCost(r -> r.clusterId(id).billingCycle(MARCH)
        .edition(ClusterEdition.REGISTERED));
    assertTrue(report.lines().isEmpty());
    assertTrue(report.totals().isEmpty());
    assertTrue(report.notes().stream().anyMatch(n -> n.contains("No management fee")));
  }

  @Test
  void aCostReportOfARealJourneyRendersAsTableAndCsv() {
    String id = account.createPro("pro-journey");
    account.advance(Duration.ofMinutes(10));
    account.sim.billing().addNodePoolCharge(id, "np-1", "i-node1", "ecs", new BigDecimal("12.34"), MARCH);
    account.sim.billing().addClusterCharge(id, "lb-api", "slb", new BigDecimal("3.21"), MARCH);
    account.sim.billing().addUntaggedCharge("i-elsewhere", "ecs", new BigDecimal("99.00"), MARCH);
    account.advance(Duration.ofHours(5));

    CostReport report = account.billing.clusterCost(r -> r.clusterId(id).billingCycle(MARCH)
        .source(AttributionSource.INSTANCE_BILL));

    assertEquals(Money.of("18.11", "CNY"), report.totals().get("CNY"), "fee 11:00-15:00 2.56 + 12.34 + 3.21");
    assertFalse(report.provisional(), "March 2025 is settled");
    String csv = report.toCsv();
    assertTrue(csv.startsWith("kind,basis,product_code,product_name,instance_id,node_pool_id,amount,currency\r\n"));
    assertTrue(csv.contains("CLUSTER_FEE,BILLED,csk,Container Service for Kubernetes," + id + ",,2.56,CNY\r\n"), csv);
    assertTrue(csv.contains("RESOURCE,BILLED,ecs,ECS,i-node1,np-1,12.34,CNY\r\n"), csv);
    assertTrue(csv.contains("RESOURCE,BILLED,slb,SLB,lb-api,,3.21,CNY\r\n"), csv);
    assertFalse(csv.contains("i-elsewhere"));
    String table = report.toTable();
    assertTrue(table.contains("18.11 CNY"), table);
    assertTrue(table.contains("NOT ATTRIBUTED"), table);
    assertTrue(table.contains("99.00 CNY"), table);
  }
}
