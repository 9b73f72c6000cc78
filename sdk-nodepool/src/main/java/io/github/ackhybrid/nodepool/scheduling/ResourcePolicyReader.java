package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.nodepool.scheduling.internal.GoDurations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a {@code ResourcePolicy} object back into a {@link PriorityScheduling}, refusing what it cannot hold. */
final class ResourcePolicyReader {
  private static final String FIELD = "resourcePolicy";
  private static final Set<String> SPEC_FIELDS = Set.of("selector", "strategy", "units", "preemptPolicy",
      "ignorePreviousPod", "ignoreTerminatingPod", "matchLabelKeys", "whenTryNextUnits");
  private static final Set<String> UNIT_FIELDS = Set.of("resource", "nodeSelector", "max", "podLabels", "podAnnotations");

  private ResourcePolicyReader() {}

  static PriorityScheduling read(ObjectNode resource) {
    Validate.notNull(resource, FIELD);
    expect(resource, "apiVersion", ResourceKind.RESOURCE_POLICY.apiVersion());
    expect(resource, "kind", ResourceKind.RESOURCE_POLICY.kind());
    JsonNode metadata = resource.path("metadata");
    PriorityScheduling policy = PriorityScheduling.create(
        text(metadata.get("name"), FIELD + ".metadata.name"),
        text(metadata.get("namespace"), FIELD + ".metadata.namespace"));
    JsonNode spec = resource.path("spec");
    if (!spec.isObject()) {
      throw new ValidationException(FIELD + ".spec", "must be an object");
    }
    for (Iterator<String> names = spec.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!SPEC_FIELDS.contains(name)) {
        throw unsupported(FIELD + ".spec." + name);
      }
    }
    if (spec.has("strategy") && !PriorityScheduling.STRATEGY.equals(spec.get("strategy").asText())) {
      throw new ValidationException(FIELD + ".spec.strategy", "must be " + PriorityScheduling.STRATEGY
          + " to be read by this SDK, was " + Validate.quote(spec.get("strategy").asText()));
    }
    policy = policy.selector(stringMap(spec.get("selector"), FIELD + ".spec.selector"));
    JsonNode units = spec.path("units");
    if (!units.isArray()) {
      throw new ValidationException(FIELD + ".spec.units", "must be a list");
    }
    for (int i = 0; i < units.size(); i++) {
      policy = policy.addUnit(unit(units.get(i), FIELD + ".spec.units[" + i + "]"));
    }
    policy = policy.ignorePreviousPod(bool(spec.get("ignorePreviousPod"), FIELD + ".spec.ignorePreviousPod", false))
        .ignoreTerminatingPod(bool(spec.get("ignoreTerminatingPod"), FIELD + ".spec.ignoreTerminatingPod", true));
    if (spec.hasNonNull("preemptPolicy")) {
      String text = text(spec.get("preemptPolicy"), FIELD + ".spec.preemptPolicy");
      PreemptPolicy preempt = PreemptPolicy.fromWire(text);
      if (preempt == PreemptPolicy.UNKNOWN) {
        throw new ValidationException(FIELD + ".spec.preemptPolicy", "must be a known policy, was " + Validate.quote(text));
      }
      policy = policy.preemptPolicy(preempt);
    }
    if (spec.hasNonNull("matchLabelKeys")) {
      policy = policy.matchLabelKeys(stringList(spec.get("matchLabelKeys"), FIELD + ".spec.matchLabelKeys"));
    }
    if (spec.hasNonNull("whenTryNextUnits")) {
      policy = policy.whenTryNextUnits(whenTryNextUnits(spec.get("whenTryNextUnits")));
    }
    return policy;
  }

  private static SchedulingUnit unit(JsonNode node, String field) {
    if (!node.isObject()) {
      throw new ValidationException(field, "must be an object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!UNIT_FIELDS.contains(name)) {
        throw unsupported(field + "." + name);
      }
    }
    String resourceText = text(node.get("resource"), field + ".resource");
    UnitResource resource = UnitResource.fromWire(resourceText);
    Map<String, String> nodeSelector = stringMap(node.get("nodeSelector"), field + ".nodeSelector");
    Map<String, String> podLabels = stringMap(node.get("podLabels"), field + ".podLabels");
    String wait = podLabels.remove(SchedulingUnit.WAIT_FOR_SCALE_OUT_LABEL);
    if (wait != null && !wait.equals("true")) {
      throw new ValidationException(field + ".podLabels[" + SchedulingUnit.WAIT_FOR_SCALE_OUT_LABEL + "]",
          "must be \"true\" to be read by this SDK, was " + Validate.quote(wait));
    }
    SchedulingUnit unit;
    switch (resource) {
      case ECS -> {
        if (nodeSelector.isEmpty()) {
          throw new ValidationException(field + ".nodeSelector", "must select nodes to be read by this SDK");
        }
        String pool = nodeSelector.get(HybridPlacement.NODE_POOL_ID_LABEL);
        if (pool != null && nodeSelector.size() == 1) {
          unit = wait != null ? SchedulingUnit.autoScalingPool(pool) : SchedulingUnit.nodePool(pool);
        } else {
          unit = SchedulingUnit.nodeSelector(nodeSelector).withWaitForScaleOut(wait != null);
        }
      }
      case ECI, ACS -> {
        if (!nodeSelector.isEmpty()) {
          throw new ValidationException(field + ".nodeSelector", "must be absent on an "
              + resource.wireValue() + " unit to be read by this SDK");
        }
        unit = (resource == UnitResource.ECI ? SchedulingUnit.eci() : SchedulingUnit.acs())
            .withWaitForScaleOut(wait != null);
      }
      default -> throw new ValidationException(field + ".resource",
          "must be ecs, eci or acs to be read by this SDK, was " + Validate.quote(resourceText));
    }
    if (node.hasNonNull("max")) {
      JsonNode max = node.get("max");
      if (!max.canConvertToInt()) {
        throw new ValidationException(field + ".max", "must be a 32-bit integer, was " + max);
      }
      unit = unit.withMax(max.intValue());
    }
    for (Map.Entry<String, String> label : podLabels.entrySet()) {
      unit = unit.withPodLabel(label.getKey(), label.getValue());
    }
    for (Map.Entry<String, String> annotation : stringMap(node.get("podAnnotations"), field + ".podAnnotations").entrySet()) {
      unit = unit.withPodAnnotation(annotation.getKey(), annotation.getValue());
    }
    return unit;
  }

  private static WhenTryNextUnits whenTryNextUnits(JsonNode node) {
    String field = FIELD + ".spec.whenTryNextUnits";
    if (!node.isObject()) {
      throw new ValidationException(field, "must be an object");
    }
    String policy = text(node.get("policy"), field + ".policy");
    Optional<Duration> timeout = Optional.empty();
    if (node.hasNonNull("timeout") && !node.get("timeout").asText().isEmpty()) {
      String text = node.get("timeout").asText();
      timeout = Optional.of(GoDurations.parse(text).orElseThrow(() -> new ValidationException(field + ".timeout",
          "must be a duration of hours, minutes and seconds such as 10m, was " + Validate.quote(text))));
    }
    return WhenTryNextUnits.read(policy, timeout);
  }

  private static void expect(ObjectNode resource, String field, String expected) {
    String actual = resource.path(field).asText("");
    if (!expected.equals(actual)) {
      throw new ValidationException(FIELD + "." + field, "must be " + expected + ", was " + Validate.quote(actual));
    }
  }

  private static String text(JsonNode node, String field) {
    if (node == null || !node.isTextual()) {
      throw new ValidationException(field, "must be a string");
    }
    return node.asText();
  }

  private static boolean bool(JsonNode node, String field, boolean absent) {
    if (node == null || node.isNull()) {
      return absent;
    }
    if (!node.isBoolean()) {
      throw new ValidationException(field, "must be true or false, was " + node);
    }
    return node.booleanValue();
  }

  private static Map<String, String> stringMap(JsonNode node, String field) {
    Map<String, String> map = new LinkedHashMap<>();
    if (node == null || node.isNull()) {
      return map;
    }
    if (!node.isObject()) {
      throw new ValidationException(field, "must be an object of strings");
    }
    node.fields().forEachRemaining(e -> map.put(e.getKey(), text(e.getValue(), field + "[" + e.getKey() + "]")));
    return map;
  }

  private static List<String> stringList(JsonNode node, String field) {
    if (!node.isArray()) {
      throw new ValidationException(field, "must be a list of strings");
    }
    List<String> list = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      list.add(text(node.get(i), field + "[" + i + "]"));
    }
    return list;
  }

  private static ValidationException unsupported(String field) {
    return new ValidationException(field, "is not written by this SDK, so the policy cannot be read as a PriorityScheduling");
  }
}
