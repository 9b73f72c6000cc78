package io.github.ackhybrid.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ackhybrid.benchmarks.baseline.PlainCluster;
import io.github.ackhybrid.benchmarks.baseline.PlainNodePools;
import io.github.ackhybrid.benchmarks.baseline.RawClient;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The server's answers, and that the SDK and the baseline read the same values from them. */
class BenchServerTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void sdkAndBaselineReadTheSameCluster() throws Exception {
    try (BenchServer server = BenchServer.start(Duration.ofMillis(1), 10);
         ClusterClient sdk = ClusterClient.create(Clients.sdkConfig(server.fastEndpoint(), 4));
         RawClient baseline = Clients.baseline(server.fastEndpoint(), 4)) {
      Cluster cluster = sdk.describeCluster(Payloads.CLUSTER_ID);
      PlainCluster plain = baseline.describeCluster(Payloads.CLUSTER_ID);

      assertEquals(Payloads.CLUSTER_ID, cluster.id());
      assertEquals(cluster.id(), plain.clusterId);
      assertEquals(cluster.name(), plain.name);
      assertEquals(cluster.stateAsString(), plain.state);
      assertEquals(Instant.parse("2025-11-25T07:50:20Z"), cluster.created().orElseThrow());
      assertEquals(cluster.created().orElseThrow(), plain.created);
      assertEquals(cluster.apiServerEndpoints().orElseThrow().intranetEndpoint().orElseThrow(),
          plain.masterUrl.intranetApiServerEndpoint);
      assertEquals(cluster.metaData().keySet(), plain.metaData.keySet());
      assertEquals(cluster.tags().size(), plain.tags.size());
      assertEquals(cluster.vSwitchIds(), plain.vswitchIds);
      assertTrue(cluster.deletionProtection() && plain.deletionProtection);
      assertEquals(2, server.requestCount());
    }
  }

  @Test
  void nodePoolsAnswerIsFiveFullPoolsOfAbout16KiB() throws Exception {
    byte[] body = Payloads.nodePools();
    assertTrue(body.length > 14 * 1024 && body.length < 18 * 1024, "size " + body.length);
    JsonNode pools = JSON.readTree(body).get("nodepools");
    assertEquals(5, pools.size());
    for (JsonNode pool : pools) {
      for (String block : List.of("nodepool_info", "status", "scaling_group", "kubernetes_config", "management")) {
        assertTrue(pool.get(block).isObject() && pool.get(block).size() > 2, block);
      }
    }

    try (BenchServer server = BenchServer.start(Duration.ofMillis(1), 10);
         RawClient baseline = Clients.baseline(server.fastEndpoint(), 4)) {
      PlainNodePools plain = baseline.describeNodePools(Payloads.CLUSTER_ID);
      assertEquals(5, plain.nodepools.size());
      assertEquals("idc-gpu", plain.nodepools.get(2).info.name);
      assertEquals(2, plain.nodepools.get(2).kubernetesConfig.taints.size());
      assertEquals(5, baseline.describeNodePoolsAsync(Payloads.CLUSTER_ID).join().nodepools.size());
    }
  }

  @Test
  void listsArePagedToTheConfiguredSize() throws Exception {
    JsonNode last = JSON.readTree(Payloads.nodesPage(3, 100, 250));
    assertEquals(50, last.get("nodes").size());
    assertEquals(250, last.get("page").get("total_count").asInt());
    assertEquals("i-bp100000000000000249", last.get("nodes").get(49).get("instance_id").asText());
    JsonNode clusters = JSON.readTree(Payloads.clustersPage(2, 10, 15));
    assertEquals(5, clusters.get("clusters").size());
    assertEquals(2, clusters.get("page_info").get("page_number").asInt());
  }

  @Test
  void unknownRoutesGetAnAckErrorEnvelope() throws Exception {
    try (BenchServer server = BenchServer.start(Duration.ofMillis(1), 10)) {
      java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
          java.net.http.HttpRequest.newBuilder(URI.create(server.fastEndpoint() + "/nowhere")).build(),
          java.net.http.HttpResponse.BodyHandlers.ofString());
      assertEquals(404, response.statusCode());
      assertEquals("InvalidAction.NotFound", JSON.readTree(response.body()).get("code").asText());
    }
  }

  @Test
  void serverRunsInAChildJvmUntilClosed() throws Exception {
    try (ChildJvm child = ChildJvm.start(List.of(), BenchServer.class, List.of("--latency-ms", "1"))) {
      String[] ready = child.awaitLine("READY ").split(" ");
      URI endpoint = URI.create("http://127.0.0.1:" + ready[1]);
      assertEquals(Payloads.CLUSTER_ID, ColdStart.firstCall("baseline", endpoint));
      assertEquals(Payloads.CLUSTER_ID, ColdStart.firstCall("sdk", endpoint));
    }
  }

  @Test
  void footprintCountsOnlyExistingJars(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    java.nio.file.Path a = java.nio.file.Files.write(dir.resolve("a.jar"), new byte[1000]);
    java.nio.file.Path b = java.nio.file.Files.write(dir.resolve("b.jar"), new byte[24]);
    String classPath = String.join(java.io.File.pathSeparator, b.toString(), dir.toString(), a.toString(),
        dir.resolve("missing.jar").toString());

    Footprint footprint = Footprint.of(classPath);

    assertEquals(List.of("a.jar", "b.jar"), footprint.jars());
    assertEquals(1024, footprint.bytes());
    assertFalse(footprint.jars().contains("missing.jar"));
  }
}
