package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertInvalid;
import static io.github.ackhybrid.nodepool.scheduling.Trees.assertTree;
import static io.github.ackhybrid.nodepool.scheduling.Trees.json;
import static io.github.ackhybrid.nodepool.scheduling.Trees.yaml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrioritySchedulingTest {
  /** The recipe of elastic-scheduling.md §3, verbatim: IDC first, then the auto-scaling ECS pool, ECI last. */
  private static final String REFERENCE_RECIPE = """
      apiVersion: scheduling.alibabacloud.com/v1alpha1
      kind: ResourcePolicy
      metadata: {name: web, namespace: prod}
      spec:
        selector: {app: web}
        strategy: prefer
        ignorePreviousPod: false
        ignoreTerminatingPod: true
        units:
        - {resource: ecs, nodeSelector: {alibabacloud.com/nodepool-id: np-idc-0001}}
        - resource: ecs                       # auto-scaling pool: no max
          nodeSelector: {alibabacloud.com/nodepool-id: np-ecs-burst-0001}
          podLabels: {k8s.aliyun.com/resource-policy-wait-for-ecs-scaling: "true"}
        - {resource: eci}
        whenTryNextUnits: {policy: TimeoutOrExceedMax, timeout: 10m}
      """;

  private static PriorityScheduling recipe() {
    return PriorityScheduling.hybridFirst("web", "prod", Map.of("app", "web"), "np-idc-0001", "np-ecs-burst-0001")
        .addUnit(SchedulingUnit.eci());
  }

  // --- rendering ---------------------------------------------------------------------------------

  @Test
  void hybridFirstWithEciRendersTheReferenceRecipePlusTheManagedByLabel() {
    ObjectNode expected = (ObjectNode) yaml(REFERENCE_RECIPE);
    ((ObjectNode) expected.get("metadata")).putObject("labels").put("app.kubernetes.io/managed-by", "ackhybrid-sdk");

    assertTree(expected, recipe().toResource());
  }

  @Test
  void hybridFirstIsTheSameAsTheFluentSteps() {
    PriorityScheduling fluent = PriorityScheduling.create("web", "prod")
        .addSelectorLabel("app", "web")
        .addUnit(SchedulingUnit.hybridPool("np-idc-0001"))
        .addUnit(SchedulingUnit.autoScalingPool("np-ecs-burst-0001"))
        .whenTryNextUnits(WhenTryNextUnits.timeoutOrExceedMax(Duration.ofMinutes(10)));

    PriorityScheduling recipe =
        PriorityScheduling.hybridFirst("web", "prod", Map.of("app", "web"), "np-idc-0001", "np-ecs-burst-0001");
    assertEquals(fluent, recipe);
    assertEquals(fluent.hashCode(), recipe.hashCode());
    assertEquals(List.of(HybridPlacement.hybridToleration()), recipe.requiredTolerations());
    assertEquals(2, recipe.toResource().path("spec").path("units").size());
  }

  @Test
  void yamlReadsBackAsTheSameManifest() {
    String text = recipe().toYaml();

    assertTree(recipe().toResource(), yaml(text));
    assertTrue(text.contains("      k8s.aliyun.com/resource-policy-wait-for-ecs-scaling: \"true\"\n"), text);
    assertTrue(text.startsWith("apiVersion: scheduling.alibabacloud.com/v1alpha1\nkind: ResourcePolicy\n"), text);
  }

  @Test
  void rendersEveryOptionalSetting() {
    PriorityScheduling policy = PriorityScheduling.create("spark", "jobs")
        .addSelectorLabel("spark-role", "executor")
        .addUnit(SchedulingUnit.nodePool("np-ecs-0001").withMax(2).withPodLabel("tier", "ecs")
            .withPodAnnotation("example.com/note", "first choice"))
        .addUnit(SchedulingUnit.nodeSelector(Map.of("node.kubernetes.io/instance-type", "ecs.g7.xlarge"))
            .withWaitForScaleOut(true))
        .addUnit(SchedulingUnit.eci().withMax(3))
        .addUnit(SchedulingUnit.acs())
        .preemptPolicy(PreemptPolicy.BEFORE_NEXT_UNIT)
        .ignorePreviousPod(true)
        .ignoreTerminatingPod(false)
        .matchLabelKeys(List.of("sparkoperator.k8s.io/submission-id"))
        .whenTryNextUnits(WhenTryNextUnits.of(TryNextUnitsPolicy.LACK_RESOURCE_AND_NO_TERMINATING));

    assertTree(json("""
        {"apiVersion":"scheduling.alibabacloud.com/v1alpha1","kind":"ResourcePolicy",
         "metadata":{"name":"spark","namespace":"jobs","labels":{"app.kubernetes.io/managed-by":"ackhybrid-sdk"}},
         "spec":{"selector":{"spark-role":"executor"},"strategy":"prefer",
           "ignorePreviousPod":true,"ignoreTerminatingPod":false,"preemptPolicy":"BeforeNextUnit",
           "matchLabelKeys":["sparkoperator.k8s.io/submission-id"],
           "units":[
             {"resource":"ecs","nodeSelector":{"alibabacloud.com/nodepool-id":"np-ecs-0001"},"max":2,
              "podLabels":{"tier":"ecs"},"podAnnotations":{"example.com/note":"first choice"}},
             {"resource":"ecs","nodeSelector":{"node.kubernetes.io/instance-type":"ecs.g7.xlarge"},
              "podLabels":{"k8s.aliyun.com/resource-policy-wait-for-ecs-scaling":"true"}},
             {"resource":"eci","max":3},
             {"resource":"acs"}],
           "whenTryNextUnits":{"policy":"LackResourceAndNoTerminating"}}}"""), policy.toResource());
    assertEquals(List.of(), policy.requiredTolerations());
  }

  @Test
  void describesTheOrder() {
    assertEquals("ResourcePolicy prod/web for pods {app=web}: hybrid pool np-idc-0001 -> auto-scaling pool "
        + "np-ecs-burst-0001 (waits for scale-out) -> eci; TimeoutOrExceedMax after 10m", recipe().describe());
    assertEquals("ResourcePolicy prod/web for pods (all): no units yet",
        PriorityScheduling.create("web", "prod").toString());
  }

  // --- immutability ------------------------------------------------------------------------------

  @Test
  void everyStepReturnsANewPolicyAndLeavesTheOldOneAlone() {
    PriorityScheduling base = PriorityScheduling.create("web", "prod");
    PriorityScheduling withUnit = base.addUnit(SchedulingUnit.eci());
    PriorityScheduling withSelector = withUnit.addSelectorLabel("app", "web");
    PriorityScheduling withRule = withSelector.whenTryNextUnits(WhenTryNextUnits.of(TryNextUnitsPolicy.EXCEED_MAX));
    PriorityScheduling withFlags = withRule.ignorePreviousPod(true).ignoreTerminatingPod(false)
        .preemptPolicy(PreemptPolicy.AFTER_ALL_UNITS).addMatchLabelKey("pod-template-hash");

    assertEquals(List.of(), base.units());
    assertEquals(Map.of(), withUnit.selector());
    assertTrue(withSelector.whenTryNextUnits().isEmpty());
    assertFalse(withRule.ignorePreviousPod());
    assertTrue(withRule.ignoreTerminatingPod());
    assertTrue(withRule.preemptPolicy().isEmpty());
    assertEquals(List.of(), withRule.matchLabelKeys());
    assertTrue(withFlags.ignorePreviousPod());
    assertFalse(withFlags.ignoreTerminatingPod());
    assertEquals(List.of("pod-template-hash"), withFlags.matchLabelKeys());
    assertNotEquals(withRule, withFlags);
  }

  @Test
  void inputsAreCopiedAndOutputsCannotBeChanged() {
    Map<String, String> selector = new HashMap<>(Map.of("app", "web"));
    List<SchedulingUnit> units = new ArrayList<>(List.of(SchedulingUnit.nodePool("np-1")));
    List<String> keys = new ArrayList<>(List.of("pod-template-hash"));
    PriorityScheduling policy = PriorityScheduling.create("web", "prod").selector(selector).units(units)
        .matchLabelKeys(keys);

    selector.put("tier", "frontend");
    units.add(SchedulingUnit.eci());
    keys.add("other");

    assertEquals(Map.of("app", "web"), policy.selector());
    assertEquals(List.of(SchedulingUnit.nodePool("np-1")), policy.units());
    assertEquals(List.of("pod-template-hash"), policy.matchLabelKeys());
    assertThrows(UnsupportedOperationException.class, () -> policy.selector().put("x", "y"));
    assertThrows(UnsupportedOperationException.class, () -> policy.units().add(SchedulingUnit.eci()));
    assertThrows(UnsupportedOperationException.class, () -> policy.matchLabelKeys().add("x"));

    ObjectNode rendered = policy.toResource();
    rendered.withObject("/spec").put("strategy", "required");
    assertEquals("prefer", policy.toResource().path("spec").path("strategy").asText());
  }

  // --- validation (elastic-scheduling.md §7.2) ----------------------------------------------------

  @Test
  void namesFollowTheKubernetesRules() {
    assertInvalid("priorityScheduling.name", () -> PriorityScheduling.create("Web", "prod"));
    assertInvalid("priorityScheduling.name", () -> PriorityScheduling.create("", "prod"));
    assertInvalid("priorityScheduling.name", () -> PriorityScheduling.create("a".repeat(254), "prod"));
    assertInvalid("priorityScheduling.namespace", () -> PriorityScheduling.create("web", "prod.eu"));
    assertInvalid("priorityScheduling.namespace", () -> PriorityScheduling.create("web", null));
    assertEquals("web.v2", PriorityScheduling.create("web.v2", "prod").name());
  }

  @Test
  void aPolicyWithoutUnitsIsRefused() {
    PriorityScheduling empty = PriorityScheduling.create("web", "prod").addSelectorLabel("app", "web");

    assertEquals("priorityScheduling.units must hold at least one unit, in the order pods should fill them",
        assertInvalid("priorityScheduling.units", empty::validate).getMessage());
    assertInvalid("priorityScheduling.units", empty::toResource);
    assertInvalid("priorityScheduling.units", empty::toYaml);
  }

  @Test
  void aPoolBelongsInOneUnit() {
    PriorityScheduling twice = PriorityScheduling.hybridFirst("web", "prod", Map.of("app", "web"), "np-a", "np-a");

    assertEquals("priorityScheduling.units[1].nodePoolId must differ from units[0]'s: both select node pool np-a; "
        + "a pool belongs in one unit", assertInvalid("priorityScheduling.units[1].nodePoolId", twice::validate).getMessage());
    PriorityScheduling sameNodes = PriorityScheduling.create("web", "prod")
        .addUnit(SchedulingUnit.nodeSelector(Map.of("zone", "a")))
        .addUnit(SchedulingUnit.eci())
        .addUnit(SchedulingUnit.nodeSelector(Map.of("zone", "a")).withWaitForScaleOut(true));
    assertInvalid("priorityScheduling.units[2].nodeSelector", sameNodes::validate);
  }

  @Test
  void labelsFollowTheKubernetesRules() {
    PriorityScheduling policy = PriorityScheduling.create("web", "prod");

    assertInvalid("priorityScheduling.selector", () -> policy.addSelectorLabel("-app", "web"));
    assertInvalid("priorityScheduling.selector", () -> policy.addSelectorLabel("example.com/", "web"));
    assertInvalid("priorityScheduling.selector[app]", () -> policy.addSelectorLabel("app", "web frontend"));
    assertInvalid("priorityScheduling.selector[app]", () -> policy.selector(Map.of("app", "x".repeat(64))));
    assertInvalid("priorityScheduling.matchLabelKeys", () -> policy.addMatchLabelKey("bad key"));
    assertInvalid("priorityScheduling.matchLabelKeys", () -> policy.matchLabelKeys(List.of("a", "a")));
    assertInvalid("priorityScheduling.units[0]", () -> policy.addUnit(null));
  }

  @Test
  void timeoutOnlyWithTimeoutOrExceedMaxAndWithinBounds() {
    assertEquals("priorityScheduling.whenTryNextUnits.timeout must only be set with policy TimeoutOrExceedMax, "
        + "was set with ExceedMax", assertInvalid("priorityScheduling.whenTryNextUnits.timeout",
            () -> WhenTryNextUnits.of(TryNextUnitsPolicy.EXCEED_MAX, Duration.ofMinutes(1))).getMessage());
    for (Duration bad : List.of(Duration.ZERO, Duration.ofSeconds(-5), Duration.ofMillis(1500),
        Duration.ofHours(24).plusSeconds(1))) {
      assertInvalid("priorityScheduling.whenTryNextUnits.timeout", () -> WhenTryNextUnits.timeoutOrExceedMax(bad));
    }
    assertInvalid("priorityScheduling.whenTryNextUnits.policy", () -> WhenTryNextUnits.of(TryNextUnitsPolicy.UNKNOWN));
    assertEquals("24h", WhenTryNextUnits.timeoutOrExceedMax(Duration.ofHours(24)).toJson().path("timeout").asText());
    assertEquals("1s", WhenTryNextUnits.timeoutOrExceedMax(Duration.ofSeconds(1)).toJson().path("timeout").asText());
  }

  @Test
  void aTimeoutIsRefusedWhenEveryUnitIsAcs() {
    PriorityScheduling acsOnly = PriorityScheduling.create("web", "prod")
        .addUnit(SchedulingUnit.acs()).addUnit(SchedulingUnit.acs().withMax(5))
        .whenTryNextUnits(WhenTryNextUnits.timeoutOrExceedMax(Duration.ofMinutes(5)));

    assertInvalid("priorityScheduling.whenTryNextUnits.timeout", acsOnly::validate);
    acsOnly.whenTryNextUnits(WhenTryNextUnits.of(TryNextUnitsPolicy.TIMEOUT_OR_EXCEED_MAX)).validate();
    acsOnly.addUnit(SchedulingUnit.eci()).validate();
  }

  @Test
  void unknownEnumsCannotBeSent() {
    assertInvalid("priorityScheduling.preemptPolicy",
        () -> PriorityScheduling.create("web", "prod").preemptPolicy(PreemptPolicy.UNKNOWN));
    assertInvalid("priorityScheduling.whenTryNextUnits",
        () -> PriorityScheduling.create("web", "prod").whenTryNextUnits(null));
  }

  @Test
  void warnsAboutLegalButDoubtfulSettings() {
    assertEquals(List.of(), recipe().warnings());

    PriorityScheduling doubtful = PriorityScheduling.create("web", "prod")
        .addUnit(SchedulingUnit.nodePool("np-1").withMax(0))
        .addUnit(SchedulingUnit.eci())
        .addUnit(SchedulingUnit.autoScalingPool("np-2"));
    assertEquals(List.of(
        "priorityScheduling.selector is empty: the policy places every pod of namespace prod",
        "priorityScheduling.units[0].max is 0: the unit takes no pods (ACK does not document this case)",
        "priorityScheduling.units[1] is an eci unit without max: the units after it get pods only when eci capacity "
            + "runs out"), doubtful.warnings());

    PriorityScheduling counting = recipe().addMatchLabelKey("pod-template-hash")
        .addSelectorLabel("alibabacloud.com/compute-class", "general-purpose");
    assertEquals(List.of(
        "priorityScheduling.selector uses alibabacloud.com/compute-class, which ACK may rewrite on pods, so they may "
            + "fall out of the policy",
        "priorityScheduling: matchLabelKeys, ignorePreviousPod and ignoreTerminatingPod only affect max counts, and no "
            + "unit has a max"), counting.warnings());
  }

  // --- reading back --------------------------------------------------------------------------------

  @Test
  void readsItsOwnManifestsBack() {
    PriorityScheduling policy = PriorityScheduling.create("spark", "jobs")
        .addSelectorLabel("spark-role", "executor")
        .addUnit(SchedulingUnit.nodePool("np-ecs-0001").withMax(2).withPodLabel("tier", "ecs")
            .withPodAnnotation("example.com/note", "first"))
        .addUnit(SchedulingUnit.autoScalingPool("np-burst"))
        .addUnit(SchedulingUnit.nodeSelector(Map.of("zone", "b")))
        .addUnit(SchedulingUnit.eci().withMax(3))
        .addUnit(SchedulingUnit.acs())
        .preemptPolicy(PreemptPolicy.BEFORE_NEXT_UNIT)
        .ignorePreviousPod(true)
        .matchLabelKeys(List.of("pod-template-hash"))
        .whenTryNextUnits(WhenTryNextUnits.timeoutOrExceedMax(Duration.ofSeconds(90)));

    assertEquals(policy, PriorityScheduling.fromResource(policy.toResource()));
  }

  @Test
  void aHybridPoolReadsBackAsANodePoolUnit() {
    PriorityScheduling read = PriorityScheduling.fromResource(recipe().toResource());

    assertEquals(SchedulingUnit.Kind.NODE_POOL, read.units().get(0).kind());
    assertEquals(SchedulingUnit.Kind.AUTO_SCALING_POOL, read.units().get(1).kind());
    assertEquals(recipe().toResource(), read.toResource());
  }

  @Test
  void readingKeepsAnUnknownTryNextPolicyAndAcceptsTheGoTypesSpelling() {
    ObjectNode manifest = recipe().toResource();
    manifest.withObject("/spec/whenTryNextUnits").put("policy", "LackResourceAndNoterminating").remove("timeout");
    WhenTryNextUnits rule = PriorityScheduling.fromResource(manifest).whenTryNextUnits().orElseThrow();
    assertEquals(TryNextUnitsPolicy.LACK_RESOURCE_AND_NO_TERMINATING, rule.policy());
    assertEquals("LackResourceAndNoterminating", rule.policyAsString());

    manifest.withObject("/spec/whenTryNextUnits").put("policy", "Timeout");
    PriorityScheduling read = PriorityScheduling.fromResource(manifest);
    assertEquals(TryNextUnitsPolicy.UNKNOWN, read.whenTryNextUnits().orElseThrow().policy());
    assertEquals("Timeout", read.toResource().path("spec").path("whenTryNextUnits").path("policy").asText());
  }

  @Test
  void readingRefusesWhatItCannotHold() {
    ObjectNode extraField = recipe().toResource();
    extraField.withObject("/spec").putObject("consumerRef");
    assertInvalid("resourcePolicy.spec.consumerRef", () -> PriorityScheduling.fromResource(extraField));

    ObjectNode elastic = recipe().toResource();
    ((ObjectNode) elastic.withObject("/spec").withArray("units").get(2)).put("resource", "elastic");
    assertInvalid("resourcePolicy.spec.units[2].resource", () -> PriorityScheduling.fromResource(elastic));

    ObjectNode maxResources = recipe().toResource();
    ((ObjectNode) maxResources.withObject("/spec").withArray("units").get(0)).putObject("maxResources").put("cpu", "8");
    assertInvalid("resourcePolicy.spec.units[0].maxResources", () -> PriorityScheduling.fromResource(maxResources));

    ObjectNode required = recipe().toResource();
    required.withObject("/spec").put("strategy", "required");
    assertInvalid("resourcePolicy.spec.strategy", () -> PriorityScheduling.fromResource(required));

    ObjectNode otherKind = recipe().toResource().put("kind", "VirtualService");
    assertInvalid("resourcePolicy.kind", () -> PriorityScheduling.fromResource(otherKind));

    ObjectNode maxOnWaitingUnit = recipe().toResource();
    ((ObjectNode) maxOnWaitingUnit.withObject("/spec").withArray("units").get(1)).put("max", 4);
    assertInvalid("schedulingUnit.max", () -> PriorityScheduling.fromResource(maxOnWaitingUnit));
  }

  // --- workload checks -------------------------------------------------------------------------------

  private static ObjectNode deployment() {
    return json("""
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"prod"},
         "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},
           "template":{"metadata":{"labels":{"app":"web","pod-template-hash":"abc"}},
             "spec":{"containers":[{"name":"web","image":"nginx"}],
               "tolerations":[{"key":"nodepool-type","operator":"Equal","value":"hybridcloud","effect":"NoSchedule"}]}}}}""");
  }

  @Test
  void aWorkloadWithTheLabelsAndTolerationPasses() {
    assertEquals(List.of(), recipe().addMatchLabelKey("pod-template-hash").validateWorkload(deployment()));

    ObjectNode existsToleration = deployment();
    existsToleration.withObject("/spec/template/spec").withArray("tolerations").removeAll()
        .addObject().put("key", "nodepool-type").put("operator", "Exists");
    assertEquals(List.of(), recipe().validateWorkload(existsToleration));
  }

  @Test
  void aWorkloadForHybridUnitsMustTolerateTheHybridTaint() {
    ObjectNode untolerated = deployment();
    untolerated.withObject("/spec/template/spec").withArray("tolerations").removeAll()
        .addObject().put("key", "nodepool-type").put("value", "hybridcloud").put("effect", "NoExecute");

    assertTrue(assertInvalid("workload.spec.template.spec.tolerations", () -> recipe().validateWorkload(untolerated))
        .getMessage().contains("must tolerate nodepool-type=hybridcloud:NoSchedule"));
    PriorityScheduling cloudOnly = PriorityScheduling.create("web", "prod").addSelectorLabel("app", "web")
        .addUnit(SchedulingUnit.autoScalingPool("np-burst"));
    assertEquals(List.of(), cloudOnly.validateWorkload(untolerated));
  }

  @Test
  void aWorkloadMustCarryTheSelectorAndGroupingLabels() {
    ObjectNode otherApp = deployment();
    otherApp.withObject("/spec/template/metadata/labels").put("app", "api");
    assertEquals("workload.spec.template.metadata.labels must carry app=web for ResourcePolicy prod/web to place the "
        + "pods, was \"api\"", assertInvalid("workload.spec.template.metadata.labels",
            () -> recipe().validateWorkload(otherApp)).getMessage());

    assertInvalid("workload.spec.template.metadata.labels",
        () -> recipe().addMatchLabelKey("sparkoperator.k8s.io/submission-id").validateWorkload(deployment()));
  }

  @Test
  void aWorkloadMustLiveInThePolicyNamespaceAndNotSelectByComputeClass() {
    ObjectNode elsewhere = deployment();
    elsewhere.withObject("/metadata").put("namespace", "staging");
    assertInvalid("workload.metadata.namespace", () -> recipe().validateWorkload(elsewhere));

    ObjectNode computeClass = deployment();
    computeClass.withObject("/spec/selector/matchLabels").put("alibabacloud.com/compute-class", "general-purpose");
    assertInvalid("workload.spec.selector", () -> recipe().validateWorkload(computeClass));

    assertInvalid("workload.spec.template", () -> recipe().validateWorkload(json("{\"kind\":\"Service\",\"spec\":{}}")));
  }

  @Test
  void aPodIsCheckedItselfAndDeletionCostIsWarnedAbout() {
    ObjectNode pod = json("""
        {"apiVersion":"v1","kind":"Pod","metadata":{"name":"web-1","labels":{"app":"web"},
           "annotations":{"controller.kubernetes.io/pod-deletion-cost":"10"}},
         "spec":{"tolerations":[{"operator":"Exists"}]}}""");

    assertEquals(List.of("workload.metadata.annotations sets controller.kubernetes.io/pod-deletion-cost, which "
        + "conflicts with the scale-in order of ResourcePolicy prod/web"), recipe().validateWorkload(pod));
  }
}
