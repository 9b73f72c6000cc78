package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertInvalid;
import static io.github.ackhybrid.nodepool.scheduling.Trees.assertTree;
import static io.github.ackhybrid.nodepool.scheduling.Trees.json;
import static io.github.ackhybrid.nodepool.scheduling.Trees.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HybridPlacementTest {
  private static final String TOLERATION_JSON =
      "{\"key\":\"nodepool-type\",\"operator\":\"Equal\",\"value\":\"hybridcloud\",\"effect\":\"NoSchedule\"}";
  private static final String TOLERATION_YAML = """
      tolerations:
      - key: nodepool-type
        operator: Equal
        value: hybridcloud
        effect: NoSchedule
      """;

  @Test
  void theHybridTolerationMatchesTheHybridPoolTaint() {
    Toleration toleration = HybridPlacement.hybridToleration();

    assertTree(json(TOLERATION_JSON), toleration.toJson());
    assertTrue(toleration.tolerates("nodepool-type", "hybridcloud", Toleration.Effect.NO_SCHEDULE));
    assertFalse(toleration.tolerates("nodepool-type", "hybridcloud", Toleration.Effect.NO_EXECUTE));
    assertFalse(toleration.tolerates("nodepool-type", "edge", Toleration.Effect.NO_SCHEDULE));
    assertEquals("nodepool-type=hybridcloud:NoSchedule", toleration.toString());
  }

  @Test
  void tolerateOnlyAddsJustTheToleration() {
    HybridPlacement placement = HybridPlacement.tolerateHybridNodes();

    assertEquals(List.of(HybridPlacement.hybridToleration()), placement.tolerations());
    assertEquals(Map.of(), placement.nodeSelector());
    assertTree(json("{\"tolerations\":[" + TOLERATION_JSON + "]}"), placement.toJson());
    assertEquals(TOLERATION_YAML, placement.toYaml());
  }

  @Test
  void requireHybridNodesAddsARequiredAffinityOnThePoolTypeLabel() {
    HybridPlacement placement = HybridPlacement.requireHybridNodes();

    assertEquals(List.of(NodeLabelRequirement.in("alibabacloud.com/nodepool-type", "hybridcloud")),
        placement.requiredNodeAffinity());
    assertTree(json("{\"tolerations\":[" + TOLERATION_JSON + "],"
        + "\"affinity\":{\"nodeAffinity\":{\"requiredDuringSchedulingIgnoredDuringExecution\":{\"nodeSelectorTerms\":"
        + "[{\"matchExpressions\":[{\"key\":\"alibabacloud.com/nodepool-type\",\"operator\":\"In\","
        + "\"values\":[\"hybridcloud\"]}]}]}}}}"), placement.toJson());
    assertEquals(TOLERATION_YAML + """
        affinity:
          nodeAffinity:
            requiredDuringSchedulingIgnoredDuringExecution:
              nodeSelectorTerms:
              - matchExpressions:
                - key: alibabacloud.com/nodepool-type
                  operator: In
                  values:
                  - hybridcloud
        """, placement.toYaml());
  }

  @Test
  void requireHybridPoolPinsPodsToOnePoolByNodeSelector() {
    HybridPlacement placement = HybridPlacement.requireHybridPool("np-idc-0001");

    assertEquals(Map.of("alibabacloud.com/nodepool-id", "np-idc-0001"), placement.nodeSelector());
    assertTree(json("{\"tolerations\":[" + TOLERATION_JSON + "],"
        + "\"nodeSelector\":{\"alibabacloud.com/nodepool-id\":\"np-idc-0001\"}}"), placement.toJson());
    assertEquals(TOLERATION_YAML + """
        nodeSelector:
          alibabacloud.com/nodepool-id: np-idc-0001
        """, placement.toYaml());
    assertInvalid("hybridPlacement.hybridPoolId", () -> HybridPlacement.requireHybridPool(""));
  }

  @Test
  void preferHybridNodesAllowsCloudNodesThroughAPreferredAffinity() {
    HybridPlacement placement = HybridPlacement.preferHybridNodes();

    assertEquals(Optional.of(new HybridPlacement.Preference(100,
        List.of(NodeLabelRequirement.in("alibabacloud.com/nodepool-type", "hybridcloud")))),
        placement.preferredNodeAffinity());
    assertEquals(List.of(), placement.requiredNodeAffinity());
    assertTree(json("{\"tolerations\":[" + TOLERATION_JSON + "],"
        + "\"affinity\":{\"nodeAffinity\":{\"preferredDuringSchedulingIgnoredDuringExecution\":[{\"weight\":100,"
        + "\"preference\":{\"matchExpressions\":[{\"key\":\"alibabacloud.com/nodepool-type\",\"operator\":\"In\","
        + "\"values\":[\"hybridcloud\"]}]}}]}}}"), placement.toJson());
    assertEquals(TOLERATION_YAML + """
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              preference:
                matchExpressions:
                - key: alibabacloud.com/nodepool-type
                  operator: In
                  values:
                  - hybridcloud
        """, placement.toYaml());
    assertEquals(30, HybridPlacement.preferHybridNodes(30).toJson()
        .at("/affinity/nodeAffinity/preferredDuringSchedulingIgnoredDuringExecution/0/weight").asInt());
    assertInvalid("hybridPlacement.preference.weight", () -> HybridPlacement.preferHybridNodes(0));
    assertInvalid("hybridPlacement.preference.weight", () -> HybridPlacement.preferHybridNodes(101));
  }

  @Test
  void snippetsAreCopiesAndReadBackAsTheSameTree() {
    HybridPlacement placement = HybridPlacement.requireHybridNodes();
    ObjectNode first = placement.toJson();
    first.removeAll();

    assertFalse(placement.toJson().isEmpty());
    for (HybridPlacement p : List.of(HybridPlacement.tolerateHybridNodes(), HybridPlacement.requireHybridNodes(),
        HybridPlacement.requireHybridPool("np-1"), HybridPlacement.preferHybridNodes())) {
      assertTree(p.toJson(), yaml(p.toYaml()));
    }
    assertThrows(UnsupportedOperationException.class, () -> placement.tolerations().add(HybridPlacement.hybridToleration()));
  }

  @Test
  void tolerationsAndRequirementsCheckTheirParts() {
    assertInvalid("toleration.key", () -> Toleration.equal("bad key", "v", Toleration.Effect.NO_SCHEDULE));
    assertInvalid("toleration.value", () -> Toleration.equal("k", "bad value", Toleration.Effect.NO_SCHEDULE));
    assertInvalid("toleration.effect", () -> Toleration.exists("k", null));
    assertInvalid("nodeLabelRequirement.values", () -> NodeLabelRequirement.in("k"));
    assertInvalid("nodeLabelRequirement.values[1]", () -> NodeLabelRequirement.notIn("k", "a", "b c"));

    Toleration exists = Toleration.exists("gpu", Toleration.Effect.NO_EXECUTE);
    assertTree(json("{\"key\":\"gpu\",\"operator\":\"Exists\",\"effect\":\"NoExecute\"}"), exists.toJson());
    assertTrue(exists.tolerates("gpu", "any", Toleration.Effect.NO_EXECUTE));
    assertTree(json("{\"key\":\"k8s.aliyun.com\",\"operator\":\"NotIn\",\"values\":[\"true\"]}"),
        NodeLabelRequirement.notIn("k8s.aliyun.com", "true").toJson());
  }

  @Test
  void preferOnPremisesNodesSteersAwayFromRegisteredClusterCloudNodesWithoutAToleration() {
    HybridPlacement placement = HybridPlacement.preferOnPremisesNodes();

    assertEquals(List.of(), placement.tolerations());
    HybridPlacement.Preference preference = placement.preferredNodeAffinity().orElseThrow();
    assertEquals(100, preference.weight());
    assertEquals(List.of(NodeLabelRequirement.notIn("alibabacloud.com/external", "true")), preference.requirements());
    assertTree(json("{\"affinity\":{\"nodeAffinity\":{\"preferredDuringSchedulingIgnoredDuringExecution\":"
        + "[{\"weight\":100,\"preference\":{\"matchExpressions\":[{\"key\":\"alibabacloud.com/external\","
        + "\"operator\":\"NotIn\",\"values\":[\"true\"]}]}}]}}}"), placement.toJson());
    String yaml = placement.toYaml();
    assertEquals("""
        affinity:
          nodeAffinity:
            preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              preference:
                matchExpressions:
                - key: alibabacloud.com/external
                  operator: NotIn
                  values:
                  - "true"
        """, yaml);
    assertTree(placement.toJson(), yaml(yaml));
    assertFalse(placement.equals(HybridPlacement.preferHybridNodes()));
  }
}
