package io.github.ackhybrid.testing.internal.asm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimRequest;
import io.github.ackhybrid.testing.internal.SimResponse;
import io.github.ackhybrid.testing.internal.SimService;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The ASM traffic-lane ("swim lane") operations: lane groups with their ingress routing and lanes
 * with their label selectors, kept per mesh. Parameters are read as the SDK sends them, with
 * {@code ServicesList} and {@code WeightedIngressRule} as JSON text; the list answers use the
 * service's field names, including {@code WeightedIngressDestinatin} as the list spells it.
 */
public final class AsmSwimLaneService implements SimService {
  private static final Set<String> STRATEGIES = Set.of("weighted", "rule_based", "rule-based");

  private final AsmMeshService meshes;

  /**
   * Creates the service.
   *
   * @param meshes the mesh service whose meshes hold the lanes
   */
  public AsmSwimLaneService(AsmMeshService meshes) {
    this.meshes = meshes;
  }

  @Override
  public void register(Routes routes) {
    routes.rpc(Product.ASM, "CreateSwimLaneGroup", (r, now) -> createGroup(r))
        .rpc(Product.ASM, "UpdateSwimLaneGroup", (r, now) -> updateGroup(r))
        .rpc(Product.ASM, "DeleteSwimLaneGroup", (r, now) -> deleteGroup(r))
        .rpc(Product.ASM, "GetSwimLaneGroupList", (r, now) -> groups(r))
        .rpc(Product.ASM, "CreateSwimLane", (r, now) -> putLane(r, true))
        .rpc(Product.ASM, "UpdateSwimLane", (r, now) -> putLane(r, false))
        .rpc(Product.ASM, "DeleteSwimLane", (r, now) -> deleteLane(r))
        .rpc(Product.ASM, "GetSwimLaneList", (r, now) -> lanes(r))
        .rpc(Product.ASM, "GetSwimLaneDetail", (r, now) -> lane(r));
  }

  @Override
  public void reset() {
    // Lanes live in their meshes, which the mesh service forgets.
  }

  private SimResponse createGroup(SimRequest request) {
    SimMesh mesh = meshes.mesh(request);
    Map<String, String> p = request.parameters();
    String name = required(p, "GroupName");
    String gateway = required(p, "IngressGatewayName");
    String type = required(p, "IngressType");
    if (!type.equals("ASM")) {
      throw ApiError.invalidParameter("IngressType must be ASM, was " + type + ".");
    }
    String services = jsonArray(required(p, "ServicesList"), "ServicesList");
    boolean permissive = Boolean.parseBoolean(p.getOrDefault("IsPermissive", "false"));
    if (permissive) {
      required(p, "RouteHeader");
      required(p, "TraceHeader");
    }
    if (mesh.laneGroups().containsKey(name)) {
      throw ApiError.invalidParameter("The swim lane group " + name + " already exists.");
    }
    ObjectNode group = Json.mapper().createObjectNode();
    group.put("GroupName", name);
    group.put("IngressGatewayName", gateway);
    group.put("IngressType", type);
    group.put("IngressRoutingStrategy", "");
    group.put("IsPermissive", permissive);
    group.put("FallbackTarget", "");
    group.put("ServiceLevelFallbackTarget", "");
    group.put("RouteHeader", p.getOrDefault("RouteHeader", ""));
    group.put("TraceHeader", p.getOrDefault("TraceHeader", ""));
    group.put("ServiceList", services);
    group.put("WeightedIngressRule", "");
    mesh.laneGroups().put(name, group);
    mesh.lanes().put(name, new LinkedHashMap<>());
    return SimResponse.json(200, ok(request));
  }

  private SimResponse updateGroup(SimRequest request) {
    SimMesh mesh = meshes.mesh(request);
    Map<String, String> p = request.parameters();
    ObjectNode group = group(mesh, required(p, "GroupName"));
    optional(p, "ServicesList").ifPresent(text -> group.put("ServiceList", jsonArray(text, "ServicesList")));
    optional(p, "FallbackTarget").ifPresent(target -> group.put("FallbackTarget", target));
    optional(p, "ServiceLevelFallbackTarget").ifPresent(target -> group.put("ServiceLevelFallbackTarget", target));
    Optional<String> strategy = optional(p, "IngressRoutingStrategy");
    if (strategy.isPresent() && !STRATEGIES.contains(strategy.get())) {
      throw ApiError.invalidParameter("IngressRoutingStrategy must be weighted or rule_based, was "
          + strategy.get() + ".");
    }
    strategy.ifPresent(s -> group.put("IngressRoutingStrategy", s));
    Optional<String> rule = optional(p, "WeightedIngressRule");
    if (rule.isPresent()) {
      if (!group.path("IngressRoutingStrategy").asText().equals("weighted")) {
        throw ApiError.invalidParameter("WeightedIngressRule is only allowed with IngressRoutingStrategy=weighted.");
      }
      json(rule.get(), "WeightedIngressRule");
      group.put("WeightedIngressRule", rule.get());
    }
    return SimResponse.json(200, ok(request));
  }

  private SimResponse deleteGroup(SimRequest request) {
    SimMesh mesh = meshes.mesh(request);
    String name = required(request.parameters(), "GroupName");
    group(mesh, name);
    mesh.laneGroups().remove(name);
    mesh.lanes().remove(name);
    return SimResponse.json(200, ok(request));
  }

  private SimResponse groups(SimRequest request) {
    SimMesh mesh = meshes.mesh(request);
    ObjectNode body = ok(request);
    ArrayNode list = body.putArray("SwimLaneGroupList");
    mesh.laneGroups().forEach((name, group) -> {
      ObjectNode copy = group.deepCopy();
      Set<String> values = new TreeSet<>();
      mesh.lanes().get(name).values().forEach(lane -> values.add(lane.path("LabelSelectorValue").asText()));
      ObjectNode labels = Json.mapper().createObjectNode();
      ArrayNode tags = labels.putArray("ASM_TRAFFIC_TAG");
      values.forEach(tags::add);
      copy.put("SwimLaneLabels", labels.toString());
      list.add(copy);
    });
    return SimResponse.json(200, body);
  }

  private SimResponse putLane(SimRequest request, boolean create) {
    SimMesh mesh = meshes.mesh(request);
    Map<String, String> p = request.parameters();
    String groupName = required(p, "GroupName");
    group(mesh, groupName);
    String name = required(p, "SwimLaneName");
    Map<String, ObjectNode> lanes = mesh.lanes().get(groupName);
    ObjectNode lane = lanes.get(name);
    if (create && lane != null) {
      throw ApiError.invalidParameter("The swim lane " + name + " already exists in the group " + groupName + ".");
    }
    if (!create && lane == null) {
      throw laneNotFound(groupName, name);
    }
    if (lane == null) {
      lane = Json.mapper().createObjectNode();
      lane.put("Name", name);
      lane.put("GroupName", groupName);
      lane.put("ServiceList", "[]");
      lane.put("IngressRule", "");
      lane.put("ValidationMessage", "[]");
      lane.put("WeightedIngressDestinatin", "");
      lanes.put(name, lane);
    }
    lane.put("LabelSelectorKey", create ? required(p, "LabelSelectorKey")
        : optional(p, "LabelSelectorKey").orElse(lane.path("LabelSelectorKey").asText()));
    lane.put("LabelSelectorValue", create ? required(p, "LabelSelectorValue")
        : optional(p, "LabelSelectorValue").orElse(lane.path("LabelSelectorValue").asText()));
    ObjectNode target = lane;
    optional(p, "ServicesList").ifPresent(text -> target.put("ServiceList", jsonArray(text, "ServicesList")));
    return SimResponse.json(200, ok(request));
  }

  private SimResponse deleteLane(SimRequest request) {
    SimMesh mesh = meshes.mesh(request);
    Map<String, String> p = request.parameters();
    String groupName = required(p, "GroupName");
    group(mesh, groupName);
    String name = required(p, "SwimLaneName");
    if (mesh.lanes().get(groupName).remove(name) == null) {
      throw laneNotFound(groupName, name);
    }
    return SimResponse.json(200, ok(request));
  }

  private SimResponse lanes(SimRequest request) {
    SimMesh mesh = meshes.mesh(request);
    String groupName = required(request.parameters(), "GroupName");
    group(mesh, groupName);
    ObjectNode body = ok(request);
    ArrayNode list = body.putArray("SwimLaneList");
    mesh.lanes().get(groupName).values().forEach(lane -> list.add(lane.deepCopy()));
    return SimResponse.json(200, body);
  }

  private SimResponse lane(SimRequest request) {
    SimMesh mesh = meshes.mesh(request);
    Map<String, String> p = request.parameters();
    String groupName = required(p, "GroupName");
    group(mesh, groupName);
    String name = required(p, "SwimLaneName");
    ObjectNode lane = mesh.lanes().get(groupName).get(name);
    if (lane == null) {
      throw laneNotFound(groupName, name);
    }
    ObjectNode body = ok(request);
    body.put("LabelSelectorKey", lane.path("LabelSelectorKey").asText());
    body.put("LabelSelectorValue", lane.path("LabelSelectorValue").asText());
    body.put("ServicesList", lane.path("ServiceList").asText());
    body.put("IngressRule", lane.path("IngressRule").asText());
    body.put("IngressService", "");
    body.put("ValidationMessage", lane.path("ValidationMessage").asText());
    body.put("WeightedIngressDestination", lane.path("WeightedIngressDestinatin").asText());
    return SimResponse.json(200, body);
  }

  private static ObjectNode group(SimMesh mesh, String name) {
    ObjectNode group = mesh.laneGroups().get(name);
    if (group == null) {
      throw ApiError.invalidParameter("The swim lane group " + name + " does not exist in the service mesh "
          + mesh.id() + ".");
    }
    return group;
  }

  private static ApiError laneNotFound(String groupName, String name) {
    return ApiError.invalidParameter("The swim lane " + name + " does not exist in the group " + groupName + ".");
  }

  private static String jsonArray(String text, String name) {
    JsonNode node = json(text, name);
    if (!node.isArray()) {
      throw ApiError.invalidParameter(name + " must be a JSON array.");
    }
    return text;
  }

  private static JsonNode json(String text, String name) {
    try {
      JsonNode node = Json.mapper().readTree(text);
      if (node == null) {
        throw ApiError.invalidParameter(name + " is not valid JSON.");
      }
      return node;
    } catch (IOException e) {
      throw ApiError.invalidParameter(name + " is not valid JSON.");
    }
  }

  private static ObjectNode ok(SimRequest request) {
    return Json.mapper().createObjectNode().put("RequestId", request.requestId());
  }

  private static String required(Map<String, String> p, String name) {
    return optional(p, name).orElseThrow(() -> ApiError.missingParameter(name));
  }

  private static Optional<String> optional(Map<String, String> p, String name) {
    String value = p.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
