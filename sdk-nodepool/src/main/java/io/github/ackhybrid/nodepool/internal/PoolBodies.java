package io.github.ackhybrid.nodepool.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.nodepool.HybridPoolSpec;
import io.github.ackhybrid.nodepool.NodePoolSpec;
import io.github.ackhybrid.nodepool.PoolSpec;
import io.github.ackhybrid.nodepool.ScalingGroupSpec;
import io.github.ackhybrid.nodepool.model.Label;
import io.github.ackhybrid.nodepool.model.Taint;
import java.util.List;

/**
 * Writes the CreateClusterNodePool body (reference §4.1) for every kind of pool. Unset fields are
 * left out, as the official clients do, so the service applies its own defaults.
 *
 * <p>Hybrid pools: the public API documents no representation (reference §5.2, §11 question 1).
 * Following §5.2 item 4 this SDK and the simulator use {@code nodepool_info.type = "hybrid"} and
 * carry the Terway Hybrid mode in {@code hybrid_config.network_mode}; both are conventions, defined
 * only here, to change in one place once the real API is known. The default label and taint are
 * documented (§5.1) and always sent in {@code kubernetes_config}.
 */
public final class PoolBodies {
  /** The top-level field that carries the hybrid settings: a simulator convention (§5.2). */
  public static final String HYBRID_CONFIG = "hybrid_config";
  /** The field of {@link #HYBRID_CONFIG} that carries the Terway Hybrid mode. */
  public static final String NETWORK_MODE = "network_mode";

  private PoolBodies() {}

  /**
   * Writes the body that creates a pool.
   *
   * @param spec the pool, already validated
   * @return the body
   */
  public static ObjectNode create(PoolSpec spec) {
    ObjectNode body = Json.mapper().createObjectNode();
    ObjectNode info = body.putObject("nodepool_info");
    info.put("name", spec.name());
    info.put("type", spec.type().wireValue());
    spec.resourceGroupId().ifPresent(r -> info.put("resource_group_id", r));
    if (spec instanceof NodePoolSpec ecs) {
      ecs.scalingGroup().ifPresent(sg -> body.set("scaling_group", scalingGroup(sg)));
    }
    ObjectNode kubernetes = body.putObject("kubernetes_config");
    kubernetes.set("labels", labels(spec.labels()));
    kubernetes.set("taints", taints(spec.taints()));
    spec.unschedulable().ifPresent(u -> kubernetes.put("unschedulable", u));
    if (spec.managed().isPresent() || spec.autoRepair().isPresent() || spec.autoUpgrade().isPresent()) {
      ObjectNode management = body.putObject("management");
      spec.managed().ifPresent(m -> management.put("enable", m));
      spec.autoRepair().ifPresent(m -> management.put("auto_repair", m));
      spec.autoUpgrade().ifPresent(m -> management.put("auto_upgrade", m));
    }
    if (spec instanceof NodePoolSpec pool) {
      pool.interconnectMode().ifPresent(m -> body.put("interconnect_mode", m));
      // auto_scaling goes out only when the caller set it, and then always with enable: a block
      // without it has turned autoscaling back on in other clients (reference elastic-scheduling §4.1).
      pool.autoScalingEnabled().ifPresent(enabled -> {
        ObjectNode autoScaling = body.putObject("auto_scaling");
        autoScaling.put("enable", enabled);
        pool.autoScalingMin().ifPresent(n -> autoScaling.put("min_instances", n));
        pool.autoScalingMax().ifPresent(n -> autoScaling.put("max_instances", n));
        pool.autoScalingType().ifPresent(t -> autoScaling.put("type", t.wireValue()));
      });
    }
    if (spec instanceof HybridPoolSpec hybrid) {
      body.putObject(HYBRID_CONFIG).put(NETWORK_MODE, hybrid.networkMode().wireValue());
    }
    return body;
  }

  static ArrayNode labels(List<Label> labels) {
    ArrayNode array = Json.mapper().createArrayNode();
    labels.forEach(l -> array.addObject().put("key", l.key()).put("value", l.value()));
    return array;
  }

  static ArrayNode taints(List<Taint> taints) {
    ArrayNode array = Json.mapper().createArrayNode();
    taints.forEach(t -> array.addObject().put("key", t.key()).put("value", t.value()).put("effect", t.effectAsString()));
    return array;
  }

  private static ObjectNode scalingGroup(ScalingGroupSpec sg) {
    ObjectNode node = Json.mapper().createObjectNode();
    sg.vSwitchIds().forEach(node.putArray("vswitch_ids")::add);
    sg.instanceTypes().forEach(node.putArray("instance_types")::add);
    node.put("instance_charge_type", sg.instanceChargeType());
    sg.desiredSize().ifPresent(n -> node.put("desired_size", n));
    sg.systemDiskCategory().ifPresent(c -> node.put("system_disk_category", c));
    sg.systemDiskSizeGiB().ifPresent(n -> node.put("system_disk_size", n));
    if (!sg.securityGroupIds().isEmpty()) {
      sg.securityGroupIds().forEach(node.putArray("security_group_ids")::add);
    }
    sg.keyPair().ifPresent(k -> node.put("key_pair", k));
    sg.imageType().ifPresent(t -> node.put("image_type", t));
    return node;
  }
}
