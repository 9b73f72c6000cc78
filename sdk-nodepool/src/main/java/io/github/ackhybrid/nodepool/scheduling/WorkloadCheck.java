package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks a workload manifest against a {@link PriorityScheduling} policy. */
final class WorkloadCheck {
  private static final String DELETION_COST = "controller.kubernetes.io/pod-deletion-cost";

  private WorkloadCheck() {}

  static List<String> check(PriorityScheduling policy, ObjectNode workload) {
    Validate.notNull(workload, "workload");
    boolean isPod = "Pod".equals(workload.path("kind").asText());
    String template = isPod ? "workload" : "workload.spec.template";
    JsonNode podNode = isPod ? workload : workload.path("spec").path("template");
    if (!podNode.isObject()) {
      throw new ValidationException(template, "must be a pod template: pass a Deployment, StatefulSet, ReplicaSet, "
          + "Job or Pod manifest");
    }
    String target = "ResourcePolicy " + policy.namespace() + "/" + policy.name();

    String namespace = workload.path("metadata").path("namespace").asText("");
    if (!namespace.isEmpty() && !namespace.equals(policy.namespace())) {
      throw new ValidationException("workload.metadata.namespace", "must be " + policy.namespace() + " for " + target
          + " to place its pods, was " + Validate.quote(namespace));
    }

    JsonNode labels = podNode.path("metadata").path("labels");
    for (Map.Entry<String, String> wanted : policy.selector().entrySet()) {
      JsonNode actual = labels.get(wanted.getKey());
      if (actual == null || !actual.isTextual() || !actual.asText().equals(wanted.getValue())) {
        throw new ValidationException(template + ".metadata.labels", "must carry " + wanted.getKey() + "="
            + wanted.getValue() + " for " + target + " to place the pods, was "
            + (actual == null ? "missing" : Validate.quote(actual.asText())));
      }
    }
    for (String key : policy.matchLabelKeys()) {
      if (!labels.has(key)) {
        throw new ValidationException(template + ".metadata.labels", "must carry the label " + key
            + ", which " + target + " groups pods by in matchLabelKeys; ACK rejects pods without it");
      }
    }

    if (!isPod) {
      JsonNode selector = workload.path("spec").path("selector");
      List<String> keys = new ArrayList<>();
      selector.path("matchLabels").fieldNames().forEachRemaining(keys::add);
      selector.path("matchExpressions").forEach(e -> keys.add(e.path("key").asText()));
      for (String key : keys) {
        if (PriorityScheduling.COMPUTE_LABELS.contains(key)) {
          throw new ValidationException("workload.spec.selector", "must not use " + key
              + ": ACK may rewrite it on pods, which would then leave the workload and be replaced over and over");
        }
      }
    }

    List<Toleration> present = new ArrayList<>();
    podNode.path("spec").path("tolerations").forEach(t -> Toleration.fromJson(t).ifPresent(present::add));
    for (Toleration needed : policy.requiredTolerations()) {
      Toleration.Effect effect = needed.effect().orElseThrow();
      boolean tolerated = present.stream().anyMatch(t -> t.tolerates(needed.key(), needed.value(), effect));
      if (!tolerated) {
        throw new ValidationException(template + ".spec.tolerations", "must tolerate " + needed + " for the pods to "
            + "run on the hybrid pool of " + target + "; add the tolerations of HybridPlacement.tolerateHybridNodes()");
      }
    }

    List<String> warnings = new ArrayList<>();
    Optional.ofNullable(podNode.path("metadata").path("annotations").get(DELETION_COST)).ifPresent(cost ->
        warnings.add(template + ".metadata.annotations sets " + DELETION_COST + ", which conflicts with the scale-in "
            + "order of " + target));
    return List.copyOf(warnings);
  }
}
