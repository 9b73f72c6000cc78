package io.github.ackhybrid.testing.internal.pool;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.testing.internal.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One node pool: the JSON {@code DescribeClusterNodePoolDetail} answers with (every field the
 * creator sent, secrets removed, unknown ones kept), its nodes, and when it was created, for the
 * read-after-create window. The {@code status} counters are computed from the nodes on every read.
 * Touched only under the state lock.
 */
final class SimNodePool {
  private final String id;
  private final String clusterId;
  private final ObjectNode json;
  private final Instant created;
  private final boolean external;
  private final List<SimNode> nodes = new ArrayList<>();
  private String deleteTaskId;

  SimNodePool(String id, String clusterId, ObjectNode json, Instant created, boolean external) {
    this.id = id;
    this.clusterId = clusterId;
    this.json = json;
    this.created = created;
    this.external = external;
  }

  String id() {
    return id;
  }

  String clusterId() {
    return clusterId;
  }

  Instant created() {
    return created;
  }

  ObjectNode json() {
    return json;
  }

  String name() {
    return json.path("nodepool_info").path("name").asText();
  }

  String type() {
    return json.path("nodepool_info").path("type").asText();
  }

  String region() {
    return json.path("nodepool_info").path("region_id").asText();
  }

  boolean hybrid() {
    return type().equals(NodePoolBodies.HYBRID);
  }

  /** Tells whether the pool has an ECS scaling group the cloud can grow: never for a hybrid pool. */
  boolean scalable() {
    return !hybrid() && json.path("scaling_group").isObject();
  }

  String state() {
    return json.path("status").path("state").asText();
  }

  void state(String state, Instant at) {
    json.withObject("status").put("state", state);
    touch(at);
  }

  void touch(Instant at) {
    json.withObject("nodepool_info").put("updated", Times.rfc3339(at));
  }

  ArrayNode labels() {
    return json.withObject("kubernetes_config").withArray("labels");
  }

  ArrayNode taints() {
    return json.withObject("kubernetes_config").withArray("taints");
  }

  /**
   * The labels ACK puts on every node of the pool: its id, {@code k8s.aliyun.com=true} while auto
   * scaling is on and, in a registered cluster, {@code ack.aliyun.com=<cluster>} and
   * {@code alibabacloud.com/external=true} (elastic-scheduling.md 3 and 5.1), then the pool's own.
   */
  Map<String, String> nodeLabels() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put(NodePoolBodies.POOL_ID_LABEL, id);
    if (NodePoolBodies.autoScaling(json)) {
      labels.put("k8s.aliyun.com", "true");
    }
    if (external) {
      labels.put("ack.aliyun.com", clusterId);
      labels.put("alibabacloud.com/external", "true");
    }
    labels().forEach(tag -> labels.put(tag.path("key").asText(), tag.path("value").asText()));
    return labels;
  }

  List<SimNode> nodes() {
    return nodes;
  }

  String deleteTaskId() {
    return deleteTaskId;
  }

  void deleteTaskId(String taskId) {
    this.deleteTaskId = taskId;
  }

  /** Keeps {@code scaling_group.desired_size} equal to the nodes the pool keeps, for pools that have one. */
  void syncDesiredSize() {
    if (scalable()) {
      long kept = nodes.stream().filter(n -> !n.state().equals("removing")).count();
      json.withObject("scaling_group").put("desired_size", kept);
    }
  }

  /** Returns the detail JSON with the counters computed from the nodes now. */
  ObjectNode snapshot() {
    ObjectNode copy = json.deepCopy();
    ObjectNode status = copy.withObject("status");
    int serving = 0;
    int healthy = 0;
    int initial = 0;
    int failed = 0;
    int offline = 0;
    int removing = 0;
    for (SimNode node : nodes) {
      String state = node.state();
      String ready = node.nodeStatus();
      serving += state.equals("running") && ready.equals("Ready") ? 1 : 0;
      healthy += ready.equals("Ready") ? 1 : 0;
      initial += state.equals("pending") ? 1 : 0;
      failed += state.equals("failed") ? 1 : 0;
      offline += ready.equals("Offline") ? 1 : 0;
      removing += state.equals("removing") ? 1 : 0;
    }
    status.put("total_nodes", nodes.size());
    status.put("serving_nodes", serving);
    status.put("healthy_nodes", healthy);
    status.put("initial_nodes", initial);
    status.put("failed_nodes", failed);
    status.put("offline_nodes", offline);
    status.put("removing_nodes", removing);
    return copy;
  }
}
