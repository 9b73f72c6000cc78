package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AsmMeshesTest {
  static CloudSimulator sim;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  static SignedCall asm(String action) {
    return SignedCall.rpcV2(sim, Product.ASM, action, "POST");
  }

  static String createMesh(String name) {
    SignedCall.Reply reply = asm("CreateServiceMesh")
        .query("RegionId", "cn-hangzhou")
        .query("VpcId", "vpc-bp1mesh")
        .query("VSwitches", "[\"vsw-bp1mesh\"]")
        .query("Name", name)
        .query("ApiServerPublicEip", "true")
        .call();
    assertEquals(200, reply.status(), reply.body());
    return reply.text("ServiceMeshId");
  }

  static String runningMesh(String name) {
    String id = createMesh(name);
    sim.clock().advance(Duration.ofMinutes(3));
    return id;
  }

  static SignedCall.Reply detail(String meshId) {
    return asm("DescribeServiceMeshDetail").query("ServiceMeshId", meshId).call();
  }

  static String meshState(String meshId) {
    return detail(meshId).json().path("ServiceMesh").path("ServiceMeshInfo").path("State").asText();
  }

  private static String cluster(boolean registered) {
    String body = registered ? AckClustersTest.registered("idc-" + System.nanoTime()).toString()
        : AckClustersTest.pro("pro-" + System.nanoTime()).toString();
    SignedCall.Reply reply = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(body).call();
    assertEquals(200, reply.status(), reply.body());
    String id = reply.text("cluster_id");
    if (registered) {
      sim.connectAgent(id);
    }
    sim.clock().advance(Duration.ofMinutes(30));
    assertEquals("running", sim.cluster(id).orElseThrow().path("state").asText());
    return id;
  }

  private static SignedCall.Reply add(String meshId, String clusterId) {
    return asm("AddClusterIntoServiceMesh").query("ServiceMeshId", meshId).query("ClusterId", clusterId).call();
  }

  private static void assertError(SignedCall.Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals(code, reply.text("Code"), reply.body());
    assertEquals(reply.requestIdHeader(), reply.text("RequestId"));
  }

  @Test
  void aMeshStartsInitialAndRunsAfterAFewMinutes() {
    String id = createMesh("global");

    assertTrue(id.matches("c[0-9a-f]{32}"), id);
    assertEquals("initial", meshState(id));
    sim.clock().advance(Duration.ofMinutes(3));
    JsonNode mesh = detail(id).json().path("ServiceMesh");
    assertEquals("running", mesh.path("ServiceMeshInfo").path("State").asText());
    assertEquals("global", mesh.path("ServiceMeshInfo").path("Name").asText());
    assertEquals("cn-hangzhou", mesh.path("ServiceMeshInfo").path("RegionId").asText());
    assertEquals("vsw-bp1mesh", mesh.path("Spec").path("Network").path("VSwitches").path(0).asText());
    assertTrue(mesh.path("Endpoints").path("PublicApiServerEndpoint").asText().startsWith("https://127.0.0.1:"));
    assertEquals(1, sim.meshes().size());
    JsonNode listed = SignedCall.rpcV2(sim, Product.ASM, "DescribeServiceMeshes", "GET").call().json();
    assertEquals(id, listed.path("ServiceMeshes").path(0).path("ServiceMeshInfo").path("ServiceMeshId").asText());
  }

  @Test
  void createRefusesMissingAndMalformedParameters() {
    assertError(asm("CreateServiceMesh").query("VpcId", "vpc-1").query("VSwitches", "[\"vsw-1\"]").call(),
        400, "MissingParameter");
    SignedCall.Reply notJson = asm("CreateServiceMesh").query("RegionId", "cn-hangzhou").query("VpcId", "vpc-1")
        .query("VSwitches", "vsw-1").call();
    assertError(notJson, 400, "InvalidParameter");
    assertTrue(notJson.text("Message").contains("VSwitches"));
    createMesh("taken");
    assertError(asm("CreateServiceMesh").query("RegionId", "cn-hangzhou").query("VpcId", "vpc-1")
        .query("VSwitches", "[\"vsw-1\"]").query("Name", "taken").call(), 400, "NameAlreadyExist");
  }

  @Test
  void clustersJoinAndLeaveWhileTheMeshIsUpdating() {
    String mesh = runningMesh("hybrid");
    String pro = cluster(false);
    String idc = cluster(true);

    JsonNode candidates = asm("DescribeServiceMeshClusters").query("ServiceMeshId", mesh).call().json();
    List<String> candidateIds = new ArrayList<>();
    candidates.path("Clusters").forEach(c -> candidateIds.add(c.path("ClusterId").asText()));
    assertTrue(candidateIds.containsAll(List.of(pro, idc)), candidates.toString());
    assertEquals(0, candidates.path("Clusters").path(0).path("ForbiddenFlag").asInt());

    SignedCall.Reply added = add(mesh, pro);
    assertEquals(200, added.status(), added.body());
    assertEquals("200", added.text("Code"));
    assertEquals("updating", meshState(mesh));
    assertEquals("starting", members(mesh).path(0).path("State").asText());
    sim.clock().advance(Duration.ofMinutes(2));
    assertEquals("running", meshState(mesh));
    assertEquals("running", members(mesh).path(0).path("State").asText());

    assertEquals(200, add(mesh, idc).status());
    sim.clock().advance(Duration.ofMinutes(2));
    JsonNode members = members(mesh);
    assertEquals(2, members.size());
    assertEquals("ExternalKubernetes", members.path(1).path("ClusterType").asText());
    assertEquals(List.of(pro, idc).toString(), detail(mesh).json().path("ServiceMesh").path("Clusters").toString()
        .replace("\"", "").replace(",", ", "));

    SignedCall.Reply removed = asm("RemoveClusterFromServiceMesh").query("ServiceMeshId", mesh)
        .query("ClusterId", pro).call();
    assertEquals(200, removed.status(), removed.body());
    assertEquals("updating", meshState(mesh));
    assertEquals("stopping", members(mesh).path(0).path("State").asText());
    sim.clock().advance(Duration.ofMinutes(2));
    assertEquals("running", meshState(mesh));
    assertEquals(1, members(mesh).size());
    assertEquals(idc, members(mesh).path(0).path("ClusterId").asText());
  }

  private static JsonNode members(String meshId) {
    SignedCall.Reply reply = asm("DescribeClustersInServiceMesh").query("ServiceMeshId", meshId).call();
    assertEquals(200, reply.status(), reply.body());
    return reply.json().path("Clusters");
  }

  @Test
  void addingAClusterAnswersTheServiceErrorCodes() {
    String mesh = runningMesh("one");
    String other = runningMesh("two");
    String pro = cluster(false);

    assertError(add("c" + "0".repeat(32), pro), 404, "ServiceMesh.NotFound");
    assertError(add(mesh, "c" + "f".repeat(32)), 404, "ErrorClusterNotFound");
    assertEquals(200, add(mesh, pro).status());
    assertError(add(other, pro), 400, "ErrorClusterAlreadyInServiceMesh");
    assertError(add(createMesh("young"), pro), 400, "StillInitializing");
  }

  @Test
  void aClusterThatIsNotRunningCannotJoin() {
    String mesh = runningMesh("strict");
    SignedCall.Reply created = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json(AckClustersTest.registered("waiting").toString()).call();
    String waiting = created.text("cluster_id");

    SignedCall.Reply reply = add(mesh, waiting);

    assertError(reply, 400, "InvalidParameter");
    assertTrue(reply.text("Message").contains("running"), reply.body());
  }

  @Test
  void deleteIsRefusedWithMembersUnlessForcedAndTheMeshThenAnswersForbidden() {
    String mesh = runningMesh("doomed");
    assertEquals(200, add(mesh, cluster(false)).status());
    sim.clock().advance(Duration.ofMinutes(2));

    assertError(asm("DeleteServiceMesh").query("ServiceMeshId", mesh).call(), 400, "ErrorPermitted.ClustersNotEmpty");
    SignedCall.Reply forced = asm("DeleteServiceMesh").query("ServiceMeshId", mesh).query("Force", "true").call();
    assertEquals(200, forced.status(), forced.body());
    assertEquals("deleting", meshState(mesh));
    sim.clock().advance(Duration.ofMinutes(2));

    assertError(detail(mesh), 403, "StatusForbidden");
    assertError(asm("DescribeServiceMeshKubeconfig").query("ServiceMeshId", mesh).call(), 403, "StatusForbidden");
    assertError(asm("DeleteServiceMesh").query("ServiceMeshId", mesh).call(), 403, "StatusForbidden");
    assertTrue(sim.mesh(mesh).isEmpty());
    assertTrue(sim.meshes().isEmpty());
  }

  @Test
  void aMeshStillInitializingCannotBeDeleted() {
    assertError(asm("DeleteServiceMesh").query("ServiceMeshId", createMesh("new")).call(), 400, "StillInitializing");
  }

  @Test
  void updateMeshFeatureStoresTheLocalityConfigurationAndShowsItInTheDetail() {
    String mesh = runningMesh("nearest");

    SignedCall.Reply reply = asm("UpdateMeshFeature").query("ServiceMeshId", mesh)
        .query("LocalityLoadBalancing", "true")
        .query("LocalityLBConf", "{\"failover\":[{\"from\":\"cn-hangzhou\",\"to\":\"cn-shanghai\"}]}")
        .call();

    assertEquals(200, reply.status(), reply.body());
    assertEquals("updating", meshState(mesh));
    sim.clock().advance(Duration.ofMinutes(1));
    JsonNode config = detail(mesh).json().path("ServiceMesh").path("Spec").path("MeshConfig");
    assertEquals("running", meshState(mesh));
    assertTrue(config.path("EnableLocalityLB").asBoolean());
    assertTrue(config.path("LocalityLB").path("Enabled").asBoolean());
    assertEquals("cn-shanghai", config.path("LocalityLB").path("Failover").path(0).path("to").asText());
  }

  @Test
  void updateMeshFeatureRefusesAnInvalidLocalityConfiguration() {
    String mesh = runningMesh("bad-locality");

    SignedCall.Reply both = asm("UpdateMeshFeature").query("ServiceMeshId", mesh)
        .query("LocalityLBConf", "{\"failover\":[{\"from\":\"a\",\"to\":\"b\"}],"
            + "\"distribute\":[{\"from\":\"a/*\",\"to\":{\"a/*\":100}}]}").call();
    SignedCall.Reply weights = asm("UpdateMeshFeature").query("ServiceMeshId", mesh)
        .query("LocalityLBConf", "{\"distribute\":[{\"from\":\"a/*\",\"to\":{\"a/*\":70,\"b/*\":20}}]}").call();

    assertError(both, 400, "InvalidParameter");
    assertTrue(both.text("Message").contains("can not simultaneously specify 'distribute' and 'failover'"));
    assertError(weights, 400, "InvalidParameter");
    assertTrue(weights.text("Message").contains("total locality weight 90 != 100"));
    assertEquals("running", meshState(mesh));
  }

  @Test
  void theKubeconfigNamesTheMeshApiServerWithAClientCertificate() {
    String mesh = runningMesh("kube");

    SignedCall.Reply reply = asm("DescribeServiceMeshKubeconfig").query("ServiceMeshId", mesh).call();

    assertEquals(200, reply.status(), reply.body());
    String kubeconfig = reply.text("Kubeconfig");
    assertTrue(kubeconfig.contains("server: https://127.0.0.1:"), kubeconfig);
    assertTrue(kubeconfig.contains("/k8s-sim/" + mesh), kubeconfig);
    assertTrue(kubeconfig.contains("client-certificate-data: "));
    assertTrue(kubeconfig.contains("client-key-data: "));
    assertTrue(reply.text("ExpireTime").matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d"));
    assertFalse(sim.requests("DescribeServiceMeshKubeconfig").isEmpty());
  }
}
