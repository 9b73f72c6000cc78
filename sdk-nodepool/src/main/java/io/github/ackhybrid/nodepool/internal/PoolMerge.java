package io.github.ackhybrid.nodepool.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.nodepool.NodePoolUpdate;
import io.github.ackhybrid.nodepool.UnsupportedPoolOperationException;
import io.github.ackhybrid.nodepool.model.HybridDefaults;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.Taint;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Builds the ModifyClusterNodePool body as a read-modify-write: the pool exactly as last read, minus
 * what the service reports but does not take back, with the changes merged in. Fields this SDK does
 * not know stay in place, so an undocumented block (such as a hybrid pool's) survives the update.
 */
public final class PoolMerge {
  // Reported by the service but not part of the ModifyClusterNodePool model (reference §4.3, §4.4):
  // state and counters, edge and Lingjun creation settings, deprecated fields.
  private static final Set<String> READ_ONLY_TOP = Set.of("status", "interconnect_mode", "interconnect_config",
      "max_nodes", "host_network", "intranet", "node_config", "node_components", "auto_mode", "eflo_node_group",
      "count");
  // Only name and resource_group_id of nodepool_info can change; type cannot (§4.4).
  private static final Set<String> READ_ONLY_INFO = Set.of("nodepool_id", "type", "is_default", "region_id",
      "created", "updated");
  // Ids the service assigns, create-only fields (§4.4) and secrets the SDK never echoes. desired_size
  // is dropped too unless the update sets it: echoing a stale size would undo a scale-out or an
  // autoscaler decision made between the read and the write.
  private static final Set<String> READ_ONLY_SCALING = Set.of("scaling_group_id", "ram_policy", "desired_size",
      "login_as_non_root", "ram_role_name", "security_group_id", "cis_enabled", "soc_enabled",
      "security_hardening_os", "instance_metadata_options", "login_password");
  // The scaling kind is immutable and the EIP fields are deprecated (§4.1).
  private static final Set<String> READ_ONLY_AUTO_SCALING = Set.of("type", "is_bond_eip", "eip_bandwidth",
      "eip_internet_charge_type");

  private PoolMerge() {}

  /**
   * Merges an update into the pool as read.
   *
   * @param current the pool as last read
   * @param update the changes
   * @return the body to send
   * @throws ValidationException if the update would remove or change a hybrid pool's default label
   *     or taint, switch auto scaling on where it is not allowed, or break an auto scaling rule
   * @throws UnsupportedPoolOperationException if the update sets a size on a hybrid pool
   */
  public static ObjectNode merge(NodePool current, NodePoolUpdate update) {
    boolean hybrid = current.isHybrid();
    if (hybrid) {
      refuseOnHybrid(current, update);
    }
    ObjectNode body = parse(current);
    boolean autoScalingAfter = update.autoScalingEnabled()
        .orElseGet(() -> body.at("/auto_scaling/enable").asBoolean(false));
    checkAutoScaling(current, body, update, autoScalingAfter);
    READ_ONLY_TOP.forEach(body::remove);
    ObjectNode info = object(body, "nodepool_info");
    READ_ONLY_INFO.forEach(info::remove);
    update.name().ifPresent(n -> info.put("name", n));
    update.resourceGroupId().ifPresent(r -> info.put("resource_group_id", r));

    if (body.get("scaling_group") instanceof ObjectNode scaling) {
      READ_ONLY_SCALING.forEach(scaling::remove);
    }
    update.desiredSize().ifPresent(n -> object(body, "scaling_group").put("desired_size", n));

    if (body.get("auto_scaling") instanceof ObjectNode autoScaling) {
      READ_ONLY_AUTO_SCALING.forEach(autoScaling::remove);
    }
    update.autoScalingEnabled().ifPresent(enabled -> {
      ObjectNode autoScaling = object(body, "auto_scaling");
      autoScaling.put("enable", enabled);
      update.autoScalingMin().ifPresent(n -> autoScaling.put("min_instances", n));
      update.autoScalingMax().ifPresent(n -> autoScaling.put("max_instances", n));
    });

    if (update.managed().isPresent() || update.autoRepair().isPresent() || update.autoUpgrade().isPresent()) {
      ObjectNode management = object(body, "management");
      update.managed().ifPresent(m -> management.put("enable", m));
      update.autoRepair().ifPresent(m -> management.put("auto_repair", m));
      update.autoUpgrade().ifPresent(m -> management.put("auto_upgrade", m));
    }

    if (update.touchesLabelsOrTaints() || update.unschedulable().isPresent() || hybrid) {
      ObjectNode kubernetes = object(body, "kubernetes_config");
      mergeLabels(kubernetes, update, hybrid);
      mergeTaints(kubernetes, update, hybrid);
      update.unschedulable().ifPresent(u -> kubernetes.put("unschedulable", u));
    }
    // Checked only when the update could push the count up, so a pool already past the limit can
    // still be renamed, resized down its label list or switched off.
    boolean grows = update.autoScalingEnabled().orElse(false) || !update.labelsToPut().isEmpty()
        || !update.taintsToPut().isEmpty();
    if (autoScalingAfter && grows) {
      AutoScalingRules.tagBudget(body.at("/kubernetes_config/labels").size(), body.at("/kubernetes_config/taints").size(),
          "nodePoolUpdate.labels");
    }
    update.updateExistingNodes().ifPresent(u -> body.put("update_nodes", u));
    update.concurrency().ifPresent(c -> body.put("concurrency", c));
    return body;
  }

  private static void checkAutoScaling(NodePool pool, ObjectNode body, NodePoolUpdate update, boolean after) {
    if (update.autoScalingEnabled().orElse(false)) {
      if (pool.info().isDefault()) {
        throw new ValidationException("nodePoolUpdate.autoScaling", "cannot be switched on for node pool " + pool.id()
            + ": it is the cluster's default node pool, which ACK does not scale automatically; create a separate"
            + " ECS pool with autoScaling(min, max) instead");
      }
      AutoScalingRules.payAsYouGo(body.at("/scaling_group/instance_charge_type").asText(""),
          "nodePoolUpdate.autoScaling");
    }
    if (after && update.desiredSize().isPresent()) {
      throw new ValidationException("nodePoolUpdate.desiredSize", "cannot be set on node pool " + pool.id()
          + " while auto scaling is on: the autoscaler sizes it between min and max. Change the bounds with"
          + " autoScaling(min, max), or switch it off with disableAutoScaling() in the same update");
    }
  }

  private static void refuseOnHybrid(NodePool pool, NodePoolUpdate update) {
    if (update.autoScalingEnabled().orElse(false)) {
      throw new ValidationException("nodePoolUpdate.autoScaling", "cannot be switched on for node pool " + pool.id()
          + ": it is a hybrid cloud node pool of your own servers, which the autoscaler cannot create or release."
          + " Burst to the cloud with a separate ECS pool that has autoScaling(min, max)");
    }
    if (update.desiredSize().isPresent()) {
      throw new UnsupportedPoolOperationException(pool.id(), "ModifyClusterNodePool", "Node pool " + pool.id()
          + " is a hybrid cloud node pool: its nodes are your own servers, which the cloud cannot create or release,"
          + " so it has no desired size. Add servers by running an attach script on them"
          + " (attachScript(...) or onboardServers(...)); take them out with removeNodes(...)");
    }
    if (update.labelsToRemove().contains(HybridDefaults.LABEL_KEY)
        || !HybridDefaults.LABEL_VALUE.equals(update.labelsToPut().getOrDefault(HybridDefaults.LABEL_KEY,
            HybridDefaults.LABEL_VALUE))) {
      throw new ValidationException("nodePoolUpdate.label." + HybridDefaults.LABEL_KEY, "is the default label of"
          + " hybrid node pool " + pool.id() + " and must stay " + HybridDefaults.LABEL_VALUE + ": ACK recognises"
          + " hybrid nodes by it, and removing or changing it breaks the feature");
    }
    boolean touchesTaint = update.taintsToRemove().contains(HybridDefaults.TAINT_KEY)
        || update.taintsToPut().stream().anyMatch(t -> t.key().equals(HybridDefaults.TAINT_KEY)
            && !t.equals(HybridDefaults.TAINT));
    if (touchesTaint) {
      throw new ValidationException("nodePoolUpdate.taint." + HybridDefaults.TAINT_KEY, "is the default taint of"
          + " hybrid node pool " + pool.id() + ", " + HybridDefaults.TAINT + ", and cannot be removed or changed:"
          + " it keeps workloads that do not tolerate it off your own servers");
    }
  }

  private static void mergeLabels(ObjectNode kubernetes, NodePoolUpdate update, boolean hybrid) {
    ArrayNode labels = array(kubernetes, "labels");
    removeWhere(labels, l -> update.labelsToRemove().contains(text(l, "key")));
    for (Map.Entry<String, String> put : update.labelsToPut().entrySet()) {
      upsert(labels, l -> put.getKey().equals(text(l, "key")), put.getKey(), put.getValue(), null);
    }
    // The API may not echo the default label (reference §5.2 item 3); sending labels without it
    // could strip it from every node, so it is put back whenever labels are sent.
    if (hybrid) {
      upsert(labels, l -> HybridDefaults.LABEL_KEY.equals(text(l, "key")), HybridDefaults.LABEL_KEY,
          HybridDefaults.LABEL_VALUE, null);
    }
  }

  private static void mergeTaints(ObjectNode kubernetes, NodePoolUpdate update, boolean hybrid) {
    ArrayNode taints = array(kubernetes, "taints");
    removeWhere(taints, t -> update.taintsToRemove().contains(text(t, "key")));
    for (Taint put : update.taintsToPut()) {
      upsert(taints, t -> put.key().equals(text(t, "key")) && put.effectAsString().equals(effect(t)),
          put.key(), put.value(), put.effectAsString());
    }
    if (hybrid) {
      Taint d = HybridDefaults.TAINT;
      upsert(taints, t -> d.key().equals(text(t, "key")) && d.effectAsString().equals(effect(t)),
          d.key(), d.value(), d.effectAsString());
    }
  }

  private static void upsert(ArrayNode array, java.util.function.Predicate<JsonNode> same, String key, String value,
      String effect) {
    for (JsonNode element : array) {
      if (element instanceof ObjectNode o && same.test(o)) {
        o.put("value", value);
        return;
      }
    }
    ObjectNode added = array.addObject().put("key", key).put("value", value);
    if (effect != null) {
      added.put("effect", effect);
    }
  }

  private static void removeWhere(ArrayNode array, java.util.function.Predicate<JsonNode> drop) {
    for (Iterator<JsonNode> it = array.iterator(); it.hasNext();) {
      if (drop.test(it.next())) {
        it.remove();
      }
    }
  }

  private static String effect(JsonNode taint) {
    String e = text(taint, "effect");
    return e.isEmpty() ? "NoSchedule" : e;
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? "" : v.asText();
  }

  private static ObjectNode parse(NodePool pool) {
    try {
      JsonNode tree = Json.mapper().readTree(pool.rawJson());
      return tree instanceof ObjectNode o ? o : Json.mapper().createObjectNode();
    } catch (JsonProcessingException e) {
      throw new SdkException("The stored JSON of node pool " + pool.id() + " cannot be read again: "
          + e.getOriginalMessage(), e);
    }
  }

  private static ObjectNode object(ObjectNode parent, String field) {
    JsonNode existing = parent.get(field);
    return existing instanceof ObjectNode o ? o : parent.putObject(field);
  }

  private static ArrayNode array(ObjectNode parent, String field) {
    JsonNode existing = parent.get(field);
    return existing instanceof ArrayNode a ? a : parent.putArray(field);
  }
}
