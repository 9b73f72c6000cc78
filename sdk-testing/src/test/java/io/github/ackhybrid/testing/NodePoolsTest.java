package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** ECS node pools over HTTP with a stopped clock: lifecycle, counters, scaling, nodes, removal. */
class NodePoolsTest {
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
  void runningCluster() {
    sim.reset();
    clusterId = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.pro("pools").toString()).call().text("cluster_id");
    sim.clock().advance(Duration.ofMinutes(10));
  }

  static ObjectNode ecsPool(String name, int desired) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putObject("nodepool_info").put("name", name).put("type", "ess");
    ObjectNode group = body.putObject("scaling_group");
    group.putArray("vswitch_ids").add("vsw-bp1a");
    group.putArray("instance_types").add("ecs.g7.xlarge");
    group.put("desired_size", desired);
    group.put("key_pair", "ops");
    group.put("login_password", "Sup3r-Secret!");
    ObjectNode kubernetes = body.putObject("kubernetes_config");
    kubernetes.putArray("labels").addObject().put("key", "team").put("value", "payments");
    kubernetes.putArray("taints").addObject().put("key", "dedicated").put("value", "payments").put("effect", "NoSchedule");
    return body;
  }

  private SignedCall.Reply create(JsonNode body) {
    return SignedCall.ack(sim, "CreateClusterNodePool", "POST", "/clusters/" + clusterId + "/nodepools")
        .json(body.toString()).call();
  }

  private SignedCall.Reply detail(String poolId) {
    return SignedCall.ack(sim, "DescribeClusterNodePoolDetail", "GET", "/clusters/" + clusterId + "/nodepools/" + poolId)
        .call();
  }

  private JsonNode status(String poolId) {
    SignedCall.Reply reply = detail(poolId);
    assertEquals(200, reply.status(), reply.body());
    return reply.json().path("status");
  }

  private JsonNode task(String taskId) {
    return SignedCall.ack(sim, "DescribeTaskInfo", "GET", "/tasks/" + taskId).call().json();
  }

  private SignedCall.Reply nodes(String... query) {
    SignedCall call = SignedCall.ack(sim, "DescribeClusterNodes", "GET", "/clusters/" + clusterId + "/nodes");
    for (int i = 0; i < query.length; i += 2) {
      call.query(query[i], query[i + 1]);
    }
    return call.call();
  }

  private String createdPool(int desired) {
    SignedCall.Reply reply = create(ecsPool("np-app", desired));
    assertEquals(200, reply.status(), reply.body());
    sim.clock().advance(Duration.ofMinutes(1));
    return reply.text("nodepool_id");
  }

  @Test
  void anEcsPoolStartsInitialWithPendingNodesThenIsActiveWithReadyCloudNodes() {
    SignedCall.Reply reply = create(ecsPool("np-app", 2));

    assertEquals(200, reply.status(), reply.body());
    String poolId = reply.text("nodepool_id");
    assertTrue(poolId.matches("np[0-9a-f]{32}"), poolId);
    assertEquals(reply.requestIdHeader(), reply.text("request_id"));
    sim.clock().advance(Duration.ofSeconds(2));
    JsonNode creating = status(poolId);
    assertEquals("initial", creating.path("state").asText());
    assertEquals(2, creating.path("total_nodes").asInt());
    assertEquals(2, creating.path("initial_nodes").asInt());
    assertEquals(0, creating.path("serving_nodes").asInt());

    sim.clock().advance(Duration.ofMinutes(1));

    JsonNode pool = detail(poolId).json();
    JsonNode active = pool.path("status");
    assertEquals("active", active.path("state").asText());
    assertEquals(2, active.path("total_nodes").asInt());
    assertEquals(2, active.path("serving_nodes").asInt());
    assertEquals(2, active.path("healthy_nodes").asInt());
    assertEquals(0, active.path("initial_nodes").asInt());
    assertEquals(0, active.path("failed_nodes").asInt());
    assertEquals(0, active.path("offline_nodes").asInt());
    assertEquals(0, active.path("removing_nodes").asInt());
    assertEquals("success", task(reply.text("task_id")).path("state").asText());
    assertEquals("np-app", pool.path("nodepool_info").path("name").asText());
    assertEquals("ess", pool.path("nodepool_info").path("type").asText());
    assertEquals("cn-hangzhou", pool.path("nodepool_info").path("region_id").asText());
    assertTrue(pool.path("scaling_group").path("scaling_group_id").asText().startsWith("asg-"));
    assertFalse(pool.path("scaling_group").has("login_password"), "the password must not be echoed");
    assertFalse(detail(poolId).body().contains("Sup3r-Secret!"));
    assertEquals("payments", pool.path("kubernetes_config").path("labels").path(0).path("value").asText());
    JsonNode listed = nodes().json().path("nodes");
    assertEquals(2, listed.size());
    for (JsonNode node : listed) {
      assertTrue(node.path("is_aliyun_node").asBoolean());
      assertEquals("running", node.path("state").asText());
      assertEquals("Ready", node.path("node_status").asText());
      assertEquals(poolId, node.path("nodepool_id").asText());
      assertTrue(node.path("instance_id").asText().startsWith("i-"));
      assertEquals("ecs.g7.xlarge", node.path("instance_type").asText());
    }
  }

  @Test
  void theDetailIsNotFoundForTheFirstSecondsAfterCreationButTheListShowsThePool() {
    SignedCall.Reply reply = create(ecsPool("np-app", 0));
    String poolId = reply.text("nodepool_id");

    SignedCall.Reply early = detail(poolId);

    assertEquals(404, early.status());
    assertEquals("ErrorNodePoolNotFound", early.text("code"));
    assertEquals(early.requestIdHeader(), early.text("requestId"));
    JsonNode listed = SignedCall.ack(sim, "DescribeClusterNodePools", "GET", "/clusters/" + clusterId + "/nodepools")
        .call().json().path("nodepools");
    assertEquals(poolId, listed.path(0).path("nodepool_info").path("nodepool_id").asText());
    sim.clock().advance(Duration.ofSeconds(2));
    assertEquals(200, detail(poolId).status());
  }

  @Test
  void theReadAfterCreateLagCanBeTurnedOff() {
    try (CloudSimulator noLag = CloudSimulator.builder().speed(0).nodePoolReadAfterCreateLag(Duration.ZERO).start()) {
      String cluster = SignedCall.ack(noLag, "CreateCluster", "POST", "/clusters")
          .json(AckClustersTest.pro("lagless").toString()).call().text("cluster_id");
      noLag.clock().advance(Duration.ofMinutes(10));
      String poolId = SignedCall.ack(noLag, "CreateClusterNodePool", "POST", "/clusters/" + cluster + "/nodepools")
          .json(ecsPool("np-now", 0).toString()).call().text("nodepool_id");

      SignedCall.Reply reply = SignedCall.ack(noLag, "DescribeClusterNodePoolDetail", "GET",
          "/clusters/" + cluster + "/nodepools/" + poolId).call();

      assertEquals(200, reply.status(), reply.body());
      assertEquals("initial", reply.json().path("status").path("state").asText());
    }
  }

  @Test
  void createChecksTheBodyBeforeAnythingExists() {
    ObjectNode noName = ecsPool("x", 1);
    ((ObjectNode) noName.get("nodepool_info")).remove("name");
    ObjectNode badType = ecsPool("np-odd", 1);
    ((ObjectNode) badType.get("nodepool_info")).put("type", "gpu");
    ObjectNode noScalingGroup = ecsPool("np-bare", 1);
    noScalingGroup.remove("scaling_group");
    ObjectNode badTaint = ecsPool("np-taint", 1);
    ((ObjectNode) badTaint.path("kubernetes_config").path("taints").get(0)).put("effect", "Sometimes");

    assertEquals("MissingParameter", create(noName).text("code"));
    assertEquals("InvalidParameter", create(badType).text("code"));
    assertEquals("MissingParameter", create(noScalingGroup).text("code"));
    SignedCall.Reply taint = create(badTaint);
    assertEquals(400, taint.status());
    assertTrue(taint.text("message").contains("effect"), taint.body());
    assertTrue(sim.nodePools(clusterId).isEmpty());
  }

  @Test
  void scalingAddsNodesWithATaskAndModifyKeepsUnknownFieldsAndMerges() {
    String poolId = createdPool(1);

    SignedCall.Reply scaled = SignedCall.ack(sim, "ScaleClusterNodePool", "POST",
        "/clusters/" + clusterId + "/nodepools/" + poolId).json("{\"count\":2}").call();

    assertEquals(200, scaled.status(), scaled.body());
    sim.clock().advance(Duration.ofSeconds(2));
    JsonNode scaling = status(poolId);
    assertEquals("scaling", scaling.path("state").asText());
    assertEquals(3, scaling.path("total_nodes").asInt());
    assertEquals(2, scaling.path("initial_nodes").asInt());
    SignedCall.Reply busy = SignedCall.ack(sim, "ScaleClusterNodePool", "POST",
        "/clusters/" + clusterId + "/nodepools/" + poolId).json("{\"count\":1}").call();
    assertEquals("ErrorNodePoolState", busy.text("code"), busy.body());
    sim.clock().advance(Duration.ofMinutes(3));
    assertEquals("nodepool_scale_out", task(scaled.text("task_id")).path("task_type").asText());
    assertEquals("success", task(scaled.text("task_id")).path("state").asText());
    JsonNode active = detail(poolId).json();
    assertEquals("active", active.path("status").path("state").asText());
    assertEquals(3, active.path("status").path("serving_nodes").asInt());
    assertEquals(3, active.path("scaling_group").path("desired_size").asInt());

    SignedCall.Reply modified = SignedCall.ack(sim, "ModifyClusterNodePool", "PUT",
        "/clusters/" + clusterId + "/nodepools/" + poolId)
        .json("{\"kubernetes_config\":{\"labels\":[{\"key\":\"tier\",\"value\":\"gold\"}]},"
            + "\"management\":{\"enable\":true},\"future_field\":{\"x\":1},\"update_nodes\":true}").call();

    assertEquals(200, modified.status(), modified.body());
    assertEquals(poolId, modified.text("nodepool_id"));
    assertEquals("updating", status(poolId).path("state").asText());
    sim.clock().advance(Duration.ofMinutes(1));
    JsonNode pool = detail(poolId).json();
    assertEquals("active", pool.path("status").path("state").asText());
    assertEquals("gold", pool.path("kubernetes_config").path("labels").path(0).path("value").asText());
    assertEquals("dedicated", pool.path("kubernetes_config").path("taints").path(0).path("key").asText(),
        "fields not sent are kept");
    assertTrue(pool.path("management").path("enable").asBoolean());
    assertEquals(1, pool.path("future_field").path("x").asInt());
    assertEquals("gold", sim.nodes(clusterId).get(0).path("labels").path("tier").asText());
  }

  @Test
  void modifyWithADesiredSizeScalesToThatSize() {
    String poolId = createdPool(3);

    SignedCall.Reply reply = SignedCall.ack(sim, "ModifyClusterNodePool", "PUT",
        "/clusters/" + clusterId + "/nodepools/" + poolId).json("{\"scaling_group\":{\"desired_size\":1}}").call();

    assertEquals(200, reply.status(), reply.body());
    assertEquals("removing", status(poolId).path("state").asText());
    assertEquals(2, status(poolId).path("removing_nodes").asInt());
    sim.clock().advance(Duration.ofMinutes(1));
    assertEquals(1, status(poolId).path("total_nodes").asInt());
    assertEquals("active", status(poolId).path("state").asText());
  }

  @Test
  void nodesArePagedAndFilteredByPoolStateAndInstanceIds() {
    String first = createdPool(12);
    SignedCall.Reply other = create(ecsPool("np-other", 3));
    String second = other.text("nodepool_id");

    JsonNode page1 = nodes("pageSize", "5").json();
    JsonNode page3 = nodes("pageNumber", "3", "pageSize", "5").json();

    assertEquals(5, page1.path("nodes").size());
    assertEquals(1, page1.path("page").path("page_number").asInt());
    assertEquals(5, page1.path("page").path("page_size").asInt());
    assertEquals(15, page1.path("page").path("total_count").asInt());
    assertEquals(5, page3.path("nodes").size());
    assertEquals(10, nodes().json().path("nodes").size(), "default page size");
    Set<String> all = new HashSet<>();
    for (int page = 1; page <= 3; page++) {
      nodes("pageNumber", Integer.toString(page), "pageSize", "5").json().path("nodes")
          .forEach(n -> all.add(n.path("instance_id").asText()));
    }
    assertEquals(15, all.size(), "pages do not overlap");
    JsonNode byPool = nodes("nodepool_id", second, "pageSize", "100").json();
    assertEquals(3, byPool.path("page").path("total_count").asInt());
    byPool.path("nodes").forEach(n -> assertEquals(second, n.path("nodepool_id").asText()));
    assertEquals(12, nodes("nodepool_id", first, "state", "running", "pageSize", "100").json()
        .path("page").path("total_count").asInt());
    assertEquals(3, nodes("state", "initial").json().path("page").path("total_count").asInt());
    List<String> two = new ArrayList<>(all).subList(0, 2);
    JsonNode byIds = nodes("instanceIds", String.join(",", two)).json();
    assertEquals(2, byIds.path("nodes").size());
    assertEquals("InvalidParameter", nodes("pageSize", "101").text("code"));
  }

  @Test
  void removingWithDrainCordonsTheNodesThenTheyAreGone() {
    String poolId = createdPool(3);
    List<ObjectNode> before = sim.nodes(clusterId);
    String gone = before.get(0).path("instance_id").asText();

    SignedCall.Reply reply = SignedCall.ack(sim, "RemoveNodePoolNodes", "DELETE",
        "/clusters/" + clusterId + "/nodepools/" + poolId + "/nodes")
        .query("drain_node", "true").query("release_node", "false")
        .query("instance_ids", "[\"" + gone + "\"]").call();

    assertEquals(200, reply.status(), reply.body());
    JsonNode task = task(reply.text("task_id"));
    assertEquals("DrainNodes", task.path("current_stage").asText());
    assertEquals("removing", status(poolId).path("state").asText());
    assertEquals(1, status(poolId).path("removing_nodes").asInt());
    ObjectNode draining = sim.nodes(clusterId).get(0);
    assertEquals("removing", draining.path("state").asText());
    assertTrue(draining.path("unschedulable").asBoolean());
    assertEquals(1, nodes("state", "removing").json().path("page").path("total_count").asInt());
    sim.clock().advance(Duration.ofMinutes(1));
    assertEquals("removing", status(poolId).path("state").asText(), "draining takes its own time");
    sim.clock().advance(Duration.ofMinutes(1));
    JsonNode done = status(poolId);
    assertEquals("active", done.path("state").asText());
    assertEquals(2, done.path("total_nodes").asInt());
    assertEquals(0, done.path("removing_nodes").asInt());
    assertTrue(sim.nodes(clusterId).stream().noneMatch(n -> n.path("instance_id").asText().equals(gone)));
    assertEquals("success", task(reply.text("task_id")).path("state").asText());
  }

  @Test
  void removingByNodeNameTakesTheDeprecatedNodesList() {
    String poolId = createdPool(2);
    String name = sim.nodes(clusterId).get(1).path("node_name").asText();

    SignedCall.Reply reply = SignedCall.ack(sim, "RemoveNodePoolNodes", "DELETE",
        "/clusters/" + clusterId + "/nodepools/" + poolId + "/nodes").query("nodes", "[\"" + name + "\"]").call();
    sim.clock().advance(Duration.ofMinutes(1));

    assertEquals(200, reply.status(), reply.body());
    assertEquals(1, sim.nodes(clusterId).size());
    assertFalse(sim.nodes(clusterId).get(0).path("node_name").asText().equals(name));
    assertFalse(sim.nodes(clusterId).get(0).path("unschedulable").asBoolean(), "not drained");
  }

  @Test
  void removalRejectsTextThatIsNotAJsonArrayAndNodesOfOtherPools() {
    String poolId = createdPool(1);
    String path = "/clusters/" + clusterId + "/nodepools/" + poolId + "/nodes";

    SignedCall.Reply plain = SignedCall.ack(sim, "RemoveNodePoolNodes", "DELETE", path)
        .query("instance_ids", "i-abc").call();
    SignedCall.Reply stranger = SignedCall.ack(sim, "RemoveNodePoolNodes", "DELETE", path)
        .query("instance_ids", "[\"i-notinthispool\"]").call();
    SignedCall.Reply none = SignedCall.ack(sim, "RemoveNodePoolNodes", "DELETE", path).call();

    assertEquals("InvalidParameter", plain.text("code"));
    assertTrue(plain.text("message").contains("JSON array"), plain.body());
    assertEquals("InvalidParameter", stranger.text("code"));
    assertEquals("MissingParameter", none.text("code"));
    assertEquals(1, sim.nodes(clusterId).size());
  }

  @Test
  void attachingEcsInstancesAddsThemAsNodes() {
    String poolId = createdPool(0);

    SignedCall.Reply reply = SignedCall.ack(sim, "AttachInstancesToNodePool", "POST",
        "/clusters/" + clusterId + "/nodepools/" + poolId + "/attach")
        .json("{\"instances\":[\"i-bp1aaa\",\"i-bp1bbb\"],\"password\":\"Hunter2-secret\"}").call();

    assertEquals(200, reply.status(), reply.body());
    assertEquals("scaling", status(poolId).path("state").asText());
    sim.clock().advance(Duration.ofMinutes(3));
    JsonNode listed = nodes("instanceIds", "i-bp1aaa,i-bp1bbb").json().path("nodes");
    assertEquals(2, listed.size());
    assertEquals("attach", listed.path(0).path("source").asText());
    assertEquals("Ready", listed.path(0).path("node_status").asText());
    assertEquals("active", status(poolId).path("state").asText());
    SignedCall.Reply again = SignedCall.ack(sim, "AttachInstancesToNodePool", "POST",
        "/clusters/" + clusterId + "/nodepools/" + poolId + "/attach").json("{\"instances\":[\"i-bp1aaa\"]}").call();
    assertEquals("InvalidParameter", again.text("code"));
  }

  @Test
  void deletingAPoolWithNodesNeedsForceThenItIsDeletingThenGone() {
    String poolId = createdPool(2);
    String path = "/clusters/" + clusterId + "/nodepools/" + poolId;

    SignedCall.Reply refused = SignedCall.ack(sim, "DeleteClusterNodepool", "DELETE", path).call();
    SignedCall.Reply forced = SignedCall.ack(sim, "DeleteClusterNodepool", "DELETE", path).query("force", "true").call();

    assertEquals(400, refused.status());
    assertEquals("DependencyResourceExist", refused.text("code"));
    assertEquals(200, forced.status(), forced.body());
    assertEquals("deleting", status(poolId).path("state").asText());
    assertEquals(2, status(poolId).path("removing_nodes").asInt());
    sim.clock().advance(Duration.ofMinutes(2));
    assertEquals("ErrorNodePoolNotFound", detail(poolId).text("code"));
    assertTrue(sim.nodePools(clusterId).isEmpty());
    assertTrue(sim.nodes(clusterId).isEmpty());
    assertEquals("nodepool_delete", task(forced.text("task_id")).path("task_type").asText());
  }

  @Test
  void aFailedCreateTaskLeavesThePoolAndItsNodesFailed() {
    sim.failNextTask("nodepool_create", "QuotaExceeded.Node", "The node quota is used up.");

    String poolId = createdPool(2);

    JsonNode status = status(poolId);
    assertEquals("failed", status.path("state").asText());
    assertEquals(2, status.path("failed_nodes").asInt());
  }
  @Test
  void theListFiltersByNameAndResetForgetsPoolsAndNodes() {
    createdPool(1);
    create(ecsPool("np-batch", 0));

    JsonNode filtered = SignedCall.ack(sim, "DescribeClusterNodePools", "GET", "/clusters/" + clusterId + "/nodepools")
        .query("NodepoolName", "np-batch").call().json().path("nodepools");

    assertEquals(1, filtered.size());
    assertEquals("np-batch", filtered.path(0).path("nodepool_info").path("name").asText());
    assertEquals(2, sim.nodePools(clusterId).size());
    sim.reset();
    assertTrue(sim.nodePools(clusterId).isEmpty());
    assertTrue(sim.nodes(clusterId).isEmpty());
  }

  @Test
  void anEdgePoolsAttachScriptIsAnEdgeadmJoinAndNeedsArchAndOptions() throws Exception {
    ObjectNode edge = ecsPool("np-edge", 0);
    ((ObjectNode) edge.get("nodepool_info")).put("type", "edge");
    String poolId = create(edge).text("nodepool_id");
    String path = "/clusters/" + clusterId + "/attachscript";

    SignedCall.Reply missing = SignedCall.ack(sim, "DescribeClusterAttachScripts", "POST", path)
        .json("{\"nodepool_id\":\"" + poolId + "\"}").call();
    SignedCall.Reply reply = SignedCall.ack(sim, "DescribeClusterAttachScripts", "POST", path)
        .json("{\"nodepool_id\":\"" + poolId + "\",\"arch\":\"amd64\",\"options\":\"{}\"}").call();

    assertEquals("InvalidParameter", missing.text("code"));
    String script = Json.mapper().readTree(reply.body()).asText();
    assertTrue(script.contains("./edgeadm join --openapi-token="), script);
  }

  @Test
  void poolsNeedARunningClusterAndTheLagMustNotBeNegative() {
    String creating = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.pro("young").toString()).call().text("cluster_id");

    SignedCall.Reply reply = SignedCall.ack(sim, "CreateClusterNodePool", "POST", "/clusters/" + creating + "/nodepools")
        .json(ecsPool("np-early", 1).toString()).call();

    assertEquals("ErrorClusterState", reply.text("code"));
    assertEquals("ErrorClusterNotFound", SignedCall.ack(sim, "DescribeClusterNodes", "GET", "/clusters/c404/nodes")
        .call().text("code"));
    ValidationException bad = assertThrows(ValidationException.class,
        () -> CloudSimulator.builder().nodePoolReadAfterCreateLag(Duration.ofSeconds(-1)).start());
    assertTrue(bad.getMessage().contains("nodePoolReadAfterCreateLag"), bad.getMessage());
  }
}
