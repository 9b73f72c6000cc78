package io.github.ackhybrid.nodepool;

import static io.github.ackhybrid.nodepool.MockCs.CLUSTER;
import static io.github.ackhybrid.nodepool.MockCs.POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.model.AutoScaling;
import io.github.ackhybrid.nodepool.model.AutoScalingType;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import java.util.function.Consumer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Pins the {@code auto_scaling} block of CreateClusterNodePool and ModifyClusterNodePool and its checks (elastic-scheduling §4.1). */
class AutoScalingWireTest {
  private static final String POOL_PATH = "/clusters/" + CLUSTER + "/nodepools/" + POOL;
  private static final Consumer<ScalingGroupSpec.Builder> ECS = s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge");

  private final MockCs cs = new MockCs();
  private final NodePoolClient pools = cs.client();

  @AfterEach
  void stop() {
    pools.close();
    cs.close();
  }

  private static String detail(String autoScaling, String labels, String extraInfo, String chargeType) {
    return "{\"nodepool_info\":{\"nodepool_id\":\"" + POOL + "\",\"name\":\"burst\",\"type\":\"ess\"" + extraInfo + "},"
        + "\"status\":{\"state\":\"active\",\"total_nodes\":2},"
        + "\"scaling_group\":{\"desired_size\":2,\"vswitch_ids\":[\"vsw-1\"],\"instance_types\":[\"ecs.g7.xlarge\"],"
        + "\"instance_charge_type\":\"" + chargeType + "\"},"
        + (autoScaling == null ? "" : "\"auto_scaling\":" + autoScaling + ",")
        + "\"kubernetes_config\":{\"labels\":" + labels + ",\"taints\":[]}}";
  }

  private static String detail(String autoScaling) {
    return detail(autoScaling, "[]", "", "PostPaid");
  }

  private JsonNode created() {
    RecordedRequest r = cs.take();
    assertEquals("POST", r.getMethod());
    assertEquals("CreateClusterNodePool", r.getHeader("x-acs-action"));
    return MockCs.body(r);
  }

  private JsonNode modified() {
    assertEquals("DescribeClusterNodePoolDetail", cs.take().getHeader("x-acs-action"));
    RecordedRequest r = cs.take();
    assertEquals("PUT", r.getMethod());
    assertEquals("ModifyClusterNodePool", r.getHeader("x-acs-action"));
    assertEquals(POOL_PATH, r.getPath());
    return MockCs.body(r);
  }

  private void refusedBeforeWrite(String field, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
  }

  @Test
  void createSendsEnableBoundsAndTypeAndNoDesiredSize() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-burst\",\"task_id\":\"T-1\"}");
    pools.createPool(CLUSTER, p -> p.name("burst").ecs(ECS).autoScaling(0, 20, AutoScalingType.SPOT));
    JsonNode body = created();
    assertEquals("{\"enable\":true,\"min_instances\":0,\"max_instances\":20,\"type\":\"spot\"}",
        body.get("auto_scaling").toString());
    assertFalse(body.get("scaling_group").has("desired_size"));
  }

  @Test
  void createWithoutATypeLeavesTheServiceDefault() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-burst\"}");
    pools.createPool(CLUSTER, p -> p.name("burst").ecs(ECS).autoScaling(1, 2000));
    assertEquals("{\"enable\":true,\"min_instances\":1,\"max_instances\":2000}", created().get("auto_scaling").toString());
  }

  @Test
  void createWithAutoScalingOffSendsEnableFalseExplicitlyAndKeepsTheDesiredSize() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-fixed\"}");
    pools.createPool(CLUSTER, p -> p.name("fixed").ecs(s -> ECS.andThen(b -> b.desiredSize(3)).accept(s))
        .autoScaling(1, 5).disableAutoScaling());
    JsonNode body = created();
    assertEquals("{\"enable\":false}", body.get("auto_scaling").toString());
    assertEquals(3, body.at("/scaling_group/desired_size").asInt());
  }

  @Test
  void createWithoutAutoScalingSendsNoBlock() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-plain\"}");
    pools.createPool(CLUSTER, p -> p.name("plain").ecs(ECS));
    assertFalse(created().has("auto_scaling"));
  }

  @Test
  void describeBindsAutoScaling() {
    cs.enqueue(200, detail("{\"enable\":true,\"min_instances\":1,\"max_instances\":10,\"type\":\"gpushare\","
        + "\"is_bond_eip\":true,\"eip_bandwidth\":5,\"eip_internet_charge_type\":\"PayByTraffic\"}"));
    cs.enqueue(200, detail("{\"enable\":false,\"type\":\"quantum\"}"));
    AutoScaling on = pools.describePool(CLUSTER, POOL).autoScaling().orElseThrow();
    assertTrue(on.enabled());
    assertEquals(1L, on.minInstances().orElseThrow());
    assertEquals(10L, on.maxInstances().orElseThrow());
    assertEquals(AutoScalingType.GPUSHARE, on.type().orElseThrow());
    assertTrue(on.bindEip().orElseThrow());
    assertEquals(5L, on.eipBandwidthMbps().orElseThrow());
    assertEquals("PayByTraffic", on.eipInternetChargeType().orElseThrow());
    AutoScaling unknown = pools.describePool(CLUSTER, POOL).autoScaling().orElseThrow();
    assertFalse(unknown.enabled());
    assertEquals(AutoScalingType.UNKNOWN, unknown.type().orElseThrow());
    assertEquals("quantum", unknown.typeAsString().orElseThrow());
  }

  @Test
  void modifySwitchesAutoScalingOnWithBoundsAndDropsTheStaleDesiredSize() {
    cs.enqueue(200, detail("{\"enable\":false,\"min_instances\":0,\"max_instances\":0,\"type\":\"cpu\"}"));
    cs.enqueue(200, "{\"task_id\":\"T-2\"}");
    pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(2, 8));
    JsonNode body = modified();
    assertEquals("{\"enable\":true,\"min_instances\":2,\"max_instances\":8}", body.get("auto_scaling").toString());
    assertFalse(body.get("scaling_group").has("desired_size"));
  }

  @Test
  void modifySwitchingOffSendsEnableFalseAndMayResize() {
    cs.enqueue(200, detail("{\"enable\":true,\"min_instances\":1,\"max_instances\":10,\"type\":\"cpu\"}"));
    cs.enqueue(200, "{\"task_id\":\"T-3\"}");
    pools.updatePool(CLUSTER, POOL, u -> u.disableAutoScaling().desiredSize(4));
    JsonNode body = modified();
    assertEquals("{\"enable\":false,\"min_instances\":1,\"max_instances\":10}", body.get("auto_scaling").toString());
    assertEquals(4, body.at("/scaling_group/desired_size").asInt());
  }

  @Test
  void modifyOfOtherFieldsEchoesAutoScalingWithItsEnableFlag() {
    cs.enqueue(200, detail("{\"enable\":true,\"min_instances\":1,\"max_instances\":10,\"type\":\"cpu\"}"));
    cs.enqueue(200, "{\"task_id\":\"T-4\"}");
    pools.updatePool(CLUSTER, POOL, u -> u.label("team", "ml"));
    assertEquals("{\"enable\":true,\"min_instances\":1,\"max_instances\":10}", modified().get("auto_scaling").toString());
  }

  @Test
  void everyCreateRuleSendsNothing() {
    refusedBeforeWrite("nodePool.autoScaling.min", () -> pools.createPool(CLUSTER, p -> p.name("a").ecs(ECS).autoScaling(-1, 5)));
    refusedBeforeWrite("nodePool.autoScaling.min", () -> pools.createPool(CLUSTER, p -> p.name("a").ecs(ECS).autoScaling(6, 5)));
    refusedBeforeWrite("nodePool.autoScaling.max", () -> pools.createPool(CLUSTER, p -> p.name("a").ecs(ECS).autoScaling(0, 2001)));
    refusedBeforeWrite("nodePool.autoScaling.max", () -> pools.createPool(CLUSTER, p -> p.name("a").ecs(ECS).autoScaling(0, 0)));
    refusedBeforeWrite("nodePool.autoScaling.type",
        () -> pools.createPool(CLUSTER, p -> p.name("a").ecs(ECS).autoScaling(0, 5, AutoScalingType.UNKNOWN)));
    refusedBeforeWrite("nodePool.scalingGroup.desiredSize", () -> pools.createPool(CLUSTER, p -> p.name("a")
        .ecs(s -> ECS.andThen(b -> b.desiredSize(2)).accept(s)).autoScaling(0, 5)));
    refusedBeforeWrite("nodePool.scalingGroup.instanceChargeType", () -> pools.createPool(CLUSTER, p -> p.name("a")
        .ecs(s -> ECS.andThen(b -> b.instanceChargeType("PrePaid")).accept(s)).autoScaling(0, 5)));
    refusedBeforeWrite("nodePool.autoScaling", () -> pools.createPool(CLUSTER, p -> p.name("a").edge("basic").autoScaling(0, 5)));
    refusedBeforeWrite("nodePool.autoScaling", () -> pools.createPool(CLUSTER, p -> p.name("a").lingjun().disableAutoScaling()));
    refusedBeforeWrite("nodePool.labels", () -> pools.createPool(CLUSTER, p -> {
      p.name("a").ecs(ECS).autoScaling(0, 5);
      for (int i = 0; i < 6; i++) {
        p.label("l" + i, "v").taint("t" + i, "v", TaintEffect.NO_SCHEDULE);
      }
    }));
    assertEquals(0, cs.server.getRequestCount());
  }

  @Test
  void elevenLabelsAndTaintsAreStillAllowed() {
    cs.enqueue(200, "{\"nodepool_id\":\"np-burst\"}");
    pools.createPool(CLUSTER, p -> {
      p.name("a").ecs(ECS).autoScaling(0, 5);
      for (int i = 0; i < 11; i++) {
        p.label("l" + i, "v");
      }
    });
    assertEquals(11, created().at("/kubernetes_config/labels").size());
  }

  @Test
  void updateBuilderRulesSendNothing() {
    refusedBeforeWrite("nodePoolUpdate.autoScaling.min", () -> pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(9, 3)));
    refusedBeforeWrite("nodePoolUpdate.autoScaling.max", () -> pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(0, 2001)));
    refusedBeforeWrite("nodePoolUpdate.desiredSize", () -> pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(0, 5).desiredSize(3)));
    assertEquals(0, cs.server.getRequestCount());
  }

  @Test
  void poolRulesAreCheckedAgainstThePoolAsReadAndNothingIsWritten() {
    String prefix = "nodePoolUpdate.";
    cs.enqueue(200, detail(null, "[]", ",\"is_default\":true", "PostPaid"));
    ValidationException def = assertThrows(ValidationException.class, () -> pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(0, 5)));
    assertEquals(prefix + "autoScaling", def.field());
    assertTrue(def.getMessage().contains("default node pool"), def.getMessage());

    cs.enqueue(200, "{\"nodepool_info\":{\"nodepool_id\":\"" + POOL + "\",\"type\":\"hybrid\"}}");
    ValidationException hybrid = assertThrows(ValidationException.class, () -> pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(0, 5)));
    assertEquals(prefix + "autoScaling", hybrid.field());
    assertTrue(hybrid.getMessage().contains("hybrid cloud node pool"), hybrid.getMessage());

    cs.enqueue(200, detail(null, "[]", "", "PrePaid"));
    refusedBeforeWrite(prefix + "autoScaling", () -> pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(0, 5)));

    cs.enqueue(200, detail("{\"enable\":true,\"min_instances\":1,\"max_instances\":10}"));
    refusedBeforeWrite(prefix + "desiredSize", () -> pools.updatePool(CLUSTER, POOL, u -> u.desiredSize(4)));

    StringBuilder eleven = new StringBuilder("[");
    for (int i = 0; i < 11; i++) {
      eleven.append(i == 0 ? "" : ",").append("{\"key\":\"l").append(i).append("\",\"value\":\"v\"}");
    }
    String labels = eleven.append("]").toString();
    cs.enqueue(200, detail(null, labels, "", "PostPaid"));
    refusedBeforeWrite(prefix + "labels",
        () -> pools.updatePool(CLUSTER, POOL, u -> u.autoScaling(0, 5).taint("gpu", "true", TaintEffect.NO_SCHEDULE)));
    cs.enqueue(200, detail("{\"enable\":true,\"min_instances\":0,\"max_instances\":5}", labels, "", "PostPaid"));
    refusedBeforeWrite(prefix + "labels", () -> pools.updatePool(CLUSTER, POOL, u -> u.label("one", "more")));

    for (int i = 0; i < 6; i++) {
      assertEquals("DescribeClusterNodePoolDetail", cs.take().getHeader("x-acs-action"), "only reads may be sent");
    }
    assertEquals(6, cs.server.getRequestCount());
  }

  @Test
  void aPoolPastTheTagLimitCanStillDropALabelOrSwitchAutoScalingOff() {
    StringBuilder twelve = new StringBuilder("[");
    for (int i = 0; i < 13; i++) {
      twelve.append(i == 0 ? "" : ",").append("{\"key\":\"l").append(i).append("\",\"value\":\"v\"}");
    }
    String labels = twelve.append("]").toString();
    cs.enqueue(200, detail("{\"enable\":true,\"min_instances\":0,\"max_instances\":5}", labels, "", "PostPaid"));
    cs.enqueue(200, "{\"task_id\":\"T-5\"}");
    cs.enqueue(200, detail("{\"enable\":true,\"min_instances\":0,\"max_instances\":5}", labels, "", "PostPaid"));
    cs.enqueue(200, "{\"task_id\":\"T-6\"}");
    pools.updatePool(CLUSTER, POOL, u -> u.removeLabel("l0"));
    pools.updatePool(CLUSTER, POOL, NodePoolUpdate.Builder::disableAutoScaling);
    assertEquals(12, modified().at("/kubernetes_config/labels").size());
    assertEquals("{\"enable\":false,\"min_instances\":0,\"max_instances\":5}", modified().get("auto_scaling").toString());
  }
}
