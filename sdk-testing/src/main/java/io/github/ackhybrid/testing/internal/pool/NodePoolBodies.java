package io.github.ackhybrid.testing.internal.pool;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.ack.Fields;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code CreateClusterNodePool} and {@code ModifyClusterNodePool} bodies, checking what the
 * reference documents before anything changes: {@code nodepool_info.name} (1-63 characters),
 * {@code nodepool_info.type} ({@code ess}, {@code edge}, {@code lingjun}, and {@code hybrid}, the
 * simulator's convention for hybrid cloud node pools since no value is documented), the ECS
 * scaling group of an {@code ess} pool (1-8 vSwitches, 1-10 instance types, charge type,
 * a non-negative desired size), and labels and taints. Every field sent is kept, unknown ones
 * included, so they survive a read-modify-write; secrets ({@code login_password}) are dropped.
 * Hybrid pools always carry the documented default label and taint, and may carry
 * {@code hybrid_config.network_mode} ({@code underlay} or {@code overlay}), the Terway Hybrid mode:
 * like the type value, a convention shared with the SDK, since the API documents no such field.
 */
final class NodePoolBodies {
  /** The simulator's {@code nodepool_info.type} for hybrid cloud node pools. */
  static final String HYBRID = "hybrid";
  /** The label ACK puts on every node of a pool, holding the pool id. */
  static final String POOL_ID_LABEL = "alibabacloud.com/nodepool-id";
  /** The label every node of a hybrid cloud node pool carries. */
  static final String HYBRID_LABEL_KEY = "alibabacloud.com/nodepool-type";
  /** The value of {@link #HYBRID_LABEL_KEY} and of the default taint. */
  static final String HYBRID_VALUE = "hybridcloud";
  /** The key of the default taint of hybrid pools. */
  static final String HYBRID_TAINT_KEY = "nodepool-type";

  /** The top-level block the SDK and the simulator use for a hybrid pool's Terway Hybrid mode: a convention. */
  static final String HYBRID_CONFIG = "hybrid_config";

  private static final Set<String> TYPES = Set.of("ess", "edge", "lingjun", HYBRID);
  private static final Set<String> NETWORK_MODES = Set.of("underlay", "overlay");
  private static final Set<String> MODIFIABLE_INFO = Set.of("name", "resource_group_id");
  private static final Set<String> EFFECTS = Set.of("NoSchedule", "NoExecute", "PreferNoSchedule");
  private static final Set<String> SCALING_TYPES = Set.of("cpu", "gpu", "gpushare", "spot");
  private static final long MAX_INSTANCES = 2000;
  private static final Set<String> CHARGE_TYPES = Set.of("PostPaid", "PrePaid");
  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.-]{0,62}");
  private static final List<String> SECRETS = List.of("login_password");

  private NodePoolBodies() {}

  /**
   * Checks a create body and returns the pool JSON to keep, without {@code nodepool_id},
   * {@code status} and timestamps; {@code scaling_group.desired_size}, where there is a scaling
   * group, holds the nodes to create.
   */
  static ObjectNode create(JsonNode body) {
    if (!body.isObject()) {
      throw ApiError.invalidParameter("The request body must be a JSON object.");
    }
    ObjectNode json = ((ObjectNode) body).deepCopy();
    JsonNode info = Fields.object(json, "nodepool_info").orElseThrow(() -> ApiError.missingParameter("nodepool_info"));
    String name = Fields.text(info, "name").orElseThrow(() -> ApiError.missingParameter("nodepool_info.name"));
    checkName(name);
    String type = Fields.text(info, "type").orElse("ess");
    if (!TYPES.contains(type)) {
      throw ApiError.invalidParameter("nodepool_info.type must be ess, edge or lingjun, was \"" + type + "\".");
    }
    ((ObjectNode) info).put("type", type);
    long desired = desiredSize(json);
    if (type.equals("ess")) {
      JsonNode group = Fields.object(json, "scaling_group").orElseThrow(() -> ApiError.missingParameter("scaling_group"));
      checkScalingGroup(group);
    } else if (type.equals(HYBRID) && desired > 0) {
      throw ApiError.invalidParameter("A hybrid cloud node pool has no scaling group: scaling_group.desired_size"
          + " and count must be 0, was " + desired + ". Add servers with the script from"
          + " DescribeClusterAttachScripts.");
    }
    if (json.path("scaling_group").isObject()) {
      ObjectNode group = (ObjectNode) json.get("scaling_group");
      group.put("desired_size", desired);
      group.put("instance_charge_type", Fields.text(group, "instance_charge_type").orElse("PostPaid"));
      SECRETS.forEach(group::remove);
    }
    json.remove("count");
    ObjectNode kubernetes = json.withObject("kubernetes_config");
    checkKubernetesConfig(kubernetes);
    kubernetes.put("runtime", Fields.text(kubernetes, "runtime").orElse("containerd"));
    if (type.equals(HYBRID)) {
      checkHybridConfig(json);
      addHybridDefaults(kubernetes);
    }
    defaults(json.withObject("auto_scaling"), Map.of("enable", false, "min_instances", 0, "max_instances", 0,
        "type", "cpu"));
    checkAutoScaling(json);
    defaults(json.withObject("management"), Map.of("enable", false, "auto_repair", false, "auto_upgrade", false,
        "auto_vul_fix", false));
    defaults(json.withObject("tee_config"), Map.of("tee_enable", false));
    return json;
  }

  /** The nodes a create body asks for: {@code scaling_group.desired_size}, else the deprecated {@code count}. */
  static long desiredSize(JsonNode body) {
    JsonNode group = body.path("scaling_group");
    if (group.has("desired_size") && !group.get("desired_size").isNull()) {
      return nonNegative("scaling_group.desired_size", group.get("desired_size"));
    }
    if (body.has("count") && !body.get("count").isNull()) {
      return nonNegative("count", body.get("count"));
    }
    return 0;
  }

  /**
   * Checks a modify body and merges it into the pool's JSON: objects merge field by field, arrays
   * and values replace. {@code nodepool_info.type} cannot change; a hybrid pool keeps its default
   * label and taint whatever the new lists say.
   */
  static void merge(SimNodePool pool, JsonNode body) {
    if (!body.isObject()) {
      throw ApiError.invalidParameter("The request body must be a JSON object.");
    }
    ObjectNode changes = ((ObjectNode) body).deepCopy();
    changes.remove("update_nodes");
    changes.remove("concurrency");
    Fields.object(changes, "nodepool_info").ifPresent(info -> {
      Fields.text(info, "type").filter(t -> !t.equals(pool.type())).ifPresent(t -> {
        throw ApiError.invalidParameter("nodepool_info.type cannot be modified (" + pool.type() + " to " + t + ").");
      });
      Fields.text(info, "name").ifPresent(NodePoolBodies::checkName);
      ((ObjectNode) info).retain(MODIFIABLE_INFO);
    });
    if (changes.has(HYBRID_CONFIG) && !changes.get(HYBRID_CONFIG).equals(pool.json().get(HYBRID_CONFIG))) {
      throw ApiError.invalidParameter(HYBRID_CONFIG + " is chosen when a hybrid cloud node pool is created and cannot"
          + " be modified.");
    }
    Fields.object(changes, "kubernetes_config").ifPresent(NodePoolBodies::checkKubernetesConfig);
    if (changes.path("scaling_group").isObject()) {
      SECRETS.forEach(((ObjectNode) changes.get("scaling_group"))::remove);
      ((ObjectNode) changes.get("scaling_group")).remove("desired_size");
    }
    changes.remove("status");
    Fields.object(changes, "auto_scaling").flatMap(a -> Fields.text(a, "type"))
        .filter(t -> !t.equals(pool.json().path("auto_scaling").path("type").asText("cpu")))
        .ifPresent(t -> {
          throw ApiError.invalidParameter("auto_scaling.type is chosen when the node pool is created and cannot be"
              + " modified.");
        });
    ObjectNode merged = pool.json().deepCopy();
    deepMerge(merged, changes.deepCopy());
    checkAutoScaling(merged);
    deepMerge(pool.json(), changes);
    if (pool.hybrid()) {
      addHybridDefaults(pool.json().withObject("kubernetes_config"));
    }
  }

  /** Tells whether a pool's JSON has {@code auto_scaling.enable} on. */
  static boolean autoScaling(JsonNode json) {
    return json.path("auto_scaling").path("enable").asBoolean(false);
  }

  /**
   * Checks {@code auto_scaling} as elastic-scheduling.md 4.1 documents it: {@code min_instances}
   * 0 to {@code max_instances}, {@code max_instances} up to 2000, a known {@code type}; and, the
   * simulator's own rule since no source shows the cloud's answer, no auto scaling on a hybrid
   * pool, whose servers join by script and cannot be created by the cloud.
   */
  private static void checkAutoScaling(ObjectNode json) {
    JsonNode scaling = json.path("auto_scaling");
    long min = nonNegative("auto_scaling.min_instances", scaling.path("min_instances"));
    long max = nonNegative("auto_scaling.max_instances", scaling.path("max_instances"));
    if (max > MAX_INSTANCES) {
      throw ApiError.invalidParameter("auto_scaling.max_instances must be at most " + MAX_INSTANCES + ", was " + max
          + ".");
    }
    if (autoScaling(json) && min > max) {
      throw ApiError.invalidParameter("auto_scaling.min_instances (" + min + ") must not be greater than"
          + " auto_scaling.max_instances (" + max + ").");
    }
    String type = scaling.path("type").asText("cpu");
    if (!SCALING_TYPES.contains(type)) {
      throw ApiError.invalidParameter("auto_scaling.type must be cpu, gpu, gpushare or spot, was \"" + type + "\".");
    }
    if (autoScaling(json) && json.path("nodepool_info").path("type").asText().equals(HYBRID)) {
      throw ApiError.invalidParameter("A hybrid cloud node pool cannot enable auto_scaling: its servers join by"
          + " running the script from DescribeClusterAttachScripts.");
    }
  }

  private static void deepMerge(ObjectNode target, ObjectNode changes) {
    Iterator<Map.Entry<String, JsonNode>> fields = changes.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode current = target.get(field.getKey());
      if (current != null && current.isObject() && field.getValue().isObject()) {
        deepMerge((ObjectNode) current, (ObjectNode) field.getValue());
      } else if (!field.getValue().isNull()) {
        target.set(field.getKey(), field.getValue());
      }
    }
  }

  /**
   * Checks a hybrid pool's {@code hybrid_config.network_mode} ({@code underlay} or
   * {@code overlay}), the Terway Hybrid mode chosen per pool at creation; absent means the add-on's
   * own default.
   */
  private static void checkHybridConfig(JsonNode json) {
    Optional<JsonNode> config = Fields.object(json, HYBRID_CONFIG);
    Optional<String> mode = config.flatMap(c -> Fields.text(c, "network_mode"));
    if (mode.isPresent() && !NETWORK_MODES.contains(mode.get())) {
      throw ApiError.invalidParameter(HYBRID_CONFIG + ".network_mode must be underlay or overlay, was \""
          + mode.get() + "\".");
    }
  }

  private static void addHybridDefaults(ObjectNode kubernetes) {
    ArrayNode labels = kubernetes.withArray("labels");
    boolean labelled = false;
    for (JsonNode label : labels) {
      if (label.path("key").asText().equals(HYBRID_LABEL_KEY)) {
        ((ObjectNode) label).put("value", HYBRID_VALUE);
        labelled = true;
      }
    }
    if (!labelled) {
      labels.addObject().put("key", HYBRID_LABEL_KEY).put("value", HYBRID_VALUE);
    }
    ArrayNode taints = kubernetes.withArray("taints");
    for (JsonNode taint : taints) {
      if (taint.path("key").asText().equals(HYBRID_TAINT_KEY) && taint.path("value").asText().equals(HYBRID_VALUE)
          && taint.path("effect").asText().equals("NoSchedule")) {
        return;
      }
    }
    taints.addObject().put("key", HYBRID_TAINT_KEY).put("value", HYBRID_VALUE).put("effect", "NoSchedule");
  }

  private static void checkName(String name) {
    if (!NAME.matcher(name).matches()) {
      throw ApiError.invalidParameter("nodepool_info.name must be 1-63 characters of letters, digits, hyphens,"
          + " underscores and dots, starting with a letter or digit, was \"" + name + "\".");
    }
  }

  private static void checkScalingGroup(JsonNode group) {
    List<String> vswitches = Fields.textList(group, "vswitch_ids");
    if (vswitches.isEmpty() || vswitches.size() > 8) {
      throw ApiError.invalidParameter("scaling_group.vswitch_ids must name 1-8 vSwitches, was " + vswitches.size() + ".");
    }
    for (String vswitch : vswitches) {
      if (!vswitch.startsWith("vsw-")) {
        throw ApiError.invalidParameter("scaling_group.vswitch_ids must hold ids starting with vsw-, was \""
            + vswitch + "\".");
      }
    }
    List<String> types = Fields.textList(group, "instance_types");
    if (types.isEmpty() || types.size() > 10) {
      throw ApiError.invalidParameter("scaling_group.instance_types must name 1-10 instance types, was "
          + types.size() + ".");
    }
    String charge = Fields.text(group, "instance_charge_type").orElse("PostPaid");
    if (!CHARGE_TYPES.contains(charge)) {
      throw ApiError.invalidParameter("scaling_group.instance_charge_type must be PostPaid or PrePaid, was \""
          + charge + "\".");
    }
  }

  private static void checkKubernetesConfig(JsonNode kubernetes) {
    JsonNode labels = kubernetes.path("labels");
    if (!labels.isMissingNode() && !labels.isNull()) {
      if (!labels.isArray()) {
        throw ApiError.invalidParameter("kubernetes_config.labels must be an array of {key, value}.");
      }
      for (JsonNode label : labels) {
        if (label.path("key").asText("").isEmpty()) {
          throw ApiError.invalidParameter("kubernetes_config.labels entries need a non-empty key.");
        }
      }
    }
    JsonNode taints = kubernetes.path("taints");
    if (!taints.isMissingNode() && !taints.isNull()) {
      if (!taints.isArray()) {
        throw ApiError.invalidParameter("kubernetes_config.taints must be an array of {key, value, effect}.");
      }
      for (JsonNode taint : taints) {
        if (taint.path("key").asText("").isEmpty()) {
          throw ApiError.invalidParameter("kubernetes_config.taints entries need a non-empty key.");
        }
        String effect = taint.path("effect").asText("");
        if (effect.isEmpty()) {
          ((ObjectNode) taint).put("effect", "NoSchedule");
        } else if (!EFFECTS.contains(effect)) {
          throw ApiError.invalidParameter("kubernetes_config.taints effect must be NoSchedule, NoExecute or"
              + " PreferNoSchedule, was \"" + effect + "\".");
        }
      }
    }
  }

  private static long nonNegative(String field, JsonNode value) {
    long number;
    if (value.isIntegralNumber()) {
      number = value.longValue();
    } else if (value.isTextual()) {
      try {
        number = Long.parseLong(value.textValue().trim());
      } catch (NumberFormatException e) {
        throw ApiError.invalidParameter(field + " must be an integer, was \"" + value.textValue() + "\".");
      }
    } else {
      throw ApiError.invalidParameter(field + " must be an integer.");
    }
    if (number < 0) {
      throw ApiError.invalidParameter(field + " must not be negative, was " + number + ".");
    }
    return number;
  }

  /** Reads a required non-negative integer, as {@code count} of ScaleClusterNodePool. */
  static long count(JsonNode body, String field) {
    JsonNode value = body.path(field);
    if (value.isMissingNode() || value.isNull()) {
      throw ApiError.missingParameter(field);
    }
    return nonNegative(field, value);
  }

  private static void defaults(ObjectNode target, Map<String, Object> values) {
    values.forEach((field, value) -> {
      if (!target.has(field) || target.get(field).isNull()) {
        target.set(field, Json.mapper().valueToTree(value));
      }
    });
  }
}
