package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertInvalid;
import static io.github.ackhybrid.nodepool.scheduling.Trees.assertTree;
import static io.github.ackhybrid.nodepool.scheduling.Trees.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchedulingUnitTest {

  @Test
  void poolUnitsSelectTheirPoolByTheNodePoolIdLabel() {
    assertTree(json("{\"resource\":\"ecs\",\"nodeSelector\":{\"alibabacloud.com/nodepool-id\":\"np-1\"}}"),
        SchedulingUnit.nodePool("np-1").toJson());
    assertTree(json("{\"resource\":\"ecs\",\"nodeSelector\":{\"alibabacloud.com/nodepool-id\":\"np-idc\"}}"),
        SchedulingUnit.hybridPool("np-idc").toJson());
    assertTree(json("""
        {"resource":"ecs","nodeSelector":{"alibabacloud.com/nodepool-id":"np-burst"},
         "podLabels":{"k8s.aliyun.com/resource-policy-wait-for-ecs-scaling":"true"}}"""),
        SchedulingUnit.autoScalingPool("np-burst").toJson());
    assertTree(json("{\"resource\":\"eci\"}"), SchedulingUnit.eci().toJson());
    assertTree(json("{\"resource\":\"acs\"}"), SchedulingUnit.acs().toJson());
    assertEquals(Optional.of("np-idc"), SchedulingUnit.hybridPool("np-idc").nodePoolId());
    assertEquals(Optional.empty(), SchedulingUnit.eci().nodePoolId());
  }

  @Test
  void aUnitHoldingAnAutoScalingPoolTakesNoMax() {
    ValidationException e = assertInvalid("schedulingUnit.max", () -> SchedulingUnit.autoScalingPool("np-burst").withMax(3));
    assertEquals("schedulingUnit.max must not be set on a unit holding an auto-scaling node pool (np-burst): the pool "
        + "may create nodes the unit cannot use; leave max unset and bound the pool with its maximum instances",
        e.getMessage());

    SchedulingUnit notWaiting = SchedulingUnit.autoScalingPool("np-burst").withWaitForScaleOut(false);
    assertTrue(notWaiting.holdsAutoScalingPool());
    assertFalse(notWaiting.toJson().has("podLabels"));
    assertInvalid("schedulingUnit.max", () -> notWaiting.withMax(3));

    SchedulingUnit waitingSelector = SchedulingUnit.nodeSelector(Map.of("k8s.aliyun.com", "true")).withWaitForScaleOut(true);
    assertInvalid("schedulingUnit.max", () -> waitingSelector.withMax(1));
    assertInvalid("schedulingUnit.waitForScaleOut", () -> SchedulingUnit.nodePool("np-1").withMax(2).withWaitForScaleOut(true));
  }

  @Test
  void waitingForScaleOutIsOnlyForCloudNodeUnits() {
    assertEquals("schedulingUnit.waitForScaleOut must only be set on a unit of cluster nodes: the pod label waits for "
        + "node-pool scale-out, and this is an eci unit",
        assertInvalid("schedulingUnit.waitForScaleOut", () -> SchedulingUnit.eci().withWaitForScaleOut(true)).getMessage());
    assertInvalid("schedulingUnit.waitForScaleOut", () -> SchedulingUnit.acs().withWaitForScaleOut(true));
    assertInvalid("schedulingUnit.waitForScaleOut", () -> SchedulingUnit.hybridPool("np-idc").withWaitForScaleOut(true));
    assertInvalid("schedulingUnit.podLabels",
        () -> SchedulingUnit.nodePool("np-1").withPodLabel(SchedulingUnit.WAIT_FOR_SCALE_OUT_LABEL, "true"));
    assertTrue(SchedulingUnit.nodePool("np-1").withWaitForScaleOut(true).holdsAutoScalingPool());
  }

  @Test
  void maxIsANonNegativeCount() {
    assertInvalid("schedulingUnit.max", () -> SchedulingUnit.eci().withMax(-1));
    assertEquals(Optional.of(0), SchedulingUnit.eci().withMax(0).max());
    assertEquals(5, SchedulingUnit.hybridPool("np-idc").withMax(5).toJson().path("max").asInt());
  }

  @Test
  void idsAndLabelsFollowTheKubernetesRules() {
    assertInvalid("schedulingUnit.nodePoolId", () -> SchedulingUnit.nodePool(""));
    assertInvalid("schedulingUnit.nodePoolId", () -> SchedulingUnit.hybridPool("np idc"));
    assertInvalid("schedulingUnit.nodePoolId", () -> SchedulingUnit.autoScalingPool(null));
    assertInvalid("schedulingUnit.nodePoolId", () -> SchedulingUnit.nodePool("np-" + "a".repeat(61)));
    assertInvalid("schedulingUnit.nodeSelector", () -> SchedulingUnit.nodeSelector(Map.of()));
    assertInvalid("schedulingUnit.nodeSelector", () -> SchedulingUnit.nodeSelector(Map.of("a b", "c")));
    assertInvalid("schedulingUnit.nodeSelector[zone]", () -> SchedulingUnit.nodeSelector(Map.of("zone", "-a")));
    assertInvalid("schedulingUnit.podLabels[tier]", () -> SchedulingUnit.eci().withPodLabel("tier", "a/b"));
    assertInvalid("schedulingUnit.podAnnotations", () -> SchedulingUnit.eci().withPodAnnotation("/x", "v"));
    assertInvalid("schedulingUnit.podAnnotations[x]", () -> SchedulingUnit.eci().withPodAnnotation("x", null));
  }

  @Test
  void stepsReturnNewUnitsAndCopyTheirInputs() {
    Map<String, String> labels = new HashMap<>(Map.of("zone", "a"));
    SchedulingUnit unit = SchedulingUnit.nodeSelector(labels);
    labels.put("zone", "b");
    SchedulingUnit labelled = unit.withPodLabel("tier", "one");
    SchedulingUnit annotated = labelled.withPodAnnotation("note", "x y");

    assertEquals(Map.of("zone", "a"), unit.nodeSelector());
    assertEquals(Map.of(), unit.podLabels());
    assertEquals(Map.of(), labelled.podAnnotations());
    assertEquals(Map.of("tier", "one"), annotated.podLabels());
    assertEquals(Map.of("note", "x y"), annotated.podAnnotations());
    assertThrows(UnsupportedOperationException.class, () -> annotated.podLabels().put("a", "b"));
    assertThrows(UnsupportedOperationException.class, () -> annotated.nodeSelector().put("a", "b"));
  }

  @Test
  void hybridNodesAreRecognisedByKindOrPoolTypeLabel() {
    assertTrue(SchedulingUnit.hybridPool("np-idc").selectsHybridNodes());
    assertTrue(SchedulingUnit.nodeSelector(Map.of("alibabacloud.com/nodepool-type", "hybridcloud")).selectsHybridNodes());
    assertFalse(SchedulingUnit.nodePool("np-1").selectsHybridNodes());
    assertFalse(SchedulingUnit.eci().selectsHybridNodes());
  }
}
