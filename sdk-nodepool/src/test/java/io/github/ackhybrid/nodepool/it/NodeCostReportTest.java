package io.github.ackhybrid.nodepool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.billing.AttributionSource;
import io.github.ackhybrid.cluster.billing.CostLine;
import io.github.ackhybrid.cluster.billing.CostLineKind;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.Money;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.testing.CloudSimulator;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cost of a cluster's own cloud nodes, end to end: an ECS pool created through the SDK runs in
 * the simulator, the simulator bills its nodes' lifetimes tagged with the cluster and the pool, and
 * the cluster's cost report finds exactly those nodes next to the management fee. Stopped clock
 * from 10:20 (UTC+8) on 4 March 2025, moved by hand.
 */
class NodeCostReportTest {
  private static final Instant START = OffsetDateTime.parse("2025-03-04T10:20:00+08:00").toInstant();
  private static final YearMonth MARCH = YearMonth.of(2025, 3);

  private CloudSimulator sim;
  private ClusterClient clusters;
  private NodePoolClient pools;

  @BeforeEach
  void start() {
    sim = CloudSimulator.builder().speed(0).startAt(START).start();
    clusters = ClusterClient.create(sim.cloudConfig().build());
    pools = NodePoolClient.create(sim.cloudConfig().build());
  }

  @AfterEach
  void stop() {
    pools.close();
    clusters.close();
    sim.close();
  }

  private String runningPro(String name) {
    String id = clusters.createProCluster(p -> p.name(name).vpcId("vpc-bp1").addVSwitchIds("vsw-bp1")
        .addAddons(AddonInstallation.terwayEniip()).deletionProtection(false)).id();
    sim.clock().advance(Duration.ofMinutes(10));
    return id;
  }

  private Set<String> cloudNodes(String clusterId, String poolId) {
    return sim.nodes(clusterId).stream()
        .filter(n -> n.path("is_aliyun_node").asBoolean() && n.path("nodepool_id").asText().equals(poolId))
        .map(n -> n.path("instance_id").asText())
        .collect(Collectors.toSet());
  }

  @ParameterizedTest
  @EnumSource(AttributionSource.class)
  void theReportHoldsTheFeeAndExactlyTheClustersNodesTaggedWithTheirPool(AttributionSource source) {
    String mine = runningPro("cost-mine");
    String other = runningPro("cost-other");
    String pool = pools.createPool(mine, p -> p.name("workers")
        .ecs(s -> s.addVSwitchId("vsw-bp1").addInstanceTypes("ecs.g7.xlarge").desiredSize(2))).id();
    String otherPool = pools.createPool(other, p -> p.name("workers")
        .ecs(s -> s.addVSwitchId("vsw-bp1").addInstanceTypes("ecs.g7.xlarge").desiredSize(1))).id();
    sim.clock().advance(Duration.ofHours(3));
    Set<String> nodes = cloudNodes(mine, pool);
    assertEquals(2, nodes.size(), "the pool's two ECS nodes");

    CostReport report = clusters.billing().clusterCost(r -> r.clusterId(mine).billingCycle(MARCH).source(source));

    Map<String, CostLine> byInstance = report.lines().stream()
        .collect(Collectors.toMap(l -> l.instanceId().orElseThrow(), l -> l));
    Set<String> expected = new HashSet<>(nodes);
    expected.add(mine);
    assertEquals(expected, byInstance.keySet(), "the fee and the two nodes, nothing of the other cluster");
    assertTrue(cloudNodes(other, otherPool).stream().noneMatch(byInstance::containsKey));
    assertEquals(CostLineKind.CLUSTER_FEE, byInstance.get(mine).kind());
    BigDecimal sum = BigDecimal.ZERO;
    for (CostLine line : report.lines()) {
      sum = sum.add(line.amount().amount());
      if (nodes.contains(line.instanceId().orElseThrow())) {
        assertEquals("ecs", line.productCode());
        assertEquals(pool, line.nodePoolId().orElseThrow(), "attributed to its pool by the nodepool-id tag");
        assertTrue(line.amount().amount().signum() > 0, line.toString());
      }
    }
    assertEquals(Money.of(sum.toPlainString(), "CNY"), report.totals().get("CNY"), "the total is the exact sum");
  }
}
