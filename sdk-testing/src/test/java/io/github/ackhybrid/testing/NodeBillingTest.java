package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pay-as-you-go ECS nodes, auto-scaled ones included, bill their lifetimes tagged with their cluster;
 * hybrid servers bill nothing. Stopped clock from 10:20 (UTC+8) on 4 March 2025.
 */
class NodeBillingTest {
  private static final YearMonth MARCH = BssBillingTest.MARCH;

  private CloudSimulator sim;

  @BeforeEach
  void start() {
    sim = CloudSimulator.builder().speed(0).startAt(BssBillingTest.START).start();
  }

  @AfterEach
  void stop() {
    sim.close();
  }

  private JsonNode splitItems(String clusterId) {
    return SignedCall.rpcV3(sim, Product.BSS, "DescribeSplitItemBill").query("BillingCycle", MARCH.toString())
        .query("TagFilter.1.TagKey", "ack.aliyun.com").query("TagFilter.1.TagValues.1", clusterId)
        .call().json().path("Data").path("Items");
  }

  private Set<String> ecsNodes(String clusterId) {
    Set<String> ids = new HashSet<>();
    sim.nodes(clusterId).stream().filter(n -> n.path("is_aliyun_node").asBoolean())
        .forEach(n -> ids.add(n.path("instance_id").asText()));
    return ids;
  }

  @Test
  void theClustersEcsNodesAreBilledTaggedAndItsHybridServersAreNot() {
    ElasticCluster mine = ElasticCluster.pro(sim);
    mine.hybridPool("idc", 1);
    String burst = mine.createPool(ElasticCluster.burstPool("burst", 0, 2));
    ElasticCluster other = ElasticCluster.pro(sim);
    sim.demand(mine.id, "default", Map.of("app", "web"), 25);
    sim.clock().advance(Duration.ofHours(2));

    Set<String> expected = ecsNodes(mine.id);
    assertEquals(3, expected.size(), "the system node and two auto-scaled nodes");
    Set<String> billed = new HashSet<>();
    for (JsonNode item : splitItems(mine.id)) {
      if (item.path("ProductCode").asText().equals("ecs")) {
        billed.add(item.path("InstanceID").asText());
        assertTrue(item.path("Tag").asText().startsWith("key:ack.aliyun.com value:" + mine.id + "; "),
            item.path("Tag").asText());
        assertTrue(item.path("PretaxAmount").decimalValue().signum() > 0);
      } else {
        assertEquals(mine.id, item.path("InstanceID").asText(), "besides nodes, only the cluster fee");
      }
    }
    assertEquals(expected, billed);
    assertTrue(ecsNodes(other.id).stream().noneMatch(billed::contains));
    assertEquals(1, sim.nodes(mine.id).stream().filter(n -> !n.path("is_aliyun_node").asBoolean()).count());
    assertTrue(sim.nodes(mine.id).stream().anyMatch(n -> n.path("nodepool_id").asText().equals(burst)));
  }

  @Test
  void aNodeBillsTheSecondsItLivedInEachEndedHour() {
    ElasticCluster cluster = ElasticCluster.pro(sim);
    String node = ecsNodes(cluster.id).iterator().next();
    sim.clock().advance(Duration.ofHours(2));

    JsonNode records = SignedCall.rpcV3(sim, Product.BSS, "QueryBill").query("BillingCycle", MARCH.toString())
        .query("ProductCode", "ecs").call().json().path("Data").path("Items").path("Item");
    BigDecimal total = BigDecimal.ZERO;
    int hours = 0;
    for (JsonNode record : records) {
      if (record.path("RecordID").asText().startsWith(node + "-")) {
        hours++;
        total = total.add(record.path("PretaxAmount").decimalValue());
        if (record.path("UsageStartTime").asText().equals("2025-03-04 11:00:00")) {
          assertEquals(0, new BigDecimal("2.00").compareTo(record.path("PretaxAmount").decimalValue()),
              "a whole hour of ecs.g7.xlarge at the simulated 2.00");
        }
      }
    }
    // Created at 10:32 (after the cluster's 10 minutes and the add-on's 2): 28 minutes, then 11:00-12:00;
    // 12:00-12:33 has not ended.
    assertEquals(2, hours);
    assertEquals(0, new BigDecimal("2.93").compareTo(total), total.toPlainString());
  }
}
