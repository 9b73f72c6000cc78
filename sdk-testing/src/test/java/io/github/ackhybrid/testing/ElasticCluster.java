package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.time.Duration;

/**
 * A running Pro cluster built over the wire on a stopped clock, ready for elastic scheduling: Terway
 * Hybrid installed and one untainted ECS system node. Tests add a hybrid pool with servers and
 * auto-scaling burst pools, and fetch its kubeconfig.
 */
final class ElasticCluster {
  final CloudSimulator sim;
  final String id;

  private ElasticCluster(CloudSimulator sim, String id) {
    this.sim = sim;
    this.id = id;
  }

  static ElasticCluster pro(CloudSimulator sim) {
    SignedCall.Reply created = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.pro("elastic-" + System.nanoTime()).toString()).call();
    assertEquals(200, created.status(), created.body());
    sim.clock().advance(Duration.ofMinutes(10));
    ElasticCluster cluster = new ElasticCluster(sim, created.text("cluster_id"));
    SignedCall.Reply install = SignedCall.ack(sim, "InstallClusterAddons", "POST",
        "/clusters/" + cluster.id + "/components/install")
        .json("[{\"name\":\"terway-hybrid-controlplane\"},{\"name\":\"terway-hybrid\"}]").call();
    assertEquals(200, install.status(), install.body());
    sim.clock().advance(Duration.ofMinutes(2));
    ObjectNode system = ecsPool("system");
    system.withObject("scaling_group").put("desired_size", 1);
    cluster.createPool(system);
    sim.clock().advance(Duration.ofMinutes(1));
    return cluster;
  }

  /** An ECS pool body with no labels and no taints. */
  static ObjectNode ecsPool(String name) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putObject("nodepool_info").put("name", name).put("type", "ess");
    ObjectNode group = body.putObject("scaling_group");
    group.putArray("vswitch_ids").add("vsw-bp1a");
    group.putArray("instance_types").add("ecs.g7.xlarge");
    return body;
  }

  /** An ECS pool body with auto scaling on between min and max. */
  static ObjectNode burstPool(String name, int min, int max) {
    ObjectNode body = ecsPool(name);
    body.putObject("auto_scaling").put("enable", true).put("min_instances", min).put("max_instances", max)
        .put("type", "cpu");
    return body;
  }

  SignedCall.Reply createPoolCall(JsonNode body) {
    return SignedCall.ack(sim, "CreateClusterNodePool", "POST", "/clusters/" + id + "/nodepools")
        .json(body.toString()).call();
  }

  /** Creates a pool and lets its creation finish; returns its id. */
  String createPool(JsonNode body) {
    SignedCall.Reply reply = createPoolCall(body);
    assertEquals(200, reply.status(), reply.body());
    sim.clock().advance(Duration.ofMinutes(1));
    return reply.text("nodepool_id");
  }

  /** Creates a hybrid pool and joins {@code servers} servers to it, all Ready; returns its id. */
  String hybridPool(String name, int servers) {
    ObjectNode body = Json.mapper().createObjectNode();
    body.putObject("nodepool_info").put("name", name).put("type", "hybrid");
    String poolId = createPool(body);
    String script = SignedCall.ack(sim, "DescribeClusterAttachScripts", "POST", "/clusters/" + id + "/attachscript")
        .json("{\"nodepool_id\":\"" + poolId + "\"}").call().body();
    for (int i = 0; i < servers; i++) {
      sim.runAttachScript(script, name + "-server-" + i, "10.8.0." + (i + 10));
    }
    sim.clock().advance(Duration.ofMinutes(1));
    return poolId;
  }

  JsonNode pool(String poolId) {
    SignedCall.Reply reply = SignedCall.ack(sim, "DescribeClusterNodePoolDetail", "GET",
        "/clusters/" + id + "/nodepools/" + poolId).call();
    assertEquals(200, reply.status(), reply.body());
    return reply.json();
  }

  String kubeconfig() {
    SignedCall.Reply reply = SignedCall.ack(sim, "DescribeClusterUserKubeconfig", "GET", "/k8s/" + id + "/user_config")
        .call();
    assertEquals(200, reply.status(), reply.body());
    return reply.text("config");
  }
}
