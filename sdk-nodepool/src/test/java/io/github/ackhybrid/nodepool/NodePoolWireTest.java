package io.github.ackhybrid.nodepool;

import static io.github.ackhybrid.nodepool.MockCs.CLUSTER;
import static io.github.ackhybrid.nodepool.MockCs.POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolTask;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import io.github.ackhybrid.nodepool.model.TerwayHybridMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletionException;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pins every node pool operation's method, path, query, headers and body to the reference (§4, §10). */
class NodePoolWireTest {
  private static final String POOL_PATH = "/clusters/" + CLUSTER + "/nodepools/" + POOL;
  private static final String DETAIL = "{\"nodepool_info\":{\"nodepool_id\":\"" + POOL + "\",\"name\":\"app\","
      + "\"type\":\"ess\"},\"status\":{\"state\":\"active\",\"total_nodes\":2},"
      + "\"scaling_group\":{\"desired_size\":2,\"vswitch_ids\":[\"vsw-1\"],\"instance_types\":[\"ecs.g7.xlarge\"]}}";
  private static final String HYBRID_DETAIL = "{\"nodepool_info\":{\"nodepool_id\":\"" + POOL + "\",\"name\":\"idc\","
      + "\"type\":\"hybrid\"},\"status\":{\"state\":\"active\",\"total_nodes\":3}}";

  private final MockCs cs = new MockCs();
  private final NodePoolClient pools = cs.client();

  @AfterEach
  void stop() {
    pools.close();
    cs.close();
  }

  private RecordedRequest expect(String method, String action, String path) {
    RecordedRequest r = cs.take();
    assertEquals(method, r.getMethod());
    assertEquals(action, r.getHeader("x-acs-action"));
    assertEquals("2015-12-15", r.getHeader("x-acs-version"));
    assertEquals(path, r.getPath());
    return r;
  }

  @Test
  void createHybridPoolSendsTheDefaultLabelAndTaintTheModeAndManagement() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-new\",\"task_id\":\"T-1\",\"request_id\":\"r-1\"}");
    CreatedNodePool created = pools.createHybridPool(CLUSTER, p -> p.name("idc-gpu")
        .networkMode(TerwayHybridMode.UNDERLAY)
        .label("workload", "training")
        .taint("gpu", "true", TaintEffect.NO_EXECUTE)
        .managed(true).autoRepair(true));

    RecordedRequest r = expect("POST", "CreateClusterNodePool", "/clusters/" + CLUSTER + "/nodepools");
    assertEquals("application/json; charset=utf-8", r.getHeader("content-type"));
    JsonNode body = MockCs.body(r);
    assertEquals(Json.mapper().valueToTree(java.util.Map.of("name", "idc-gpu", "type", "hybrid")),
        body.get("nodepool_info"));
    assertEquals("[{\"key\":\"alibabacloud.com/nodepool-type\",\"value\":\"hybridcloud\"},"
        + "{\"key\":\"workload\",\"value\":\"training\"}]", body.at("/kubernetes_config/labels").toString());
    assertEquals("[{\"key\":\"nodepool-type\",\"value\":\"hybridcloud\",\"effect\":\"NoSchedule\"},"
        + "{\"key\":\"gpu\",\"value\":\"true\",\"effect\":\"NoExecute\"}]", body.at("/kubernetes_config/taints").toString());
    assertEquals("underlay", body.at("/hybrid_config/network_mode").asText());
    assertEquals("{\"enable\":true,\"auto_repair\":true}", body.get("management").toString());
    assertFalse(body.has("scaling_group"), "a hybrid pool has no scaling group: " + body);

    assertEquals("np-new", created.id());
    assertEquals(CLUSTER, created.clusterId());
    assertEquals("T-1", created.taskId().orElseThrow());
    assertEquals("r-1", created.requestId().orElseThrow());
  }

  @Test
  void aMinimalHybridPoolStillCarriesTheDefaultsAndTheOverlayMode() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-new\"}");
    CreatedNodePool created = pools.createHybridPool(CLUSTER, p -> p.name("idc"));
    JsonNode body = MockCs.body(expect("POST", "CreateClusterNodePool", "/clusters/" + CLUSTER + "/nodepools"));
    assertEquals("hybridcloud", body.at("/kubernetes_config/labels/0/value").asText());
    assertEquals("nodepool-type", body.at("/kubernetes_config/taints/0/key").asText());
    assertEquals("overlay", body.at("/hybrid_config/network_mode").asText());
    assertFalse(body.has("management"));
    assertEquals("req-200", created.requestId().orElseThrow(), "falls back to the x-acs-request-id header");
    assertTrue(created.taskId().isEmpty());
  }

  @Test
  void createEcsPoolSendsTheScalingGroupEssentials() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-ecs\",\"task_id\":\"T-2\"}");
    pools.createPool(CLUSTER, p -> p.name("np-app")
        .ecs(s -> s.addVSwitchId("vsw-2ze1").addInstanceTypes("ecs.c7.xlarge", "ecs.g7.xlarge").desiredSize(2)
            .systemDisk("cloud_essd", 120).keyPair("np-key-name").addSecurityGroupId("sg-2ze1"))
        .label("team", "payments")
        .taint("dedicated", "payments", TaintEffect.NO_SCHEDULE));
    JsonNode body = MockCs.body(expect("POST", "CreateClusterNodePool", "/clusters/" + CLUSTER + "/nodepools"));
    assertEquals("ess", body.at("/nodepool_info/type").asText());
    assertEquals("{\"vswitch_ids\":[\"vsw-2ze1\"],\"instance_types\":[\"ecs.c7.xlarge\",\"ecs.g7.xlarge\"],"
        + "\"instance_charge_type\":\"PostPaid\",\"desired_size\":2,\"system_disk_category\":\"cloud_essd\","
        + "\"system_disk_size\":120,\"security_group_ids\":[\"sg-2ze1\"],\"key_pair\":\"np-key-name\"}",
        body.get("scaling_group").toString());
    assertEquals("[{\"key\":\"team\",\"value\":\"payments\"}]", body.at("/kubernetes_config/labels").toString());
    assertFalse(body.has("auto_scaling"), "auto_scaling goes out only when the caller sets it");
    assertFalse(body.has("hybrid_config"));
  }

  @Test
  void createEdgeAndLingjunPoolsSendTheirTypes() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-edge\"}");
    cs.enqueue(200, "{\"nodepool_id\":\"np-lj\"}");
    pools.createPool(CLUSTER, p -> p.name("edge").edge("private"));
    pools.createPool(CLUSTER, p -> p.name("lj").lingjun());
    JsonNode edge = MockCs.body(cs.take());
    assertEquals("edge", edge.at("/nodepool_info/type").asText());
    assertEquals("private", edge.get("interconnect_mode").asText());
    assertEquals("lingjun", MockCs.body(cs.take()).at("/nodepool_info/type").asText());
  }

  @Test
  void listPoolsUsesThePascalCaseNameFilter() {
    cs.enqueue(200, "{\"nodepools\":[" + DETAIL + "]}");
    cs.enqueue(200, "{\"nodepools\":[]}");
    List<NodePool> all = pools.listPools(CLUSTER);
    assertEquals(List.of(POOL), all.stream().map(NodePool::id).toList());
    assertTrue(pools.listPools(CLUSTER, "idc gpu").isEmpty());
    expect("GET", "DescribeClusterNodePools", "/clusters/" + CLUSTER + "/nodepools");
    RecordedRequest named = expect("GET", "DescribeClusterNodePools", "/clusters/" + CLUSTER + "/nodepools?NodepoolName=idc%20gpu");
    assertEquals("idc gpu", named.getRequestUrl().queryParameter("NodepoolName"));
    assertEquals(0, named.getBodySize());
  }

  @Test
  void describePoolGetsTheDetailPath() {
    cs.enqueue(200, DETAIL);
    NodePool pool = pools.describePool(CLUSTER, POOL);
    expect("GET", "DescribeClusterNodePoolDetail", POOL_PATH);
    assertEquals("app", pool.name());
  }

  @Test
  void updatePoolPutsTheMergedPool() {
    cs.enqueue(200, DETAIL);
    cs.enqueue(200, "{\"nodepool_id\":\"" + POOL + "\",\"task_id\":\"T-9\",\"request_id\":\"r-9\"}");
    NodePoolTask task = pools.updatePool(CLUSTER, POOL, u -> u.label("team", "ml").desiredSize(4)
        .updateExistingNodes(true));
    expect("GET", "DescribeClusterNodePoolDetail", POOL_PATH);
    JsonNode body = MockCs.body(expect("PUT", "ModifyClusterNodePool", POOL_PATH));
    assertEquals("{\"name\":\"app\"}", body.get("nodepool_info").toString());
    assertEquals(4, body.at("/scaling_group/desired_size").asInt());
    assertEquals("[{\"key\":\"team\",\"value\":\"ml\"}]", body.at("/kubernetes_config/labels").toString());
    assertTrue(body.get("update_nodes").asBoolean());
    assertFalse(body.has("status"));
    assertEquals("T-9", task.taskId().orElseThrow());
    assertEquals(POOL, task.nodePoolId());
  }

  @Test
  void addNodesPostsTheCountToThePoolPath() {
    cs.enqueue(200, DETAIL);
    cs.enqueue(200, "{\"task_id\":\"T-5faa48fb31b6b8078d00\"}");
    NodePoolTask task = pools.addNodes(CLUSTER, POOL, 3);
    expect("GET", "DescribeClusterNodePoolDetail", POOL_PATH);
    RecordedRequest scale = expect("POST", "ScaleClusterNodePool", POOL_PATH);
    assertEquals("{\"count\":3}", scale.getBody().readUtf8());
    assertEquals("T-5faa48fb31b6b8078d00", task.taskId().orElseThrow());
    assertEquals("req-200", task.requestId().orElseThrow());
  }

  @Test
  void scaleToAddsTheDifferenceAndDoesNothingAtTheCurrentSize() {
    cs.enqueue(200, DETAIL);
    cs.enqueue(200, "{\"task_id\":\"T-1\"}");
    cs.enqueue(200, DETAIL);
    pools.scaleTo(CLUSTER, POOL, 5);
    cs.take();
    assertEquals("{\"count\":3}", expect("POST", "ScaleClusterNodePool", POOL_PATH).getBody().readUtf8());
    NodePoolTask same = pools.scaleTo(CLUSTER, POOL, 2);
    assertFalse(same.changed());
    assertTrue(same.taskId().isEmpty());
    cs.take();
    assertEquals(3, cs.server.getRequestCount(), "no ScaleClusterNodePool for the current size");
  }

  @Test
  void scaleToRefusesScaleInAndPointsAtRemoveNodes() {
    cs.enqueue(200, DETAIL);
    var e = assertThrows(io.github.ackhybrid.core.exception.ValidationException.class,
        () -> pools.scaleTo(CLUSTER, POOL, 1));
    assertTrue(e.getMessage().contains("removeNodes"), e.getMessage());
    assertTrue(e.getMessage().contains("RemoveNodePoolNodes"), e.getMessage());
    assertEquals(1, cs.server.getRequestCount(), "only the read");
  }

  @Test
  void scalingAHybridPoolExplainsThatServersJoinByAttachScript() {
    cs.enqueue(200, HYBRID_DETAIL);
    cs.enqueue(200, HYBRID_DETAIL);
    var add = assertThrows(UnsupportedPoolOperationException.class, () -> pools.addNodes(CLUSTER, POOL, 1));
    assertTrue(add.getMessage().contains("attach script"), add.getMessage());
    assertEquals("ScaleClusterNodePool", add.operation());
    assertEquals(POOL, add.nodePoolId());
    assertThrows(UnsupportedPoolOperationException.class, () -> pools.scaleTo(CLUSTER, POOL, 10));
    assertEquals(2, cs.server.getRequestCount(), "only the reads");
  }

  @Test
  void deletePoolSendsForceOnlyWhenAsked() {
    cs.enqueue(200, "{\"request_id\":\"r\",\"task_id\":\"T-d\"}");
    cs.enqueue(200, "{\"task_id\":\"T-f\"}");
    assertEquals("T-d", pools.deletePool(CLUSTER, POOL).taskId().orElseThrow());
    pools.deletePool(CLUSTER, POOL, true);
    assertEquals(0, expect("DELETE", "DeleteClusterNodepool", POOL_PATH).getBodySize());
    expect("DELETE", "DeleteClusterNodepool", POOL_PATH + "?force=true");
  }

  @Test
  void attachScriptPostsTheOptionsAsJsonTextAndTheExpiryInUnixSeconds() {
    Instant now = Instant.parse("2026-11-23T08:00:00.750Z");
    try (NodePoolClient timed = cs.client(Clock.fixed(now, ZoneOffset.UTC))) {
      cs.enqueue(200, "curl http://aliacs-k8s.oss.aliyuncs.com/attach_node.sh | bash -s -- --openapi-token abc123secret"
          + " --addon-names flannel");
      AttachScript script = timed.attachScript(CLUSTER, POOL, s -> s.expiresIn(Duration.ofHours(2))
          .oneTimeToken(true).arch(AttachArch.ARM64).formatDisk(false)
          .options(o -> o.manageRuntime(true).quiet(true).addAllowedClusterAddons("kube-proxy", "coredns")));
      JsonNode body = MockCs.body(expect("POST", "DescribeClusterAttachScripts", "/clusters/" + CLUSTER + "/attachscript"));
      assertEquals(POOL, body.get("nodepool_id").asText());
      assertEquals("arm64", body.get("arch").asText());
      assertFalse(body.get("format_disk").asBoolean());
      assertTrue(body.get("one_time_token").asBoolean());
      assertTrue(body.get("options").isTextual(), "options travel as JSON text: " + body);
      assertEquals("{\"manageRuntime\":true,\"quiet\":true,\"allowedClusterAddons\":[\"kube-proxy\",\"coredns\"]}",
          body.get("options").asText());
      long expected = now.getEpochSecond() + 7200;
      assertEquals(expected, body.get("expired").asLong());
      assertEquals(Instant.ofEpochSecond(expected), script.expiresAt().orElseThrow());
      assertTrue(script.command().contains("abc123secret"));
      assertTrue(script.oneTimeToken());
    }
  }

  @Test
  void attachScriptUnquotesAJsonStringBodyAndReadsAnExpiryFromTheScript() {
    cs.enqueue(200, "\"curl -s http://x/attach_node.sh | bash -s -- --openapi-token=t0k3n --expired 1740037333\"");
    AttachScript script = pools.attachScript(CLUSTER, POOL);
    JsonNode body = MockCs.body(cs.take());
    assertFalse(body.has("expired"));
    assertEquals("curl -s http://x/attach_node.sh | bash -s -- --openapi-token=t0k3n --expired 1740037333",
        script.command());
    assertEquals(Instant.ofEpochSecond(1740037333), script.expiresAt().orElseThrow());
  }

  @Test
  void attachInstancesPostsTheInstances() {
    cs.enqueue(200, "{\"request_id\":\"r\",\"task_id\":\"T-a\"}");
    pools.attachInstances(CLUSTER, POOL, a -> a.addInstanceIds("i-1", "i-2").keepInstanceName(true).password("Pa55w0rd!"));
    JsonNode body = MockCs.body(expect("POST", "AttachInstancesToNodePool", POOL_PATH + "/attach"));
    assertEquals("[\"i-1\",\"i-2\"]", body.get("instances").toString());
    assertTrue(body.get("keep_instance_name").asBoolean());
    assertEquals("Pa55w0rd!", body.get("password").asText());
  }

  @Test
  void listNodesMixesCamelCaseAndSnakeCaseQueryNames() {
    cs.enqueue(200, "{\"nodes\":[{\"instance_id\":\"i-1\",\"node_name\":\"cn-hangzhou.10.0.0.1\"}],"
        + "\"page\":{\"page_number\":1,\"page_size\":50,\"total_count\":1}}");
    List<Node> nodes = pools.listNodes(CLUSTER, r -> r.nodePoolId(POOL).state(NodeStateFilter.RUNNING)
        .addInstanceIds("i-1", "i-2").pageSize(50)).toList();
    RecordedRequest r = expect("GET", "DescribeClusterNodes", "/clusters/" + CLUSTER + "/nodes?instanceIds=i-1%2Ci-2"
        + "&nodepool_id=" + POOL + "&pageNumber=1&pageSize=50&state=running");
    assertEquals("i-1,i-2", r.getRequestUrl().queryParameter("instanceIds"));
    assertNull(r.getRequestUrl().queryParameter("page_number"));
    assertEquals(1, nodes.size());
  }

  @Test
  void removeNodesSendsArraysAsJsonTextInTheQuery() {
    cs.enqueue(200, "{\"request_id\":\"r\",\"task_id\":\"T-r\"}");
    NodePoolTask task = pools.removeNodes(CLUSTER, POOL, r -> r.addInstanceIds("i-abc", "i-def")
        .addNodeNames("cn-hangzhou.10.0.0.9").drainNode(true).releaseNode(false).concurrency(true));
    RecordedRequest r = expect("DELETE", "RemoveNodePoolNodes", POOL_PATH + "/nodes?concurrency=true&drain_node=true"
        + "&instance_ids=%5B%22i-abc%22%2C%22i-def%22%5D&nodes=%5B%22cn-hangzhou.10.0.0.9%22%5D&release_node=false");
    assertEquals("[\"i-abc\",\"i-def\"]", r.getRequestUrl().queryParameter("instance_ids"));
    assertEquals("[\"cn-hangzhou.10.0.0.9\"]", r.getRequestUrl().queryParameter("nodes"));
    assertEquals(0, r.getBodySize());
    assertEquals("T-r", task.taskId().orElseThrow());
  }

  @Test
  void asyncTwinSendsTheSameRequests() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-a\"}");
    cs.enqueue(200, "{\"nodes\":[{\"instance_id\":\"i-1\"}],\"page\":{\"page_number\":1,\"page_size\":100,"
        + "\"total_count\":1}}");
    cs.enqueue(200, "{\"task_id\":\"T-r\"}");
    assertEquals("np-a", pools.async().createHybridPool(CLUSTER, p -> p.name("idc")).join().id());
    JsonNode body = MockCs.body(expect("POST", "CreateClusterNodePool", "/clusters/" + CLUSTER + "/nodepools"));
    assertEquals("hybrid", body.at("/nodepool_info/type").asText());
    assertEquals(1, pools.async().listNodes(CLUSTER, r -> r.nodePoolId(POOL)).toList().join().size());
    expect("GET", "DescribeClusterNodes", "/clusters/" + CLUSTER + "/nodes?nodepool_id=" + POOL
        + "&pageNumber=1&pageSize=100");
    pools.async().removeNodes(CLUSTER, POOL, r -> r.addInstanceId("i-1")).join();
    expect("DELETE", "RemoveNodePoolNodes", POOL_PATH + "/nodes?instance_ids=%5B%22i-1%22%5D");
  }

  @Test
  void aFailedCreateIsNeverRetried() {
    cs.enqueue(500, "{\"code\":\"InternalError\",\"message\":\"boom\",\"requestId\":\"r-500\"}");
    cs.enqueue(200, "{\"nodepool_id\":\"np-dup\"}");
    OutcomeUnknownException unknown = assertThrows(OutcomeUnknownException.class,
        () -> pools.createHybridPool(CLUSTER, p -> p.name("idc")));
    assertEquals(500, assertInstanceOf(ServiceException.class, unknown.getCause()).statusCode());
    assertEquals(1, cs.server.getRequestCount(), "a create that may have reached the service is not repeated");
  }

  @Test
  void anAttachScriptCutShortIsRefusedAsMalformedAndTheNextCallGetsAWholeOne() {
    String whole = "curl http://aliacs-k8s.oss.aliyuncs.com/attach_node.sh | bash -s -- --node-name-mode nodeip"
        + " --openapi-token s3cr3tT0ken --addon-names flannel";
    List<String> cut = List.of(whole.substring(0, whole.indexOf(" --openapi-token")),
        whole.substring(0, whole.indexOf("-token s3cr3t")), whole.substring(0, whole.indexOf(" s3cr3t")),
        "\"" + whole.substring(0, whole.indexOf(" --addon-names")), whole.substring(0, whole.indexOf(" | bash")));
    for (String body : cut) {
      int before = cs.server.getRequestCount();
      cs.enqueue(200, body);
      ServiceException refused = assertThrows(ServiceException.class, () -> pools.attachScript(CLUSTER, POOL), body);
      assertEquals(200, refused.statusCode());
      assertEquals("req-200", refused.requestId().orElseThrow());
      assertEquals("DescribeClusterAttachScripts", refused.operation());
      assertTrue(refused.getMessage().contains("the attach script"), refused.getMessage());
      assertFalse(refused.getMessage().contains("s3cr3t"), refused.getMessage());
      assertEquals(before + 1, cs.server.getRequestCount(), "each call mints a token, so the SDK does not repeat it");
    }
    cs.enqueue(200, whole);
    assertEquals(whole, pools.attachScript(CLUSTER, POOL).command());
  }

  @Test
  void anEdgeJoinCommandIsAWholeScriptToo() {
    String edge = "wget http://x/edgeadm -O edgeadm; chmod u+x edgeadm; ./edgeadm join --openapi-token=t0k3n"
        + " --node-spec=\"{}\"";
    cs.enqueue(200, edge);
    assertEquals(edge, pools.attachScript(CLUSTER, POOL).command());
    cs.enqueue(200, edge.substring(0, edge.indexOf("t0k3n")));
    assertThrows(ServiceException.class, () -> pools.attachScript(CLUSTER, POOL));
  }

  @Test
  void aFailedAttachScriptIsNeverRetriedBecauseItMintsATokenPerCall() {
    cs.enqueue(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"r-503\"}");
    cs.enqueue(200, "curl x | bash -s -- --openapi-token second");
    assertThrows(ServiceException.class, () -> pools.attachScript(CLUSTER, POOL));
    assertEquals(1, cs.server.getRequestCount());
  }

  @Test
  void throttledReadsAreRetried() {
    cs.enqueue(400, "{\"code\":\"Throttling.User\",\"message\":\"slow down\",\"requestId\":\"r-t\"}");
    cs.enqueue(200, "{\"nodepools\":[" + DETAIL + "]}");
    assertEquals(1, pools.listPools(CLUSTER).size());
    assertEquals(2, cs.server.getRequestCount());
  }

  @Test
  void asyncFailuresCompleteTheFutureWithTheTypedException() {
    cs.enqueue(429, "{\"code\":\"Throttling\",\"message\":\"slow\",\"requestId\":\"r\"}");
    cs.enqueue(429, "{\"code\":\"Throttling\",\"message\":\"slow\",\"requestId\":\"r\"}");
    cs.enqueue(429, "{\"code\":\"Throttling\",\"message\":\"slow\",\"requestId\":\"r\"}");
    cs.enqueue(429, "{\"code\":\"Throttling\",\"message\":\"slow\",\"requestId\":\"r\"}");
    CompletionException e = assertThrows(CompletionException.class,
        () -> pools.async().describePool(CLUSTER, POOL).join());
    assertInstanceOf(ThrottlingException.class, e.getCause());
  }
}
