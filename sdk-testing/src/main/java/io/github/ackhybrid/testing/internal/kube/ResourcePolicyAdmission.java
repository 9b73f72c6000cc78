package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Pro cluster's checks on {@code ResourcePolicy} objects ({@code scheduling.alibabacloud.com/v1alpha1}),
 * answered as 422 {@code Invalid} with one cause per field, as schema validation does. The enums
 * come from elastic-scheduling.md section 2: unit {@code resource}, {@code preemptPolicy} and
 * {@code whenTryNextUnits.policy} (both spellings of {@code LackResourceAndNoTerminating} and the
 * Go types' {@code Timeout} are accepted, per section 2.5). The rest is the simulator's stand-in
 * for what the scheduler would otherwise do wrongly or silently, from sections 2.6 and 7.2: units
 * need at least one entry and a {@code resource}; {@code max} is at least 0 and never on a unit
 * whose nodes belong to an auto-scaling pool; a {@code nodeSelector} naming
 * {@code alibabacloud.com/nodepool-id} must name a pool of the cluster; {@code timeout} only with
 * {@code TimeoutOrExceedMax}. No source shows the real server refusing the last three, so their
 * messages are the simulator's own.
 */
final class ResourcePolicyAdmission implements Admission {
  static final String POOL_ID_LABEL = "alibabacloud.com/nodepool-id";
  private static final List<String> RESOURCES = List.of("ecs", "eci", "elastic", "acs");
  private static final List<String> PREEMPT = List.of("BeforeNextUnit", "AfterAllUnits");
  private static final List<String> POLICIES = List.of("LackResourceOrExceedMax", "ExceedMax", "TimeoutOrExceedMax",
      "LackResourceAndNoTerminating");
  private static final Set<String> LEGACY_POLICIES = Set.of("LackResourceAndNoterminating", "Timeout");

  private final String clusterId;
  private final Supplier<List<NodePoolFacts>> pools;

  ResourcePolicyAdmission(String clusterId, Supplier<List<NodePoolFacts>> pools) {
    this.clusterId = clusterId;
    this.pools = pools;
  }

  @Override
  public void admit(ResourceType type, String namespace, String name, ObjectNode object, ControlPlane plane) {
    if (type != ResourceType.RESOURCE_POLICY) {
      return;
    }
    List<FieldError> errors = new ArrayList<>();
    JsonNode spec = object.path("spec");
    JsonNode units = spec.path("units");
    if (!units.isArray() || units.isEmpty()) {
      errors.add(FieldError.required("spec.units"));
    }
    List<NodePoolFacts> known = pools.get();
    for (int i = 0; i < units.size(); i++) {
      unit(units.get(i), "spec.units[" + i + "]", known, errors);
    }
    enumValue(spec.path("preemptPolicy"), "spec.preemptPolicy", PREEMPT, Set.of(), errors);
    JsonNode next = spec.path("whenTryNextUnits");
    enumValue(next.path("policy"), "spec.whenTryNextUnits.policy", POLICIES, LEGACY_POLICIES, errors);
    String policy = next.path("policy").asText("LackResourceOrExceedMax");
    if (next.hasNonNull("timeout") && !policy.equals("TimeoutOrExceedMax")) {
      errors.add(FieldError.forbidden("spec.whenTryNextUnits.timeout",
          "may only be set with policy TimeoutOrExceedMax"));
    }
    if (!errors.isEmpty()) {
      throw KubeError.invalid(type, name, errors);
    }
  }

  private void unit(JsonNode unit, String path, List<NodePoolFacts> known, List<FieldError> errors) {
    if (!unit.hasNonNull("resource") || unit.path("resource").asText().isEmpty()) {
      errors.add(FieldError.required(path + ".resource"));
    } else {
      enumValue(unit.path("resource"), path + ".resource", RESOURCES, Set.of(), errors);
    }
    Map<String, String> selector = selector(unit);
    String poolId = selector.get(POOL_ID_LABEL);
    if (poolId != null && known.stream().noneMatch(p -> p.id().equals(poolId))) {
      errors.add(FieldError.invalid(path + ".nodeSelector[" + POOL_ID_LABEL + "]", "\"" + poolId + "\"",
          "no node pool with this id exists in cluster " + clusterId));
    }
    JsonNode max = unit.path("max");
    if (max.isMissingNode() || max.isNull()) {
      return;
    }
    if (!max.canConvertToInt() || max.asInt() < 0) {
      errors.add(FieldError.invalid(path + ".max", max.toString(), "must be greater than or equal to 0"));
      return;
    }
    known.stream()
        .filter(p -> p.autoScaling() && !selector.isEmpty() && p.selectedBy(selector))
        .findFirst()
        .ifPresent(p -> errors.add(FieldError.forbidden(path + ".max", "must not be set on a unit whose nodes"
            + " belong to the auto-scaling node pool " + p.id() + "; leave max unset so the pool can grow")));
  }

  /** Reads a unit's {@code nodeSelector}; values that are not strings are compared as text. */
  static Map<String, String> selector(JsonNode unit) {
    Map<String, String> out = new LinkedHashMap<>();
    unit.path("nodeSelector").fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }

  private static void enumValue(JsonNode value, String field, List<String> supported, Set<String> alsoAccepted,
      List<FieldError> errors) {
    if (value.isMissingNode() || value.isNull()) {
      return;
    }
    String text = value.asText();
    if (!supported.contains(text) && !alsoAccepted.contains(text)) {
      errors.add(FieldError.notSupported(field, text, "\"" + String.join("\", \"", supported) + "\""));
    }
  }
}
