package io.github.ackhybrid.nodepool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.model.HybridDefaults;
import io.github.ackhybrid.nodepool.model.Label;
import io.github.ackhybrid.nodepool.model.NodePoolType;
import io.github.ackhybrid.nodepool.model.Taint;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import io.github.ackhybrid.nodepool.model.TerwayHybridMode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PoolSpecTest {

  @Test
  void aHybridSpecStartsWithTheDefaultLabelAndTaint() {
    HybridPoolSpec spec = HybridPoolSpec.builder().name("idc").label("team", "ml").build();
    assertEquals(NodePoolType.HYBRID, spec.type());
    assertEquals(List.of(HybridDefaults.LABEL, Label.of("team", "ml")), spec.labels());
    assertEquals(List.of(HybridDefaults.TAINT), spec.taints());
    assertEquals(TerwayHybridMode.OVERLAY, spec.networkMode());
  }

  @Test
  void theHybridDefaultsCannotBeRemovedOrChanged() {
    HybridPoolSpec.Builder b = HybridPoolSpec.builder().name("idc");
    ValidationException removeLabel = assertThrows(ValidationException.class,
        () -> b.removeLabel("alibabacloud.com/nodepool-type"));
    assertTrue(removeLabel.getMessage().contains("breaks the feature"), removeLabel.getMessage());
    assertThrows(ValidationException.class, () -> b.label("alibabacloud.com/nodepool-type", "idc"));
    assertThrows(ValidationException.class,
        () -> b.labels(Map.of("alibabacloud.com/nodepool-type", "x")));
    ValidationException removeTaint = assertThrows(ValidationException.class, () -> b.removeTaint("nodepool-type"));
    assertTrue(removeTaint.getMessage().contains("toleration"), removeTaint.getMessage());
    assertThrows(ValidationException.class, () -> b.taint("nodepool-type", "hybridcloud", TaintEffect.NO_EXECUTE));
    assertThrows(ValidationException.class, () -> b.taint("nodepool-type", "other", TaintEffect.NO_SCHEDULE));
    b.label("alibabacloud.com/nodepool-type", "hybridcloud").taint("nodepool-type", "hybridcloud",
        TaintEffect.NO_SCHEDULE);
    HybridPoolSpec spec = b.build();
    assertEquals(1, spec.labels().size());
    assertEquals(1, spec.taints().size());
  }

  @Test
  void otherLabelsAndTaintsComeAndGo() {
    HybridPoolSpec spec = HybridPoolSpec.builder().name("idc")
        .label("a", "1").label("b", "2").removeLabel("a").label("b", "3")
        .taint("gpu", "true", TaintEffect.NO_SCHEDULE).taint("gpu", "true", TaintEffect.NO_EXECUTE)
        .taint("gpu", "false", TaintEffect.NO_SCHEDULE).taint("x", "", TaintEffect.PREFER_NO_SCHEDULE).removeTaint("x")
        .build();
    assertEquals(List.of(HybridDefaults.LABEL, Label.of("b", "3")), spec.labels());
    assertEquals(List.of(HybridDefaults.TAINT, Taint.of("gpu", "false", TaintEffect.NO_SCHEDULE),
        Taint.of("gpu", "true", TaintEffect.NO_EXECUTE)), spec.taints());
    assertEquals(spec, spec.toBuilder().build());
    assertEquals(TerwayHybridMode.UNDERLAY, spec.toBuilder().networkMode(TerwayHybridMode.UNDERLAY).build().networkMode());
  }

  @Test
  void labelsAndTaintsFollowTheKubernetesRules() {
    HybridPoolSpec.Builder b = HybridPoolSpec.builder();
    assertEquals("nodePool.label.key", assertThrows(ValidationException.class, () -> b.label("-a", "v")).field());
    assertEquals("nodePool.label.value", assertThrows(ValidationException.class, () -> b.label("k", "a b")).field());
    assertEquals("nodePool.taint.key", assertThrows(ValidationException.class,
        () -> b.taint("UPPER.example.com/x", "v", TaintEffect.NO_SCHEDULE)).field());
    assertEquals("nodePool.taint.value", assertThrows(ValidationException.class,
        () -> b.taint("k", "v-", TaintEffect.NO_SCHEDULE)).field());
    b.label("example.com/Team_Name.v1", "").label("k", "A-b_c.9");
    ValidationException e = assertThrows(ValidationException.class, () -> b.taint("k", "v", TaintEffect.UNKNOWN));
    assertEquals("nodePool.taint.effect", e.field());
    assertThrows(ValidationException.class, () -> b.taint("k", "v", null));
  }

  @Test
  void theNameIsRequiredAndChecked() {
    ValidationException empty = assertThrows(ValidationException.class, () -> HybridPoolSpec.builder().name("").build());
    assertEquals("nodePool.name must be 1-63 characters [A-Za-z0-9_-] starting with a letter or digit, was \"\"",
        empty.getMessage());
    assertThrows(ValidationException.class, () -> HybridPoolSpec.builder().build());
    assertThrows(ValidationException.class, () -> HybridPoolSpec.builder().name("x".repeat(64)).build());
    assertThrows(ValidationException.class, () -> HybridPoolSpec.builder().name("-idc").build());
  }

  @Test
  void autoRepairNeedsAManagedPool() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> HybridPoolSpec.builder().name("idc").autoRepair(true).build());
    assertEquals("nodePool.autoRepair", e.field());
    HybridPoolSpec.builder().name("idc").managed(true).autoRepair(true).autoUpgrade(true).build();
  }

  @Test
  void genericPoolsNeedAKindAndEcsPoolsAScalingGroup() {
    assertEquals("nodePool.type", assertThrows(ValidationException.class,
        () -> NodePoolSpec.builder().name("app").build()).field());
    assertThrows(ValidationException.class, () -> NodePoolSpec.builder().name("app").ecs(s -> {}).build());
    assertThrows(ValidationException.class, () -> NodePoolSpec.builder().name("app")
        .ecs(s -> s.addVSwitchId("vsw-1").addInstanceType("g7.xlarge")).build());
    assertThrows(ValidationException.class, () -> NodePoolSpec.builder().name("app")
        .ecs(s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge").instanceChargeType("Free")).build());
    assertThrows(ValidationException.class, () -> NodePoolSpec.builder().name("edge").edge("fast"));
    assertThrows(ValidationException.class, () -> NodePoolSpec.builder().name("lj").lingjun().autoScaling(0, 3).build());
    assertThrows(ValidationException.class, () -> NodePoolSpec.builder().name("app")
        .ecs(s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge")).autoScaling(5, 2).build());
    ValidationException hybridLabel = assertThrows(ValidationException.class, () -> NodePoolSpec.builder().name("x")
        .lingjun().label("alibabacloud.com/nodepool-type", "hybridcloud").build());
    assertTrue(hybridLabel.getMessage().contains("createHybridPool"), hybridLabel.getMessage());
    NodePoolSpec ok = NodePoolSpec.builder().name("app")
        .ecs(s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge").desiredSize(0)).build();
    assertEquals(NodePoolType.ESS, ok.type());
    assertEquals(ok, ok.toBuilder().build());
  }

  @Test
  void autoScalingPoolsKeepLabelsAndTaintsUnderTheTagLimit() {
    NodePoolSpec.Builder b = NodePoolSpec.builder().name("app")
        .ecs(s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge")).autoScaling(0, 5);
    for (int i = 0; i < 12; i++) {
      b.label("l" + i, "v");
    }
    assertEquals("nodePool.labels", assertThrows(ValidationException.class, b::build).field());
  }

  @Test
  void autoScalingSettingsSurviveACopyAndOffClearsTheBounds() {
    NodePoolSpec on = NodePoolSpec.builder().name("burst")
        .ecs(s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge"))
        .autoScaling(1, 9, io.github.ackhybrid.nodepool.model.AutoScalingType.GPU).build();
    assertEquals(java.util.Optional.of(true), on.autoScalingEnabled());
    assertEquals(java.util.Optional.of(io.github.ackhybrid.nodepool.model.AutoScalingType.GPU), on.autoScalingType());
    assertEquals(on, on.toBuilder().build());
    NodePoolSpec off = on.toBuilder().disableAutoScaling().build();
    assertEquals(java.util.Optional.of(false), off.autoScalingEnabled());
    assertTrue(off.autoScalingMax().isEmpty());
    assertTrue(off.autoScalingType().isEmpty());
    assertTrue(off.toString().contains("autoScaling=off"), off.toString());
  }

  @Test
  void updatesMustChangeSomething() {
    assertThrows(ValidationException.class, () -> NodePoolUpdate.builder().build());
    assertThrows(ValidationException.class, () -> NodePoolUpdate.builder().desiredSize(-1).build());
    assertThrows(ValidationException.class, () -> NodePoolUpdate.builder().name("bad name").build());
    NodePoolUpdate u = NodePoolUpdate.builder().label("a", "1").removeLabel("a").build();
    assertTrue(u.labelsToPut().isEmpty());
    assertEquals(java.util.Set.of("a"), u.labelsToRemove());
  }
}
