package io.github.ackhybrid.cluster.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.internal.Json;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Binding wire JSON straight into the models: lenient where ACK is loose, strict where it matters. */
class ModelBindingTest {

  private static <T> T read(Class<T> type, String json) throws Exception {
    return Json.reader(type).readValue(json);
  }

  @Test
  void aListItemFromTheOldDocsReadsWithStringScalars() throws Exception {
    Cluster c = read(Cluster.class, "{\"cluster_id\":\"c3fb96524f9274b4495df0f12a6b5****\",\"name\":\"cluster-demo\","
        + "\"cluster_type\":\"ExternalKubernetes\",\"state\":\"running\",\"region_id\":\"cn-beijing\",\"size\":\"5\","
        + "\"deletion_protection\":\"true\",\"vpc_id\":\"\",\"tags\":null,\"vswitch_ids\":null,\"meta_data\":\"\"}");

    assertEquals(ClusterType.EXTERNAL_KUBERNETES, c.type());
    assertEquals(5, c.size().orElseThrow());
    assertTrue(c.deletionProtection());
    assertTrue(c.vpcId().isEmpty(), "blank means absent");
    assertEquals(List.of(), c.tags());
    assertEquals(List.of(), c.vSwitchIds());
    assertEquals(Map.of(), c.metaData());
    assertTrue(c.apiServerEndpoints().isEmpty());
  }

  @Test
  void jsonInsideStringsReadsAsTypedValuesAndMalformedTextAsAbsent() throws Exception {
    Cluster textual = read(Cluster.class, "{\"cluster_id\":\"c1\","
        + "\"master_url\":\"{\\\"api_server_endpoint\\\":\\\"https://47.1.1.1:6443\\\"}\","
        + "\"meta_data\":\"{\\\"Capabilities\\\":{\\\"Network\\\":\\\"terway-eniip\\\"},\\\"List\\\":[1,2]}\"}");
    assertEquals("https://47.1.1.1:6443", textual.apiServerEndpoints().orElseThrow().publicEndpoint().orElseThrow());
    assertEquals(Map.of("Network", "terway-eniip"), textual.metaData().get("Capabilities"));
    assertThrows(UnsupportedOperationException.class, () -> ((List<?>) textual.metaData().get("List")).clear(),
        "nested values are unmodifiable too");

    Cluster objects = read(Cluster.class, "{\"cluster_id\":\"c1\",\"master_url\":{\"intranet_api_server_endpoint\":"
        + "\"https://192.168.0.1:6443\"},\"meta_data\":{\"a\":1}}");
    assertEquals("https://192.168.0.1:6443", objects.apiServerEndpoints().orElseThrow().intranetEndpoint().orElseThrow());
    assertEquals(1, objects.metaData().get("a"));

    Cluster broken = read(Cluster.class, "{\"cluster_id\":\"c1\",\"master_url\":\"{not json\",\"meta_data\":\"[1,2\"}");
    assertTrue(broken.apiServerEndpoints().isEmpty());
    assertEquals(Map.of(), broken.metaData());
  }

  @Test
  void metaDataKeepsJsonTypesDropsNullEntriesAtEveryDepthAndIsReadOnlyAllTheWayDown() throws Exception {
    String meta = "{\"n\":3,\"big\":12345678901,\"f\":1.5,\"ok\":true,\"gone\":null,\"dup\":1,\"dup\":null,"
        + "\"nested\":{\"x\":null,\"y\":[null,\"s\",{\"z\":null}]}}";
    for (String wire : List.of("\"" + meta.replace("\"", "\\\"") + "\"", meta)) {
      Map<String, Object> m = read(Cluster.class, "{\"cluster_id\":\"c1\",\"meta_data\":" + wire + "}").metaData();
      assertEquals(List.of("n", "big", "f", "ok", "nested"), List.copyOf(m.keySet()), wire);
      assertEquals(3, m.get("n"));
      assertEquals(12345678901L, m.get("big"));
      assertEquals(1.5, m.get("f"));
      assertEquals(true, m.get("ok"));
      Map<?, ?> nested = (Map<?, ?>) m.get("nested");
      assertFalse(nested.containsKey("x"));
      List<?> y = (List<?>) nested.get("y");
      assertEquals(Arrays.asList(null, "s", Map.of()), y);
      assertThrows(UnsupportedOperationException.class, () -> nested.clear());
      assertThrows(UnsupportedOperationException.class, () -> ((Map<?, ?>) y.get(2)).clear());
    }
  }

  @Test
  void timestampsReadInEveryFormAckUses() throws Exception {
    assertEquals(Instant.parse("2020-09-27T11:14:09.156823496Z"),
        read(Cluster.class, "{\"cluster_id\":\"c\",\"created\":\"2020-09-27T19:14:09.156823496+08:00\"}").created().orElseThrow());
    assertEquals(Instant.parse("2024-03-10T09:56:17Z"),
        read(Cluster.class, "{\"cluster_id\":\"c\",\"created\":\"2024-03-10T09:56:17Z\"}").created().orElseThrow());
    assertEquals(Instant.parse("2022-12-15T23:00:00Z"),
        read(Cluster.class, "{\"cluster_id\":\"c\",\"created\":\"2022-12-15 23:00:00\"}").created().orElseThrow());
    assertEquals(Instant.ofEpochMilli(1669706229286L),
        read(Cluster.class, "{\"cluster_id\":\"c\",\"created\":\"1669706229286\"}").created().orElseThrow());
    assertEquals(Instant.ofEpochMilli(1669706229286L),
        read(Cluster.class, "{\"cluster_id\":\"c\",\"created\":1669706229286}").created().orElseThrow());
    assertTrue(read(Cluster.class, "{\"cluster_id\":\"c\",\"created\":\"yesterday\"}").created().isEmpty());
    assertTrue(read(Cluster.class, "{\"cluster_id\":\"c\",\"created\":\"\"}").created().isEmpty());
  }

  @Test
  void aClusterWithoutAnIdIsRejected() {
    assertThrows(Exception.class, () -> read(Cluster.class, "{\"name\":\"no-id\"}"));
  }

  @Test
  void openEnumsKeepUnknownValues() throws Exception {
    Cluster c = read(Cluster.class, "{\"cluster_id\":\"c\",\"state\":\"hibernating\",\"cluster_type\":\"Ask\","
        + "\"cluster_spec\":\"ack.pro.large\",\"profile\":\"Acs\"}");

    assertEquals(ClusterState.UNKNOWN, c.state());
    assertEquals("hibernating", c.stateAsString());
    assertEquals(ClusterType.UNKNOWN, c.type());
    assertEquals("Ask", c.typeAsString());
    assertEquals(ClusterSpec.UNKNOWN, c.spec().orElseThrow());
    assertEquals(ClusterProfile.UNKNOWN, c.profile().orElseThrow());
  }

  @Test
  void enumsReadEveryDocumentedSpelling() {
    for (String s : List.of("initial", "failed", "running", "updating", "updating_failed", "upgrading", "scaling",
        "removing", "draining", "waiting", "disconnected", "stopped", "deleting", "deleted", "delete_failed")) {
      ClusterState state = ClusterState.fromValue(s);
      assertFalse(state == ClusterState.UNKNOWN, s);
      assertEquals(s, state.value());
    }
    assertEquals(ClusterState.RUNNING, ClusterState.fromValue(" Running "));
    assertEquals(ClusterState.UNKNOWN, ClusterState.fromValue(null));
    assertEquals(TaskState.SUCCESS, TaskState.fromValue("succeeded"));
    assertEquals(TaskState.FAILED, TaskState.fromValue("fail"));
    assertEquals(TaskState.FAILED, TaskState.fromValue("error"));
    assertEquals(TaskState.CANCELED, TaskState.fromValue("cancelled"));
    assertEquals(TaskState.PAUSED, TaskState.fromValue("paused"));
    assertTrue(TaskState.CANCELED.isFinished());
    assertFalse(TaskState.UNKNOWN.isFinished());
    assertEquals(ClusterType.MANAGED_KUBERNETES, ClusterType.fromValue("managedkubernetes"));
    assertEquals(ClusterSpec.ACK_PRO_SMALL, ClusterSpec.fromValue("ack.pro.small"));
    assertEquals(ClusterProfile.EDGE, ClusterProfile.fromValue("Edge"));
    assertEquals(AddonState.DELETING, AddonState.fromValue("deleting"));
  }

  @Test
  void tasksReadWithoutOptionalParts() throws Exception {
    ClusterTask task = read(ClusterTask.class, "{\"task_id\":\"T-1\",\"state\":\"running\",\"error\":null,\"task_result\":null}");

    assertEquals(TaskState.RUNNING, task.state());
    assertTrue(task.errorCode().isEmpty());
    assertEquals(List.of(), task.results());
    assertTrue(task.responseMetadata().requestId().isEmpty());
  }

  @Test
  void kubernetesVersionsCompareByNumberNotText() {
    assertTrue(KubernetesVersion.builder().version("1.33.1-aliyun.1").build().isAtLeast(1, 33));
    assertTrue(KubernetesVersion.builder().version("1.100.0").build().isAtLeast(1, 33));
    assertFalse(KubernetesVersion.builder().version("1.9.3").build().isAtLeast(1, 33));
    assertTrue(KubernetesVersion.builder().version("2.0").build().isAtLeast(1, 33));
    assertFalse(KubernetesVersion.builder().version("next").build().isAtLeast(1, 33));
  }
}
