package io.github.ackhybrid.testing.internal.pool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.Times;
import java.time.Instant;
import java.util.Map;

/**
 * One node of a cluster: the JSON {@code DescribeClusterNodes} lists, plus what only Kubernetes
 * shows (its labels, taints and whether it is cordoned), which the wire answer leaves out since
 * the CS node model has no such fields. Touched only under the state lock.
 */
final class SimNode {
  private final ObjectNode json;
  private final SimNodePool pool;
  private final Instant created;
  private ObjectNode labels = Json.mapper().createObjectNode();
  private ArrayNode taints = Json.mapper().createArrayNode();
  private boolean unschedulable;

  private SimNode(ObjectNode json, SimNodePool pool, Instant created) {
    this.json = json;
    this.pool = pool;
    this.created = created;
  }

  /** A cloud (ECS) node, {@code pending} until its pool's task ends. */
  static SimNode cloud(SimNodePool pool, String instanceId, String ip, String instanceType, String chargeType,
      String source, Instant now) {
    ObjectNode json = base(pool, instanceId, pool.region() + "." + ip, ip, now);
    json.put("instance_name", "worker-k8s-for-cs-" + pool.clusterId());
    json.put("host_name", "iZ" + instanceId.substring(2) + "Z");
    json.put("instance_type", instanceType);
    json.put("instance_type_family", instanceType.contains(".") ? instanceType.substring(0, instanceType.lastIndexOf('.'))
        : instanceType);
    json.put("image_id", "aliyun_3_x64_20G_alibase_20250629.vhd");
    json.put("instance_charge_type", chargeType);
    json.put("spot_strategy", "NoSpot");
    json.put("instance_status", "Pending");
    json.put("is_aliyun_node", true);
    json.put("source", source);
    return new SimNode(json, pool, now);
  }

  /**
   * A server that ran an attach script: not an Alibaba Cloud machine, so it has no ECS instance;
   * the simulator uses its node name as {@code instance_id}, which no source documents for such
   * nodes.
   */
  static SimNode server(SimNodePool pool, String nodeName, String hostname, String ip, Instant now) {
    ObjectNode json = base(pool, nodeName, nodeName, ip, now);
    json.put("instance_name", hostname);
    json.put("host_name", hostname);
    json.put("instance_type", "");
    json.put("instance_type_family", "");
    json.put("image_id", "");
    json.put("instance_charge_type", "");
    json.put("spot_strategy", "");
    json.put("instance_status", "");
    json.put("is_aliyun_node", false);
    json.put("source", "attach_script");
    return new SimNode(json, pool, now);
  }

  private static ObjectNode base(SimNodePool pool, String instanceId, String nodeName, String ip, Instant now) {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("instance_id", instanceId);
    json.put("node_name", nodeName);
    json.put("nodepool_id", pool.id());
    json.put("state", "pending");
    json.put("node_status", "NotReady");
    json.put("instance_role", "Worker");
    json.putArray("ip_address").add(ip);
    json.put("creation_time", Times.rfc3339(now));
    json.put("expired_time", "");
    json.put("error_message", "");
    return json;
  }

  SimNodePool pool() {
    return pool;
  }

  Instant created() {
    return created;
  }

  String instanceType() {
    return json.path("instance_type").asText();
  }

  /** Tells whether the node is an ECS instance billed by the hour ({@code PostPaid}). */
  boolean payAsYouGo() {
    return cloudNode() && json.path("instance_charge_type").asText().equals("PostPaid");
  }

  String instanceId() {
    return json.path("instance_id").asText();
  }

  String nodeName() {
    return json.path("node_name").asText();
  }

  String state() {
    return json.path("state").asText();
  }

  String nodeStatus() {
    return json.path("node_status").asText();
  }

  boolean cloudNode() {
    return json.path("is_aliyun_node").asBoolean();
  }

  /** Marks the node joined and Ready. */
  void ready() {
    json.put("state", "running");
    json.put("node_status", "Ready");
    if (cloudNode()) {
      json.put("instance_status", "Running");
    }
  }

  void failed(String message) {
    json.put("state", "failed");
    json.put("node_status", "NotReady");
    json.put("error_message", message);
  }

  void removing() {
    json.put("state", "removing");
  }

  void cordon() {
    unschedulable = true;
  }

  boolean cordoned() {
    return unschedulable;
  }

  /** Tells whether the node takes pods now: running, Ready and not cordoned. */
  boolean schedulable() {
    return state().equals("running") && nodeStatus().equals("Ready") && !unschedulable;
  }

  /** Tells whether the node carries every label of a node selector. */
  boolean matches(Map<String, String> nodeSelector) {
    for (Map.Entry<String, String> entry : nodeSelector.entrySet()) {
      if (!labels.path(entry.getKey()).asText("\u0000").equals(entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  /** The node's taints, {@code [{key, value, effect}]}; read only. */
  ArrayNode taints() {
    return taints;
  }

  /**
   * Takes the pool's current labels and taints, as kubelet registration would, plus the labels
   * ACK puts on every node of the pool and, on an ECS node of a registered cluster,
   * {@code alibabacloud.com/instance-id}.
   */
  void applyPoolConfig() {
    labels = Json.mapper().createObjectNode();
    pool.nodeLabels().forEach(labels::put);
    if (cloudNode() && labels.has("alibabacloud.com/external")) {
      labels.put("alibabacloud.com/instance-id", instanceId());
    }
    taints = pool.taints().deepCopy();
  }

  /** Returns the {@code DescribeClusterNodes} view. */
  ObjectNode wire() {
    return json.deepCopy();
  }

  /**
   * Returns the wire view plus the Kubernetes view: {@code labels} (an object, as on a Kubernetes
   * node), {@code taints} ({@code [{key, value, effect}]}) and {@code unschedulable}.
   */
  ObjectNode inspect() {
    ObjectNode copy = json.deepCopy();
    copy.set("labels", labels.deepCopy());
    copy.set("taints", taints.deepCopy());
    copy.put("unschedulable", unschedulable);
    return copy;
  }
}
