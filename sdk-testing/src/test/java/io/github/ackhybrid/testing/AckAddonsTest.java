package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.internal.Json;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** InstallClusterAddons and the add-on read side, over HTTP with a stopped clock. */
class AckAddonsTest {
  private static final String HYBRID_CONFIG =
      "{\\\"HybridPodCIDR\\\":\\\"10.100.0.0/16\\\",\\\"NodeCIDRMaskSize\\\":24,\\\"EnableSNAT\\\":true}";

  private static CloudSimulator sim;
  private String clusterId;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void runningProCluster() {
    sim.reset();
    clusterId = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.pro("addons").toString()).call().text("cluster_id");
    sim.clock().advance(Duration.ofMinutes(10));
  }

  private SignedCall.Reply install(String body) {
    return SignedCall.ack(sim, "InstallClusterAddons", "POST", "/clusters/" + clusterId + "/components/install")
        .json(body).call();
  }

  private JsonNode list() {
    return SignedCall.ack(sim, "ListClusterAddonInstances", "GET", "/clusters/" + clusterId + "/addon_instances")
        .call().json();
  }

  private SignedCall.Reply get(String name) {
    return SignedCall.ack(sim, "GetClusterAddonInstance", "GET",
        "/clusters/" + clusterId + "/addon_instances/" + name).call();
  }

  @Test
  void installingTheHybridNetworkingAddonsRunsATaskThenTheyAreActive() throws Exception {
    SignedCall.Reply reply = install("[{\"name\":\"terway-hybrid-controlplane\",\"config\":\"" + HYBRID_CONFIG + "\"},"
        + "{\"name\":\"terway-hybrid\"},{\"name\":\"node-local-dns\",\"version\":\"1.5.9\"}]");

    assertEquals(200, reply.status(), reply.body());
    String taskId = reply.text("task_id");
    assertEquals(reply.requestIdHeader(), reply.text("request_id"));
    assertEquals("updating", get("terway-hybrid").text("state"));

    sim.clock().advance(Duration.ofMinutes(2));

    JsonNode task = SignedCall.ack(sim, "DescribeTaskInfo", "GET", "/tasks/" + taskId).call().json();
    assertEquals("success", task.path("state").asText());
    assertEquals("addon_install", task.path("task_type").asText());
    JsonNode addons = list().path("addons");
    assertEquals(4, addons.size(), addons.toString());
    addons.forEach(addon -> assertEquals("active", addon.path("state").asText(), addon.toString()));
    JsonNode controlPlane = get("terway-hybrid-controlplane").json();
    assertEquals("active", controlPlane.path("state").asText());
    assertEquals("10.100.0.0/16", Json.mapper().readTree(controlPlane.path("config").asText()).path("HybridPodCIDR").asText());
    JsonNode meta = Json.mapper().readTree(sim.cluster(clusterId).orElseThrow().path("meta_data").asText());
    assertEquals(4, meta.path("Addons").size());
  }

  @Test
  void theDataPlaneNeedsTheControlPlane() {
    SignedCall.Reply reply = install("[{\"name\":\"terway-hybrid\"}]");

    assertEquals(400, reply.status());
    assertEquals("InvalidParameter", reply.text("code"));
    assertTrue(reply.text("message").contains("terway-hybrid-controlplane"));
  }

  @Test
  void aHybridPodBlockOverlappingTheClusterBlocksIsRefused() {
    // The cluster uses 10.0.0.0/16 for pods and 172.21.0.0/20 for Services.
    for (String block : new String[] {"10.0.128.0/17", "172.16.0.0/12"}) {
      SignedCall.Reply reply = install("[{\"name\":\"terway-hybrid-controlplane\",\"config\":"
          + "\"{\\\"HybridPodCIDR\\\":\\\"" + block + "\\\"}\"}]");
      assertEquals(400, reply.status(), reply.body());
      assertEquals("InvalidParameter", reply.text("code"));
    }
    SignedCall.Reply malformed = install("[{\"name\":\"terway-hybrid-controlplane\",\"config\":"
        + "\"{\\\"HybridPodCIDR\\\":\\\"10.300.0.0/16\\\"}\"}]");
    assertEquals(400, malformed.status(), malformed.body());
    list().path("addons").forEach(a -> assertFalse(a.path("name").asText().equals("terway-hybrid-controlplane")));
  }

  @Test
  void badBodiesAreRefused() {
    assertEquals(400, install("{\"name\":\"csi-plugin\"}").status(), "the body is an array");
    assertEquals(400, install("[]").status());
    assertEquals(400, install("[{\"name\":\"not-an-addon\"}]").status());
    SignedCall.Reply objectConfig = install("[{\"name\":\"csi-plugin\",\"config\":{\"a\":1}}]");
    assertEquals(400, objectConfig.status());
    assertTrue(objectConfig.text("message").contains("config"));
    assertEquals(400, install("[{\"name\":\"csi-plugin\",\"config\":\"not json\"}]").status());
  }

  @Test
  void addonsNeedARunningCluster() {
    String fresh = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.pro("fresh").toString()).call().text("cluster_id");

    SignedCall.Reply reply = SignedCall.ack(sim, "InstallClusterAddons", "POST", "/clusters/" + fresh + "/components/install")
        .json("[{\"name\":\"csi-plugin\"}]").call();

    assertEquals(400, reply.status());
    assertEquals("ErrorClusterState", reply.text("code"));
  }

  @Test
  void aFailedInstallTakesTheNewAddonsAway() {
    sim.failNextTask("addon_install", "InternalError", "install failed");

    install("[{\"name\":\"csi-plugin\"}]");
    sim.clock().advance(Duration.ofMinutes(2));

    assertEquals(404, get("csi-plugin").status());
    assertEquals(1, list().path("addons").size(), "the network plugin from creation stays");
  }

  @Test
  void anAddonThatIsNotInstalledIsNotFound() {
    SignedCall.Reply reply = get("arms-prometheus");

    assertEquals(404, reply.status());
    assertEquals("AddonNotFound", reply.text("code"));
  }
}
