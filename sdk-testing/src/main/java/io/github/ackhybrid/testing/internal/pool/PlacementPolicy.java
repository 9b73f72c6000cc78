package io.github.ackhybrid.testing.internal.pool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The part of a stored ResourcePolicy the simulated scheduler follows: its name and its ordered
 * units, each a resource, a node selector and an optional {@code max}. Only {@code ecs} units (or
 * units without a resource) hold nodes; the simulator has no virtual nodes, so {@code eci},
 * {@code acs} and {@code elastic} units never take pods.
 */
record PlacementPolicy(String name, List<Unit> units) {
  /**
   * One unit.
   *
   * @param nodes true when the unit places pods on nodes ({@code ecs})
   * @param nodeSelector the node labels it selects; empty selects every node
   * @param max the most pods of the policy the unit holds, if limited
   */
  record Unit(boolean nodes, Map<String, String> nodeSelector, OptionalInt max) {}

  /**
   * Finds the policy of a namespace that selects pods with these labels: the first, by name, whose
   * {@code spec.selector} labels the pods all carry (an empty selector takes every pod).
   */
  static Optional<PlacementPolicy> find(List<ObjectNode> stored, String namespace, Map<String, String> podLabels) {
    for (ObjectNode policy : stored) {
      if (!policy.path("metadata").path("namespace").asText().equals(namespace)) {
        continue;
      }
      Map<String, String> selector = strings(policy.path("spec").path("selector"));
      if (podLabels.entrySet().containsAll(selector.entrySet())) {
        return Optional.of(parse(policy));
      }
    }
    return Optional.empty();
  }

  private static PlacementPolicy parse(ObjectNode policy) {
    List<Unit> units = new ArrayList<>();
    for (JsonNode unit : policy.path("spec").path("units")) {
      String resource = unit.path("resource").asText("ecs");
      JsonNode max = unit.path("max");
      units.add(new Unit(resource.equals("ecs"), strings(unit.path("nodeSelector")),
          max.canConvertToInt() ? OptionalInt.of(max.asInt()) : OptionalInt.empty()));
    }
    return new PlacementPolicy(policy.path("metadata").path("name").asText(), List.copyOf(units));
  }

  private static Map<String, String> strings(JsonNode object) {
    Map<String, String> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
    return out;
  }
}
