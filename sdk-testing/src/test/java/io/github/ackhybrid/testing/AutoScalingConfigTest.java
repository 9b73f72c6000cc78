package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Node pool {@code auto_scaling} kept as sent, and CreateAutoscalingConfig checked and stored. */
class AutoScalingConfigTest {
  private static CloudSimulator sim;
  private ElasticCluster cluster;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void cluster() {
    sim.reset();
    cluster = ElasticCluster.pro(sim);
  }

  private SignedCall.Reply modify(String poolId, String json) {
    return SignedCall.ack(sim, "ModifyClusterNodePool", "PUT", "/clusters/" + cluster.id + "/nodepools/" + poolId)
        .json(json).call();
  }

  private SignedCall.Reply configure(String clusterId, String json) {
    return SignedCall.ack(sim, "CreateAutoscalingConfig", "POST", "/cluster/" + clusterId + "/autoscale/config/")
        .json(json).call();
  }

  @Test
  void autoScalingIsKeptAsSentAndDesiredSizeIgnoredWhileOn() {
    ObjectNode body = ElasticCluster.burstPool("burst", 1, 5);
    body.withObject("scaling_group").put("desired_size", 4);
    ((ObjectNode) body.get("auto_scaling")).put("is_bond_eip", false);

    String poolId = cluster.createPool(body);
    JsonNode created = cluster.pool(poolId);
    SignedCall.Reply modified = modify(poolId, "{\"auto_scaling\":{\"enable\":true,\"max_instances\":8},"
        + "\"scaling_group\":{\"desired_size\":6}}");
    sim.clock().advance(Duration.ofMinutes(1));
    JsonNode after = cluster.pool(poolId);

    assertEquals(body.get("auto_scaling"), created.get("auto_scaling"));
    assertEquals(1, created.at("/status/total_nodes").asInt(), "min_instances nodes, not desired_size");
    assertEquals(200, modified.status(), modified.body());
    assertEquals(8, after.at("/auto_scaling/max_instances").asInt());
    assertEquals(1, after.at("/auto_scaling/min_instances").asInt());
    assertEquals("cpu", after.at("/auto_scaling/type").asText());
    assertEquals(1, after.at("/status/total_nodes").asInt());
    JsonNode listed = SignedCall.ack(sim, "DescribeClusterNodePools", "GET", "/clusters/" + cluster.id + "/nodepools")
        .call().json().at("/nodepools/1/auto_scaling");
    assertEquals(after.get("auto_scaling"), listed);
  }

  @Test
  void autoScalingOutOfRangeOrOnAHybridPoolIsRefused() {
    SignedCall.Reply minAboveMax = cluster.createPoolCall(ElasticCluster.burstPool("burst", 6, 5));
    SignedCall.Reply tooMany = cluster.createPoolCall(ElasticCluster.burstPool("burst", 0, 2001));
    String hybrid = cluster.hybridPool("idc", 0);
    SignedCall.Reply enableOnHybrid = modify(hybrid, "{\"auto_scaling\":{\"enable\":true,\"max_instances\":3}}");

    assertEquals(400, minAboveMax.status());
    assertEquals("InvalidParameter", minAboveMax.text("code"));
    assertTrue(minAboveMax.text("message").contains("min_instances (6)"), minAboveMax.body());
    assertEquals(400, tooMany.status());
    assertTrue(tooMany.text("message").contains("at most 2000"), tooMany.body());
    assertEquals(400, enableOnHybrid.status());
    assertTrue(enableOnHybrid.text("message").contains("hybrid"), enableOnHybrid.body());
  }

  @Test
  void theAutoscalerConfigurationIsStoredAsSent() {
    String body = "{\"scan_interval\":\"30\",\"scale_down_enabled\":true,\"utilization_threshold\":\"0.5\","
        + "\"cool_down_duration\":\"10m\",\"unneeded_duration\":\"15\",\"expander\":\"priority\","
        + "\"priorities\":{\"10\":[\"asg-1\"]},\"scaler_type\":\"goatscaler\"}";

    SignedCall.Reply reply = configure(cluster.id, body);

    assertEquals(200, reply.status(), reply.body());
    assertEquals(cluster.id, reply.text("cluster_id"));
    assertTrue(reply.text("task_id").startsWith("T-"));
    assertEquals("goatscaler", sim.autoscalerConfig(cluster.id).orElseThrow().path("scaler_type").asText());
    assertEquals("15", sim.autoscalerConfig(cluster.id).orElseThrow().path("unneeded_duration").asText());
    assertEquals(1, sim.requests("CreateAutoscalingConfig").size());
    assertTrue(configure(cluster.id, "{\"scaler_type\":\"cluster-autoscaler\"}").status() == 200);
    assertEquals("{\"scaler_type\":\"cluster-autoscaler\"}", sim.autoscalerConfig(cluster.id).orElseThrow().toString());
  }

  @Test
  void autoscalerSettingsOutOfTheDocumentedRangesAreRefused() {
    for (String bad : new String[] {"{\"scan_interval\":\"45\"}", "{\"unneeded_duration\":\"61\"}",
        "{\"cool_down_duration\":\"0m\"}", "{\"utilization_threshold\":\"0.05\"}", "{\"expander\":\"most-pods\"}",
        "{\"scaler_type\":\"karpenter\"}", "{\"priorities\":{\"101\":[\"asg-1\"]}}"}) {
      SignedCall.Reply reply = configure(cluster.id, bad);

      assertEquals(400, reply.status(), bad);
      assertEquals("InvalidParameter", reply.text("code"), bad);
    }
    assertTrue(sim.autoscalerConfig(cluster.id).isEmpty());
    assertEquals(404, configure("c-none", "{}").status());
  }
}
