package io.github.ackhybrid.mesh.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.LocalityDistribution;
import io.github.ackhybrid.mesh.model.LocalityFailover;
import io.github.ackhybrid.mesh.model.MeshLocalityLb;
import io.github.ackhybrid.mesh.model.MeshState;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lenient parts of reading ASM's answers: shapes the service does not pin down, times, paths, open enums. */
class WireMapperTest {

  private static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  private static MeshLocalityLb locality(String json) throws Exception {
    return WireMapper.localityLb(json(json)).orElseThrow();
  }

  @Test
  void localityFailoverIsReadAsAnArrayAWrappedArrayOrJsonText() throws Exception {
    List<LocalityFailover> expected = List.of(LocalityFailover.of("cn-hangzhou", "cn-shanghai"));
    assertEquals(expected, locality("{\"Failover\":[{\"from\":\"cn-hangzhou\",\"to\":\"cn-shanghai\"}]}").failover());
    assertEquals(expected, locality("{\"Failover\":{\"failover\":[{\"from\":\"cn-hangzhou\",\"to\":\"cn-shanghai\"}]}}")
        .failover());
    assertEquals(expected, locality("{\"failover\":\"[{\\\"From\\\":\\\"cn-hangzhou\\\",\\\"To\\\":\\\"cn-shanghai\\\"}]\"}")
        .failover());
  }

  @Test
  void localityDistributionKeepsWeightsAndDropsWhatItCannotRead() throws Exception {
    MeshLocalityLb lb = locality("{\"Enabled\":true,\"Distribute\":[{\"from\":\"cn-shanghai\",\"to\":"
        + "{\"cn-hangzhou/*\":50,\"cn-shanghai/*\":25,\"cn-zhangjiakou/*\":25}},{\"oops\":1},\"junk\"],"
        + "\"FailoverPriority\":[\"topology.istio.io/cluster\"]}");
    assertTrue(lb.enabled());
    assertEquals(List.of(LocalityDistribution.of("cn-shanghai",
        Map.of("cn-hangzhou/*", 50, "cn-shanghai/*", 25, "cn-zhangjiakou/*", 25))), lb.distribute());
    assertEquals(List.of("topology.istio.io/cluster"), lb.failoverPriority());
  }

  @Test
  void localityInAShapeNoOneDocumentedIsEmptyNotAnError() throws Exception {
    MeshLocalityLb lb = locality("{\"Failover\":{\"cn-hangzhou\":\"cn-shanghai\"},\"Distribute\":\"not json\"}");
    assertTrue(lb.failover().isEmpty());
    assertTrue(lb.distribute().isEmpty());
    assertTrue(WireMapper.localityLb(null).isEmpty());
    assertTrue(WireMapper.localityLb(json("\"\"")).isEmpty());
  }

  @Test
  void timesWithOffsetsInstantsAndNoZoneAreRead() {
    assertEquals(Instant.parse("2020-04-21T01:42:20Z"), WireMapper.time("2020-04-21T09:42:20+08:00").orElseThrow());
    assertEquals(Instant.parse("2020-04-21T09:42:20Z"), WireMapper.time("2020-04-21T09:42:20Z").orElseThrow());
    assertEquals(Instant.parse("2024-05-28T08:00:00Z"), WireMapper.time("2024-05-28 16:00:00").orElseThrow());
    assertTrue(WireMapper.time("yesterday").isEmpty());
    assertTrue(WireMapper.time("").isEmpty());
    assertTrue(WireMapper.time(null).isEmpty());
  }

  @Test
  void laneServicePathsSplitFromTheRight() throws Exception {
    assertEquals(List.of(LaneService.of("sh01", "c0894", "default", "mocka")),
        WireMapper.laneServices(json("\"[\\\"sh01/c0894/default/mocka\\\"]\"")));
    assertEquals(List.of(LaneService.of("", "", "default", "mocka")),
        WireMapper.laneServices(json("[\"default/mocka\"]")));
    assertTrue(WireMapper.laneServices(json("\"\"")).isEmpty());
  }

  @Test
  void anUnknownStateIsKeptRawBesideUnknown() throws Exception {
    AsmWire.Detail detail = Json.reader(AsmWire.Detail.class).readValue(
        "{\"ServiceMesh\":{\"ServiceMeshInfo\":{\"ServiceMeshId\":\"m-1\",\"State\":\"hibernating\"}}}");
    ServiceMesh m = WireMapper.detail(detail);
    assertEquals(MeshState.UNKNOWN, m.state());
    assertEquals("hibernating", m.stateAsString());
    assertEquals("", m.name());
    assertTrue(m.memberClusterIds().isEmpty());
  }

  @Test
  void aMeshWithoutAnIdIsMalformed() throws Exception {
    AsmWire.Detail detail = Json.reader(AsmWire.Detail.class).readValue(
        "{\"ServiceMesh\":{\"ServiceMeshInfo\":{\"Name\":\"x\"}}}");
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> WireMapper.detail(detail));
    assertTrue(e.getMessage().contains("ServiceMeshId"), e.getMessage());
  }
}
