package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hybrid cloud node pools over HTTP with a stopped clock: prerequisites, attach scripts, servers joining. */
class HybridNodePoolsTest {
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
  void clean() {
    sim.reset();
  }

  private static String createCluster(ObjectNode body) {
    SignedCall.Reply reply = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(body.toString()).call();
    assertEquals(200, reply.status(), reply.body());
    sim.clock().advance(Duration.ofMinutes(10));
    return reply.text("cluster_id");
  }

  /** A Pro 1.33 cluster with Terway Hybrid and one running ECS node: everything a hybrid pool needs. */
  private void readyCluster() {
    clusterId = createCluster(AckClustersTest.pro("hybrid"));
    SignedCall.Reply install = SignedCall.ack(sim, "InstallClusterAddons", "POST",
        "/clusters/" + clusterId + "/components/install")
        .json("[{\"name\":\"terway-hybrid-controlplane\"},{\"name\":\"terway-hybrid\"}]").call();
    assertEquals(200, install.status(), install.body());
    sim.clock().advance(Duration.ofMinutes(2));
    assertEquals(200, createPool(NodePoolsTest.ecsPool("system", 1)).status());
    sim.clock().advance(Duration.ofMinutes(1));
  }

  private static ObjectNode hybridPool(String name) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putObject("nodepool_info").put("name", name).put("type", "hybrid");
    body.putObject("kubernetes_config").putArray("labels").addObject().put("key", "workload").put("value", "training");
    ((ObjectNode) body.get("kubernetes_config")).putArray("taints").addObject().put("key", "gpu").put("value", "true")
        .put("effect", "NoSchedule");
    return body;
  }

  private SignedCall.Reply createPool(JsonNode body) {
    return SignedCall.ack(sim, "CreateClusterNodePool", "POST", "/clusters/" + clusterId + "/nodepools")
        .json(body.toString()).call();
  }

  private String activeHybridPool() {
    readyCluster();
    SignedCall.Reply reply = createPool(hybridPool("idc-gpu"));
    assertEquals(200, reply.status(), reply.body());
    sim.clock().advance(Duration.ofMinutes(1));
    return reply.text("nodepool_id");
  }

  private SignedCall.Reply attachScript(String body) {
    return SignedCall.ack(sim, "DescribeClusterAttachScripts", "POST", "/clusters/" + clusterId + "/attachscript")
        .json(body).call();
  }

  private JsonNode pool(String poolId) {
    return SignedCall.ack(sim, "DescribeClusterNodePoolDetail", "GET", "/clusters/" + clusterId + "/nodepools/" + poolId)
        .call().json();
  }

  @Test
  void aBasicOldClusterWithoutTerwayHybridOrEcsNodesIsRefusedWithEveryReason() {
    ObjectNode basic = AckClustersTest.pro("basic");
    basic.put("cluster_spec", "ack.standard");
    basic.put("kubernetes_version", "1.32.7-aliyun.1");
    clusterId = createCluster(basic);

    SignedCall.Reply reply = createPool(hybridPool("idc"));

    assertEquals(400, reply.status());
    assertEquals("ErrorHybridNodePoolPrerequisites", reply.text("code"));
    String message = reply.text("message");
    assertTrue(message.contains("not an ACK managed Pro cluster"), message);
    assertTrue(message.contains("1.32.7-aliyun.1") && message.contains("1.33 or later"), message);
    assertTrue(message.contains("terway-hybrid-controlplane add-on"), message);
    assertTrue(message.contains("terway-hybrid add-on"), message);
    assertTrue(message.contains("no running ECS node"), message);
    assertEquals(reply.requestIdHeader(), reply.text("requestId"));
    assertTrue(sim.nodePools(clusterId).isEmpty());
  }

  @Test
  void aProClusterMissingOnlyTheEcsNodeIsRefusedForThatAlone() {
    clusterId = createCluster(AckClustersTest.pro("almost"));
    SignedCall.ack(sim, "InstallClusterAddons", "POST", "/clusters/" + clusterId + "/components/install")
        .json("[{\"name\":\"terway-hybrid-controlplane\"},{\"name\":\"terway-hybrid\"}]").call();

    String whileInstalling = createPool(hybridPool("idc")).text("message");
    sim.clock().advance(Duration.ofMinutes(2));
    String message = createPool(hybridPool("idc")).text("message");

    assertTrue(whileInstalling.contains("still being installed"), whileInstalling);
    assertTrue(message.contains("no running ECS node"), message);
    assertFalse(message.contains("Pro"), message);
    assertFalse(message.contains("add-on"), message);
  }

  @Test
  void aHybridPoolCarriesTheDefaultLabelAndTaintAndCannotBeScaled() {
    String poolId = activeHybridPool();
    String path = "/clusters/" + clusterId + "/nodepools/" + poolId;

    JsonNode pool = pool(poolId);

    assertEquals("hybrid", pool.path("nodepool_info").path("type").asText());
    assertEquals("active", pool.path("status").path("state").asText());
    assertEquals(0, pool.path("status").path("total_nodes").asInt());
    String labels = pool.path("kubernetes_config").path("labels").toString();
    assertTrue(labels.contains("{\"key\":\"alibabacloud.com/nodepool-type\",\"value\":\"hybridcloud\"}"), labels);
    assertTrue(labels.contains("\"workload\""), labels);
    String taints = pool.path("kubernetes_config").path("taints").toString();
    assertTrue(taints.contains("{\"key\":\"nodepool-type\",\"value\":\"hybridcloud\",\"effect\":\"NoSchedule\"}"), taints);
    SignedCall.Reply scale = SignedCall.ack(sim, "ScaleClusterNodePool", "POST", path).json("{\"count\":1}").call();
    assertEquals(400, scale.status());
    assertEquals("ErrorNodePoolNotSupportScale", scale.text("code"));
    assertTrue(scale.text("message").contains("DescribeClusterAttachScripts"), scale.body());
    SignedCall.Reply attach = SignedCall.ack(sim, "AttachInstancesToNodePool", "POST", path + "/attach")
        .json("{\"instances\":[\"i-bp1x\"]}").call();
    assertEquals("InvalidParameter", attach.text("code"));
    SignedCall.Reply relabel = SignedCall.ack(sim, "ModifyClusterNodePool", "PUT", path)
        .json("{\"kubernetes_config\":{\"labels\":[],\"taints\":[]}}").call();
    assertEquals(200, relabel.status(), relabel.body());
    assertTrue(pool(poolId).path("kubernetes_config").path("labels").toString().contains("hybridcloud"),
        "the default label survives a modify that drops it");
  }

  @Test
  void anAttachScriptIsAJsonStringWithACommandAndAFreshTokenEachTime() throws Exception {
    String poolId = activeHybridPool();

    SignedCall.Reply first = attachScript("{\"nodepool_id\":\"" + poolId + "\",\"arch\":\"arm64\","
        + "\"options\":\"{\\\"manageRuntime\\\":true,\\\"allowedClusterAddons\\\":[\\\"kube-proxy\\\",\\\"coredns\\\"]}\"}");
    SignedCall.Reply second = attachScript("{\"nodepool_id\":\"" + poolId + "\"}");

    assertEquals(200, first.status(), first.body());
    assertTrue(first.body().startsWith("\""), "a JSON string literal");
    String script = Json.mapper().readTree(first.body()).asText();
    assertTrue(script.startsWith("curl "), script);
    assertTrue(script.contains("attach_node.sh | bash -s --"), script);
    assertTrue(script.contains("--cluster-id " + clusterId) && script.contains("--nodepool-id " + poolId), script);
    assertTrue(script.contains("--arch arm64") && script.contains("--manage-runtime true"), script);
    assertTrue(script.contains("--addon-names kube-proxy,coredns"), script);
    assertTrue(script.matches(".*--openapi-token [A-Za-z0-9]{32} .*"), script);
    assertFalse(script.equals(Json.mapper().readTree(second.body()).asText()), "each call mints a token");
    assertEquals("InvalidParameter", attachScript("{\"nodepool_id\":\"" + poolId + "\",\"arch\":\"sparc\"}").text("code"));
    assertEquals("InvalidParameter", attachScript("{\"nodepool_id\":\"" + poolId + "\",\"options\":\"{nope\"}").text("code"));
    assertEquals("ErrorNodePoolNotFound", attachScript("{\"nodepool_id\":\"np404\"}").text("code"));
  }

  @Test
  void serversRunningTheScriptJoinAsNonAlibabaNodesThatBecomeReadyWithThePoolsLabelsAndTaints() {
    String poolId = activeHybridPool();
    String script = attachScript("{\"nodepool_id\":\"" + poolId + "\"}").body();

    String name = sim.runAttachScript(script, "idc-host-1", "10.10.0.11");
    sim.runAttachScript(script, "idc-host-2", "10.10.0.12");

    assertEquals("idc-host-1", name);
    ObjectNode joining = node("idc-host-1");
    assertFalse(joining.path("is_aliyun_node").asBoolean());
    assertEquals("pending", joining.path("state").asText());
    assertEquals("NotReady", joining.path("node_status").asText());
    assertEquals("10.10.0.11", joining.path("ip_address").path(0).asText());
    assertEquals(2, pool(poolId).path("status").path("initial_nodes").asInt());
    sim.clock().advance(Duration.ofSeconds(30));
    ObjectNode ready = node("idc-host-1");
    assertEquals("running", ready.path("state").asText());
    assertEquals("Ready", ready.path("node_status").asText());
    assertEquals("hybridcloud", ready.path("labels").path("alibabacloud.com/nodepool-type").asText());
    assertEquals("training", ready.path("labels").path("workload").asText());
    assertEquals(poolId, ready.path("labels").path("alibabacloud.com/nodepool-id").asText());
    String taints = ready.path("taints").toString();
    assertTrue(taints.contains("{\"key\":\"nodepool-type\",\"value\":\"hybridcloud\",\"effect\":\"NoSchedule\"}"), taints);
    assertTrue(taints.contains("\"gpu\""), taints);
    JsonNode status = pool(poolId).path("status");
    assertEquals(2, status.path("total_nodes").asInt());
    assertEquals(2, status.path("serving_nodes").asInt());
    JsonNode wire = SignedCall.ack(sim, "DescribeClusterNodes", "GET", "/clusters/" + clusterId + "/nodes")
        .query("nodepool_id", poolId).call().json();
    assertEquals(2, wire.path("page").path("total_count").asInt());
    assertFalse(wire.path("nodes").path(0).path("is_aliyun_node").asBoolean());
    assertFalse(wire.path("nodes").path(0).has("labels"), "DescribeClusterNodes has no labels field");
  }

  @Test
  void anExpiredTokenIsRefused() {
    String poolId = activeHybridPool();
    long expires = Instant.now().plus(Duration.ofHours(2)).getEpochSecond();
    String script = attachScript("{\"nodepool_id\":\"" + poolId + "\",\"expired\":" + expires + "}").body();
    sim.runAttachScript(script, "early", "10.0.0.1");

    sim.clock().advance(Duration.ofHours(2));

    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> sim.runAttachScript(script, "late", "10.0.0.2"));
    assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
    assertTrue(sim.nodes(clusterId).stream().noneMatch(n -> n.path("node_name").asText().equals("late")));
    long past = Instant.now().minus(Duration.ofDays(1)).getEpochSecond();
    assertEquals("InvalidParameter", attachScript("{\"nodepool_id\":\"" + poolId + "\",\"expired\":" + past + "}")
        .text("code"));
  }

  @Test
  void aOneTimeTokenServesOneJoin() {
    String poolId = activeHybridPool();
    String script = attachScript("{\"nodepool_id\":\"" + poolId + "\",\"one_time_token\":true}").body();
    sim.runAttachScript(script, "first", "10.0.0.1");

    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> sim.runAttachScript(script, "second", "10.0.0.2"));

    assertTrue(refused.getMessage().contains("one-time token was already used by first"), refused.getMessage());
    assertEquals(1, sim.nodes(clusterId).stream().filter(n -> !n.path("is_aliyun_node").asBoolean()).count());
    assertThrows(IllegalArgumentException.class, () -> sim.runAttachScript("echo hello", "x", "10.0.0.3"));
  }

  @Test
  void theNodeNameOverrideOptionNamesTheNode() {
    String poolId = activeHybridPool();
    String script = attachScript("{\"nodepool_id\":\"" + poolId + "\",\"options\":\"{\\\"nodeNameOverride\\\":\\\"*.idc\\\"}\"}")
        .body();

    String name = sim.runAttachScript(script, "host-a", "10.0.0.1");

    assertTrue(name.matches("[0-9a-f]{6}\\.idc"), name);
  }

  @Test
  void aJoinedServerIsRemovedByNodeNameThenThePoolIsDeleted() {
    String poolId = activeHybridPool();
    String script = attachScript("{\"nodepool_id\":\"" + poolId + "\"}").body();
    for (int i = 1; i <= 3; i++) {
      sim.runAttachScript(script, "idc-" + i, "10.0.0." + i);
    }
    sim.clock().advance(Duration.ofSeconds(30));
    String path = "/clusters/" + clusterId + "/nodepools/" + poolId;

    SignedCall.Reply removed = SignedCall.ack(sim, "RemoveNodePoolNodes", "DELETE", path + "/nodes")
        .query("drain_node", "true").query("nodes", "[\"idc-2\"]").call();
    sim.clock().advance(Duration.ofMinutes(2));
    SignedCall.Reply deleted = SignedCall.ack(sim, "DeleteClusterNodepool", "DELETE", path).query("force", "true").call();

    assertEquals(200, removed.status(), removed.body());
    assertEquals(200, deleted.status(), deleted.body());
    IllegalStateException refused = assertThrows(IllegalStateException.class,
        () -> sim.runAttachScript(script, "idc-9", "10.0.0.9"));
    assertTrue(refused.getMessage().contains("deleting"), refused.getMessage());
    sim.clock().advance(Duration.ofMinutes(2));
    List<ObjectNode> left = sim.nodes(clusterId);
    assertEquals(1, left.size(), "only the ECS system node stays");
    assertTrue(left.get(0).path("is_aliyun_node").asBoolean());
    assertEquals(1, sim.nodePools(clusterId).size());
  }

  @Test
  void anOldFlannelIsAnotherReason() {
    ObjectNode body = AckClustersTest.pro("flannel");
    body.putArray("addons").addObject().put("name", "flannel").put("version", "v0.14.1.9-aliyun");
    clusterId = createCluster(body);

    String message = createPool(hybridPool("idc")).text("message");

    assertTrue(message.contains("Flannel v0.14.1.9-aliyun") && message.contains("v0.15.1.23 or later"), message);
  }

  @Test
  void theTerwayHybridModeIsCheckedKeptAndFixedAtCreation() {
    readyCluster();
    ObjectNode bad = hybridPool("idc-bad");
    bad.putObject("hybrid_config").put("network_mode", "tunnel");
    ObjectNode underlay = hybridPool("idc-l2");
    underlay.putObject("hybrid_config").put("network_mode", "underlay");

    SignedCall.Reply refused = createPool(bad);
    SignedCall.Reply created = createPool(underlay);
    String poolId = created.text("nodepool_id");
    sim.clock().advance(Duration.ofMinutes(1));
    JsonNode before = pool(poolId);
    SignedCall.Reply rename = SignedCall.ack(sim, "ModifyClusterNodePool", "PUT",
        "/clusters/" + clusterId + "/nodepools/" + poolId)
        .json("{\"nodepool_info\":{\"name\":\"idc-renamed\",\"created\":\"2001-01-01T00:00:00+08:00\",\"is_default\":true},"
            + "\"hybrid_config\":{\"network_mode\":\"underlay\"}}").call();
    sim.clock().advance(Duration.ofMinutes(1));
    SignedCall.Reply switched = SignedCall.ack(sim, "ModifyClusterNodePool", "PUT",
        "/clusters/" + clusterId + "/nodepools/" + poolId).json("{\"hybrid_config\":{\"network_mode\":\"overlay\"}}").call();

    assertEquals("InvalidParameter", refused.text("code"));
    assertTrue(refused.text("message").contains("underlay or overlay"), refused.body());
    assertEquals(200, created.status(), created.body());
    assertEquals("underlay", before.path("hybrid_config").path("network_mode").asText());
    assertEquals(200, rename.status(), rename.body());
    JsonNode after = pool(poolId);
    assertEquals("idc-renamed", after.path("nodepool_info").path("name").asText());
    assertEquals(before.path("nodepool_info").path("created"), after.path("nodepool_info").path("created"),
        "read-only fields echoed back do not change");
    assertFalse(after.path("nodepool_info").path("is_default").asBoolean());
    assertEquals("InvalidParameter", switched.text("code"));
  }

  @Test
  void theScriptCarriesItsExpiry() throws Exception {
    String poolId = activeHybridPool();
    long expires = Instant.now().plus(Duration.ofHours(3)).getEpochSecond();

    String script = Json.mapper().readTree(
        attachScript("{\"nodepool_id\":\"" + poolId + "\",\"expired\":" + expires + "}").body()).asText();

    assertTrue(script.contains(" --expired " + expires + " "), script);
  }

  private ObjectNode node(String name) {
    return sim.nodes(clusterId).stream().filter(n -> n.path("node_name").asText().equals(name)).findFirst()
        .orElseThrow();
  }
}
