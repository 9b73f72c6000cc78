package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsmSwimLanesTest {
  private static final String SERVICES = "[\"sh01/c089443ea9e50403fa4f0a6237d11e0a9/default/mocka\"]";

  private static CloudSimulator sim;
  private String mesh;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void mesh() {
    sim.reset();
    AsmMeshesTest.sim = sim;
    mesh = AsmMeshesTest.runningMesh("lanes");
  }

  private SignedCall call(String action) {
    return AsmMeshesTest.asm(action).query("ServiceMeshId", mesh);
  }

  private SignedCall.Reply createGroup() {
    return call("CreateSwimLaneGroup").query("GroupName", "mock").query("IngressGatewayName", "ingressgateway")
        .query("IngressType", "ASM").query("ServicesList", SERVICES).call();
  }

  private SignedCall.Reply lane(String action, String name, String value) {
    return call(action).query("GroupName", "mock").query("SwimLaneName", name)
        .query("LabelSelectorKey", "ASM_TRAFFIC_TAG").query("LabelSelectorValue", value).call();
  }

  @Test
  void groupsAndLanesAreCreatedListedUpdatedAndDeleted() {
    assertEquals(200, createGroup().status());
    assertEquals(200, lane("CreateSwimLane", "s1", "v1").status());
    assertEquals(200, lane("CreateSwimLane", "s2", "v2").status());
    SignedCall.Reply weighted = call("UpdateSwimLaneGroup").query("GroupName", "mock")
        .query("IngressRoutingStrategy", "weighted")
        .query("WeightedIngressRule", "{\"Domains\":[\"*\"],\"MatchRequests\":[]}").call();
    assertEquals(200, weighted.status(), weighted.body());

    JsonNode group = call("GetSwimLaneGroupList").call().json().path("SwimLaneGroupList").path(0);
    assertEquals("mock", group.path("GroupName").asText());
    assertEquals("weighted", group.path("IngressRoutingStrategy").asText());
    assertEquals(SERVICES, group.path("ServiceList").asText());
    assertEquals("{\"ASM_TRAFFIC_TAG\":[\"v1\",\"v2\"]}", group.path("SwimLaneLabels").asText());

    assertEquals(200, lane("UpdateSwimLane", "s2", "v3").status());
    JsonNode lanes = call("GetSwimLaneList").query("GroupName", "mock").call().json().path("SwimLaneList");
    assertEquals(2, lanes.size());
    assertEquals("v3", lanes.path(1).path("LabelSelectorValue").asText());
    assertTrue(lanes.path(0).has("WeightedIngressDestinatin"));
    JsonNode detail = call("GetSwimLaneDetail").query("GroupName", "mock").query("SwimLaneName", "s1").call().json();
    assertEquals("ASM_TRAFFIC_TAG", detail.path("LabelSelectorKey").asText());
    assertTrue(detail.has("WeightedIngressDestination"));

    assertEquals(200, call("DeleteSwimLane").query("GroupName", "mock").query("SwimLaneName", "s1").call().status());
    assertEquals(1, call("GetSwimLaneList").query("GroupName", "mock").call().json().path("SwimLaneList").size());
    assertEquals(200, call("DeleteSwimLaneGroup").query("GroupName", "mock").call().status());
    assertEquals(0, call("GetSwimLaneGroupList").call().json().path("SwimLaneGroupList").size());
  }

  @Test
  void badLaneRequestsAreRefused() {
    SignedCall.Reply permissive = call("CreateSwimLaneGroup").query("GroupName", "mock")
        .query("IngressGatewayName", "ingressgateway").query("IngressType", "ASM").query("ServicesList", SERVICES)
        .query("IsPermissive", "true").call();
    assertEquals(400, permissive.status());
    assertEquals("MissingParameter", permissive.text("Code"));

    assertEquals(200, createGroup().status());
    assertEquals("InvalidParameter", createGroup().text("Code"));
    SignedCall.Reply ruleWithoutWeighted = call("UpdateSwimLaneGroup").query("GroupName", "mock")
        .query("WeightedIngressRule", "{\"Domains\":[\"*\"]}").call();
    assertEquals("InvalidParameter", ruleWithoutWeighted.text("Code"));
    assertEquals("InvalidParameter", lane("UpdateSwimLane", "absent", "v1").text("Code"));
    SignedCall.Reply noGroup = call("GetSwimLaneList").query("GroupName", "other").call();
    assertEquals(400, noGroup.status());
    assertTrue(noGroup.text("Message").contains("other"));
  }
}
