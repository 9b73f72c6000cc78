package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ECS node pools on a registered cluster: the prerequisites named when missing, and the external label. */
class RegisteredCloudPoolsTest {
  private static CloudSimulator sim;
  private String clusterId;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).manualAgentConnect().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void registered() {
    sim.reset();
    SignedCall.Reply created = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.registered("idc").toString()).call();
    assertEquals(200, created.status(), created.body());
    clusterId = created.text("cluster_id");
    sim.clock().advance(Duration.ofMinutes(1));
  }

  private SignedCall.Reply createPool() {
    return SignedCall.ack(sim, "CreateClusterNodePool", "POST", "/clusters/" + clusterId + "/nodepools")
        .json(ElasticCluster.burstPool("burst", 2, 5).toString()).call();
  }

  private void installCloudNodeController() {
    SignedCall.Reply install = SignedCall.ack(sim, "InstallClusterAddons", "POST",
        "/clusters/" + clusterId + "/components/install").json("[{\"name\":\"cloud-node-controller\"}]").call();
    assertEquals(200, install.status(), install.body());
    sim.clock().advance(Duration.ofMinutes(2));
  }

  @Test
  void aWaitingClusterWithoutTheControllerIsRefusedWithEveryReason() {
    SignedCall.Reply waiting = createPool();
    sim.connectAgent(clusterId);
    sim.disconnectAgent(clusterId);
    SignedCall.Reply disconnected = createPool();

    for (SignedCall.Reply reply : List.of(waiting, disconnected)) {
      assertEquals(400, reply.status());
      assertEquals("ErrorCloudNodePoolPrerequisites", reply.text("code"));
      String message = reply.text("message");
      assertTrue(message.contains("agent is not connected"), message);
      assertTrue(message.contains("cloud-node-controller add-on is not installed"), message);
    }
    assertTrue(waiting.text("message").contains("unknown version"), waiting.text("message"));
    assertFalse(disconnected.text("message").contains("Kubernetes"), "a connected agent reported 1.33.3");
  }

  @Test
  void aConnectedClusterWithoutTheControllerIsRefusedForThatAlone() {
    sim.connectAgent(clusterId);

    SignedCall.Reply reply = createPool();

    assertEquals(400, reply.status());
    assertEquals("ErrorCloudNodePoolPrerequisites", reply.text("code"));
    String message = reply.text("message");
    assertTrue(message.contains("cloud-node-controller add-on is not installed"), message);
    assertFalse(message.contains("agent"), message);
    assertFalse(message.contains("Kubernetes"), message);
    assertTrue(sim.nodePools(clusterId).isEmpty());
  }

  @Test
  void withThePrerequisitesTheCloudNodesJoinLabelledExternal() {
    sim.connectAgent(clusterId);
    installCloudNodeController();

    SignedCall.Reply reply = createPool();
    sim.clock().advance(Duration.ofMinutes(1));

    assertEquals(200, reply.status(), reply.body());
    List<JsonNode> nodes = List.copyOf(sim.nodes(clusterId));
    assertEquals(2, nodes.size(), "min_instances nodes");
    for (JsonNode node : nodes) {
      assertEquals("true", node.at("/labels/alibabacloud.com~1external").asText());
      assertEquals(clusterId, node.at("/labels/ack.aliyun.com").asText());
      assertEquals(node.path("instance_id").asText(), node.at("/labels/alibabacloud.com~1instance-id").asText());
      assertEquals("Ready", node.path("node_status").asText());
    }
  }
}
