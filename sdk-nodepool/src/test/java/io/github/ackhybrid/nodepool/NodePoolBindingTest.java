package io.github.ackhybrid.nodepool;

import static io.github.ackhybrid.nodepool.MockCs.CLUSTER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolState;
import io.github.ackhybrid.nodepool.model.NodePoolType;
import io.github.ackhybrid.nodepool.model.NodeState;
import io.github.ackhybrid.nodepool.model.NodeStatus;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import io.github.ackhybrid.nodepool.model.TerwayHybridMode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Binds the reference's example answers and checks that a read-modify-write keeps what the SDK does not model. */
class NodePoolBindingTest {
  // ack-cs-api.md §4.3 example, plus fields this SDK does not model.
  private static final String DETAIL = "{"
      + "\"nodepool_info\":{\"nodepool_id\":\"np615c0e0966124216a0412e10afe0abcd\",\"name\":\"default-nodepool\","
      + "\"type\":\"ess\",\"is_default\":true,\"region_id\":\"cn-beijing\","
      + "\"created\":\"2020-09-27T19:14:09.156823496+08:00\",\"updated\":\"2020-09-27T20:37:46+08:00\","
      + "\"future_info_field\":\"kept\"},"
      + "\"status\":{\"state\":\"active\",\"total_nodes\":3,\"serving_nodes\":3,\"healthy_nodes\":3,"
      + "\"initial_nodes\":0,\"failed_nodes\":0,\"offline_nodes\":0,\"removing_nodes\":0},"
      + "\"scaling_group\":{\"scaling_group_id\":\"asg-2ze8n5qw4atggut8abcd\",\"desired_size\":3,"
      + "\"vswitch_ids\":[\"vsw-1\"],\"instance_types\":[\"ecs.c7.xlarge\"],\"instance_charge_type\":\"PostPaid\","
      + "\"login_password\":\"never-echo-me\",\"spot_strategy\":\"NoSpot\"},"
      + "\"auto_scaling\":{\"enable\":false,\"min_instances\":0,\"max_instances\":0,\"type\":\"cpu\"},"
      + "\"kubernetes_config\":{\"runtime\":\"containerd\",\"labels\":[{\"key\":\"team\",\"value\":\"payments\"}],"
      + "\"taints\":[{\"key\":\"dedicated\",\"value\":\"payments\",\"effect\":\"NoSchedule\"}],"
      + "\"brand_new_setting\":{\"x\":1}},"
      + "\"undocumented_block\":{\"mode\":\"secret-sauce\",\"n\":[1,2,3]}"
      + "}";

  private final MockCs cs = new MockCs();
  private final NodePoolClient pools = cs.client();

  @AfterEach
  void stop() {
    pools.close();
    cs.close();
  }

  @Test
  void bindsTheDetailExample() {
    cs.enqueue(200, DETAIL);
    NodePool pool = pools.describePool(CLUSTER, "np615c0e0966124216a0412e10afe0abcd");
    assertEquals("np615c0e0966124216a0412e10afe0abcd", pool.id());
    assertEquals("default-nodepool", pool.name());
    assertEquals(NodePoolType.ESS, pool.type());
    assertTrue(pool.info().isDefault());
    assertEquals("cn-beijing", pool.info().regionId().orElseThrow());
    assertEquals(Instant.parse("2020-09-27T11:14:09.156823496Z"), pool.info().created().orElseThrow());
    assertEquals(Instant.parse("2020-09-27T12:37:46Z"), pool.info().updated().orElseThrow());
    assertEquals(NodePoolState.ACTIVE, pool.state());
    assertEquals(3, pool.status().totalNodes());
    assertEquals(3L, pool.scalingGroup().orElseThrow().desiredSize().orElseThrow());
    assertEquals("asg-2ze8n5qw4atggut8abcd", pool.scalingGroup().orElseThrow().scalingGroupId().orElseThrow());
    assertEquals("payments", pool.labels().get(0).value());
    assertEquals(TaintEffect.NO_SCHEDULE, pool.taints().get(0).effect());
    assertFalse(pool.autoScaling().orElseThrow().enabled());
    assertFalse(pool.isHybrid());
    assertFalse(pool.toString().contains("never-echo-me"), pool.toString());
  }

  @Test
  void unknownValuesAreKeptAsRawStrings() {
    cs.enqueue(200, "{\"nodepools\":[{\"nodepool_info\":{\"nodepool_id\":\"np1\",\"type\":\"quantum\"},"
        + "\"status\":{\"state\":\"teleporting\",\"total_nodes\":\"4\"},"
        + "\"kubernetes_config\":{\"taints\":[{\"key\":\"k\",\"effect\":\"Sometimes\"}]}}]}");
    NodePool pool = pools.listPools(CLUSTER).get(0);
    assertEquals(NodePoolType.UNKNOWN, pool.type());
    assertEquals("quantum", pool.typeAsString());
    assertEquals(NodePoolState.UNKNOWN, pool.state());
    assertEquals("teleporting", pool.stateAsString());
    assertEquals(4, pool.status().totalNodes(), "numbers sent as text are read");
    assertEquals(TaintEffect.UNKNOWN, pool.taints().get(0).effect());
    assertEquals("Sometimes", pool.taints().get(0).effectAsString());
    assertTrue(pool.isHybrid(), "an undocumented type is taken for a hybrid pool (reference §5.2 item 3)");
  }

  @Test
  void recognisesHybridPoolsByTypeOrByTheDefaultLabel() {
    cs.enqueue(200, "{\"nodepools\":["
        + "{\"nodepool_info\":{\"nodepool_id\":\"np1\",\"type\":\"hybrid\"},\"hybrid_config\":{\"network_mode\":\"underlay\"}},"
        + "{\"nodepool_info\":{\"nodepool_id\":\"np2\",\"type\":\"hybridcloud\"}},"
        + "{\"nodepool_info\":{\"nodepool_id\":\"np3\"},\"kubernetes_config\":{\"labels\":"
        + "[{\"key\":\"alibabacloud.com/nodepool-type\",\"value\":\"hybridcloud\"}]}},"
        + "{\"nodepool_info\":{\"nodepool_id\":\"np4\",\"type\":\"edge\"}}]}");
    List<NodePool> list = pools.listPools(CLUSTER);
    assertEquals(List.of(true, true, true, false), list.stream().map(NodePool::isHybrid).toList());
    assertEquals(NodePoolType.HYBRID, list.get(1).type());
    assertEquals("hybridcloud", list.get(1).typeAsString(), "the raw value round-trips");
    assertEquals(TerwayHybridMode.UNDERLAY, list.get(0).networkMode().orElseThrow());
  }

  @Test
  void bindsTheNodeFields() {
    cs.enqueue(200, "{\"nodes\":[{\"instance_id\":\"i-idc-7\",\"instance_name\":\"rack1-7\",\"host_name\":\"rack1-7\","
        + "\"node_name\":\"cn-hangzhou.10.0.3.7\",\"nodepool_id\":\"np1\",\"state\":\"running\","
        + "\"node_status\":\"Ready\",\"instance_status\":\"Running\",\"instance_role\":\"Worker\","
        + "\"ip_address\":[\"10.0.3.7\"],\"is_aliyun_node\":false,\"source\":\"hybrid_attach\","
        + "\"creation_time\":\"2026-11-23T16:02:04+08:00\",\"extra\":\"ignored\"},"
        + "{\"instance_id\":\"i-2\",\"state\":\"rebooting\",\"node_status\":\"Unknown\",\"is_aliyun_node\":\"true\"}],"
        + "\"page\":{\"page_number\":\"1\",\"page_size\":\"10\",\"total_count\":\"2\"}}");
    List<Node> nodes = pools.listNodes(CLUSTER, r -> r.pageSize(10)).toList();
    Node idc = nodes.get(0);
    assertEquals("cn-hangzhou.10.0.3.7", idc.nodeName());
    assertEquals(NodeState.RUNNING, idc.state());
    assertEquals(NodeStatus.READY, idc.nodeStatus());
    assertTrue(idc.ready());
    assertEquals(List.of("10.0.3.7"), idc.ipAddresses());
    assertFalse(idc.aliyunNode().orElseThrow());
    assertEquals(Instant.parse("2026-11-23T08:02:04Z"), idc.creationTime().orElseThrow());
    Node other = nodes.get(1);
    assertEquals(NodeState.UNKNOWN, other.state());
    assertEquals("rebooting", other.stateAsString());
    assertEquals(NodeStatus.UNKNOWN, other.nodeStatus());
    assertTrue(other.aliyunNode().orElseThrow());
  }

  @Test
  void readModifyWriteKeepsUnknownFieldsAndDropsWhatTheServiceDoesNotTakeBack() {
    cs.enqueue(200, DETAIL);
    cs.enqueue(200, "{\"task_id\":\"T-1\"}");
    NodePool pool = pools.describePool(CLUSTER, "np615c0e0966124216a0412e10afe0abcd");
    pools.updatePool(CLUSTER, pool, u -> u.label("tier", "gold").removeLabel("team")
        .taint("dedicated", "ml", TaintEffect.NO_SCHEDULE).name("renamed"));
    cs.take();
    JsonNode body = MockCs.body(cs.take());
    assertEquals("{\"mode\":\"secret-sauce\",\"n\":[1,2,3]}", body.get("undocumented_block").toString());
    assertEquals("{\"x\":1}", body.at("/kubernetes_config/brand_new_setting").toString());
    assertEquals("containerd", body.at("/kubernetes_config/runtime").asText());
    assertEquals("kept", body.at("/nodepool_info/future_info_field").asText());
    assertEquals("NoSpot", body.at("/scaling_group/spot_strategy").asText());
    assertEquals("[{\"key\":\"tier\",\"value\":\"gold\"}]", body.at("/kubernetes_config/labels").toString());
    assertEquals("[{\"key\":\"dedicated\",\"value\":\"ml\",\"effect\":\"NoSchedule\"}]",
        body.at("/kubernetes_config/taints").toString());
    assertEquals("renamed", body.at("/nodepool_info/name").asText());
    for (String gone : List.of("/status", "/nodepool_info/nodepool_id", "/nodepool_info/type",
        "/nodepool_info/created", "/scaling_group/scaling_group_id", "/scaling_group/desired_size",
        "/scaling_group/login_password", "/auto_scaling/type")) {
      assertTrue(body.at(gone).isMissingNode(), gone + " must not be sent back: " + body);
    }
  }

  @Test
  void eachListedPoolKeepsExactlyItsOwnJsonForReadModifyWrite() {
    String second = "{\"nodepool_info\":{\"nodepool_id\":\"np2\",\"name\":\"zweite-gr\u00f6\u00dfe\","
        + "\"type\":\"ess\"},\"scaling_group\":{\"spot_strategy\":\"NoSpot\"},\"mystery\":{\"k\":[true,null]}}";
    cs.enqueue(200, "{\"page_info\":{\"total_count\":3},\"nodepools\": [ {\"nodepool_info\":{\"nodepool_id\":\"np1\","
        + "\"type\":\"ess\"},\"first_only\":1},\n  " + second + " ,{\"nodepool_info\":{\"nodepool_id\":\"np3\"}}],"
        + "\"trailer\":{\"nodepools\":[]}}");
    cs.enqueue(200, "{\"task_id\":\"T-1\"}");
    List<NodePool> list = pools.listPools(CLUSTER);
    assertEquals(List.of("np1", "np2", "np3"), list.stream().map(NodePool::id).toList());
    assertEquals(second, list.get(1).rawJson());
    assertEquals("zweite-gr\u00f6\u00dfe", list.get(1).name());

    pools.updatePool(CLUSTER, list.get(1), u -> u.label("tier", "gold"));
    cs.take();
    JsonNode body = MockCs.body(cs.take());
    assertEquals("{\"k\":[true,null]}", body.get("mystery").toString());
    assertEquals("NoSpot", body.at("/scaling_group/spot_strategy").asText());
    assertEquals("zweite-gr\u00f6\u00dfe", body.at("/nodepool_info/name").asText());
    assertFalse(body.has("first_only"), "nothing of the neighbouring pools: " + body);
  }

  @Test
  void aPoolThatIsNotAJsonObjectIsAMalformedAnswer() {
    // A malformed answer to a read is retried, so every attempt gets the same one.
    for (int attempt = 0; attempt < RetryPolicy.defaults().maxAttempts(); attempt++) {
      cs.enqueue(200, "{\"nodepools\":[{\"nodepool_info\":{\"nodepool_id\":\"np1\"}},\"np2\"]}");
    }
    ServiceException error = assertThrows(ServiceException.class, () -> pools.listPools(CLUSTER));
    assertTrue(error.getMessage().contains("a node pool must be a JSON object"), error.getMessage());
  }

  @Test
  void aHybridPoolUpdateKeepsTheDefaultLabelAndTaintEvenIfTheServiceDidNotEchoThem() {
    cs.enqueue(200, "{\"nodepool_info\":{\"nodepool_id\":\"np-h\",\"name\":\"idc\",\"type\":\"hybrid\"},"
        + "\"kubernetes_config\":{\"labels\":[{\"key\":\"team\",\"value\":\"a\"}]},"
        + "\"hybrid_config\":{\"network_mode\":\"overlay\",\"bgp\":\"on\"}}");
    cs.enqueue(200, "{\"task_id\":\"T-1\"}");
    pools.updatePool(CLUSTER, "np-h", u -> u.label("team", "b"));
    cs.take();
    JsonNode body = MockCs.body(cs.take());
    assertEquals("[{\"key\":\"team\",\"value\":\"b\"},{\"key\":\"alibabacloud.com/nodepool-type\","
        + "\"value\":\"hybridcloud\"}]", body.at("/kubernetes_config/labels").toString());
    assertEquals("[{\"key\":\"nodepool-type\",\"value\":\"hybridcloud\",\"effect\":\"NoSchedule\"}]",
        body.at("/kubernetes_config/taints").toString());
    assertEquals("{\"network_mode\":\"overlay\",\"bgp\":\"on\"}", body.get("hybrid_config").toString());
  }

  @Test
  void aHybridPoolUpdateThatRemovesTheDefaultsIsRefusedBeforeTheWrite() {
    cs.enqueue(200, "{\"nodepool_info\":{\"nodepool_id\":\"np-h\",\"type\":\"hybrid\"}}");
    NodePool pool = pools.describePool(CLUSTER, "np-h");
    ValidationException label = assertThrows(ValidationException.class,
        () -> pools.updatePool(CLUSTER, pool, u -> u.removeLabel("alibabacloud.com/nodepool-type")));
    assertTrue(label.getMessage().contains("breaks the feature"), label.getMessage());
    assertThrows(ValidationException.class,
        () -> pools.updatePool(CLUSTER, pool, u -> u.label("alibabacloud.com/nodepool-type", "other")));
    assertThrows(ValidationException.class, () -> pools.updatePool(CLUSTER, pool, u -> u.removeTaint("nodepool-type")));
    assertThrows(ValidationException.class,
        () -> pools.updatePool(CLUSTER, pool, u -> u.taint("nodepool-type", "x", TaintEffect.NO_EXECUTE)));
    assertThrows(UnsupportedPoolOperationException.class, () -> pools.updatePool(CLUSTER, pool, u -> u.desiredSize(5)));
    assertEquals(1, cs.server.getRequestCount(), "only the read");
  }
}
