package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Demand beyond the hybrid servers bursts into an auto-scaling ECS pool within its limits and
 * falls back in reverse order, on a stopped clock with 10 pods per node.
 */
class ElasticCapacityTest {
  private static final Map<String, String> WEB = Map.of("app", "web");

  private static CloudSimulator sim;
  private ElasticCluster cluster;
  private String hybridPool;
  private String burstPool;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).podsPerNode(10).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void cluster() {
    sim.reset();
    cluster = ElasticCluster.pro(sim);
    hybridPool = cluster.hybridPool("idc", 2);
    burstPool = cluster.createPool(ElasticCluster.burstPool("burst", 1, 3));
  }

  private void applyPolicy(String hybridUnitExtra) {
    String json = "{\"apiVersion\":\"scheduling.alibabacloud.com/v1alpha1\",\"kind\":\"ResourcePolicy\","
        + "\"metadata\":{\"name\":\"web\",\"namespace\":\"default\"},\"spec\":{\"selector\":{\"app\":\"web\"},"
        + "\"strategy\":\"prefer\",\"units\":[{\"resource\":\"ecs\"" + hybridUnitExtra + ",\"nodeSelector\":"
        + "{\"alibabacloud.com/nodepool-id\":\"" + hybridPool + "\"}},{\"resource\":\"ecs\",\"nodeSelector\":"
        + "{\"alibabacloud.com/nodepool-id\":\"" + burstPool + "\"},\"podLabels\":"
        + "{\"k8s.aliyun.com/resource-policy-wait-for-ecs-scaling\":\"true\"}},{\"resource\":\"eci\"}]}}";
    try (KubeClient kube = KubeClient.create(Kubeconfig.parse(cluster.kubeconfig()))) {
      kube.apply(ResourceKind.RESOURCE_POLICY, (ObjectNode) Json.mapper().readTree(json));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JsonNode burst() {
    return cluster.pool(burstPool);
  }

  @Test
  void demandBeyondTheHybridServersBurstsWithinMaxAndFallsBackInReverseOrder() {
    applyPolicy("");
    SignedCall.Reply config = SignedCall.ack(sim, "CreateAutoscalingConfig", "POST",
        "/cluster/" + cluster.id + "/autoscale/config/").json("{\"unneeded_duration\":\"15\"}").call();
    assertEquals(200, config.status(), config.body());

    WorkloadPlacement first = sim.demand(cluster.id, "default", WEB, 35);
    JsonNode scaling = burst();
    sim.clock().advance(Duration.ofSeconds(90));
    JsonNode scaled = burst();
    WorkloadPlacement afterScaleOut = sim.placement(cluster.id, "default", WEB);

    assertEquals(new WorkloadPlacement(35, 30, 5, Map.of(hybridPool, 20, burstPool, 10)), first);
    assertEquals("scaling", scaling.at("/status/state").asText());
    assertEquals(2, scaling.at("/status/total_nodes").asInt());
    assertEquals(1, scaling.at("/status/healthy_nodes").asInt());
    assertEquals("active", scaled.at("/status/state").asText());
    assertEquals(2, scaled.at("/status/healthy_nodes").asInt());
    assertEquals(new WorkloadPlacement(35, 35, 0, Map.of(hybridPool, 20, burstPool, 15)), afterScaleOut);

    sim.demand(cluster.id, "default", WEB, 60);
    sim.clock().advance(Duration.ofMinutes(5));
    WorkloadPlacement atMax = sim.placement(cluster.id, "default", WEB);

    assertEquals(new WorkloadPlacement(60, 50, 10, Map.of(hybridPool, 20, burstPool, 30)), atMax);
    assertEquals(3, burst().at("/status/total_nodes").asInt(), "never beyond max_instances");
    assertEquals("active", burst().at("/status/state").asText());

    WorkloadPlacement fallen = sim.demand(cluster.id, "default", WEB, 15);
    assertEquals(new WorkloadPlacement(15, 15, 0, Map.of(hybridPool, 15)), fallen, "the burst pool empties first");
    sim.clock().advance(Duration.ofMinutes(14));
    assertEquals(3, burst().at("/status/total_nodes").asInt(), "empty nodes stay for the scale-in delay");
    sim.clock().advance(Duration.ofMinutes(2));
    JsonNode scaledIn = burst();
    assertEquals(1, scaledIn.at("/status/total_nodes").asInt(), "never below min_instances");
    assertEquals(1, scaledIn.at("/scaling_group/desired_size").asInt());
    assertEquals(1, sim.nodes(cluster.id).stream().filter(n -> n.path("nodepool_id").asText().equals(burstPool))
        .count());
  }

  @Test
  void aUnitMaxCapsTheHybridPoolAndNewNodesCarryThePoolLabels() {
    applyPolicy(",\"max\":12");

    WorkloadPlacement placed = sim.demand(cluster.id, "default", WEB, 30);
    sim.clock().advance(Duration.ofSeconds(90));

    assertEquals(new WorkloadPlacement(30, 22, 8, Map.of(hybridPool, 12, burstPool, 10)), placed);
    assertEquals(new WorkloadPlacement(30, 30, 0, Map.of(hybridPool, 12, burstPool, 18)),
        sim.placement(cluster.id, "default", WEB));
    JsonNode newest = sim.nodes(cluster.id).get(sim.nodes(cluster.id).size() - 1);
    assertEquals(burstPool, newest.at("/labels/alibabacloud.com~1nodepool-id").asText());
    assertEquals("Ready", newest.path("node_status").asText());
  }

  @Test
  void withoutAPolicyPodsAvoidTheHybridTaintAndDemandIsReplacedOrRemoved() {
    WorkloadPlacement placed = sim.demand(cluster.id, "default", WEB, 15);
    WorkloadPlacement replaced = sim.demand(cluster.id, "default", WEB, 12);
    WorkloadPlacement removed = sim.demand(cluster.id, "default", WEB, 0);

    assertEquals(15, placed.running());
    assertTrue(!placed.podsByNodePool().containsKey(hybridPool), placed.toString());
    assertEquals(5, placed.podsByNodePool().get(burstPool), "the system node first: " + placed);
    assertEquals(12, replaced.replicas());
    assertEquals(12, replaced.running());
    assertEquals(new WorkloadPlacement(0, 0, 0, Map.of()), removed);
    assertEquals(new WorkloadPlacement(0, 0, 0, Map.of()), sim.placement(cluster.id, "default", WEB));
  }

  @Test
  void demandIsCheckedBeforeAnythingChanges() {
    assertThrows(ValidationException.class, () -> sim.demand(cluster.id, "default", WEB, -1));
    assertThrows(ValidationException.class, () -> sim.demand(cluster.id, " ", WEB, 1));
    assertThrows(IllegalStateException.class, () -> sim.demand("c-none", "default", WEB, 1));
    assertEquals("3 replicas: 2 running {np-a=2}, 1 pending",
        new WorkloadPlacement(3, 2, 1, Map.of("np-a", 2)).toString());
  }
}
