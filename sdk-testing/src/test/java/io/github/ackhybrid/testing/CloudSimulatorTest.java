package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CloudSimulatorTest {
  private static final Pattern REQUEST_ID = Pattern.compile("[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}");
  private static final String REGISTER = "{\"name\":\"idc-1\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ExternalKubernetes\"}";

  private static CloudSimulator sim;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).requestLogCapacity(5).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  @Test
  void endpointCredentialsAndConfigPointAtTheSimulator() {
    assertEquals("http://127.0.0.1:" + sim.port(), sim.endpoint().toString());
    Credentials credentials = sim.credentials().resolveCredentials();
    assertEquals(CloudSimulator.DEFAULT_ACCESS_KEY_ID, credentials.accessKeyId());
    assertEquals(CloudSimulator.DEFAULT_ACCESS_KEY_SECRET, credentials.accessKeySecret());
    CloudConfig config = sim.cloudConfig().build();
    assertEquals("cn-hangzhou", config.region());
    assertEquals(sim.endpoint(), config.endpointOverride().orElseThrow());
    assertEquals(CloudSimulator.DEFAULT_ACCESS_KEY_ID, config.credentials().resolveCredentials().accessKeyId());
  }

  @Test
  void everyAnswerCarriesAnUpperCaseRequestIdAndErrorsRepeatItInTheBody() {
    SignedCall.Reply ok = SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").call();
    SignedCall.Reply missing = SignedCall.ack(sim, "DescribeClusterDetail", "GET", "/clusters/c404").call();

    assertEquals(200, ok.status());
    assertTrue(REQUEST_ID.matcher(ok.requestIdHeader()).matches(), ok.requestIdHeader());
    assertEquals(404, missing.status());
    assertTrue(REQUEST_ID.matcher(missing.requestIdHeader()).matches());
    assertEquals(missing.requestIdHeader(), missing.text("requestId"));
    assertEquals("ErrorClusterNotFound", missing.text("code"));
    assertFalse(missing.text("message").isEmpty());
    assertFalse(ok.requestIdHeader().equals(missing.requestIdHeader()));
  }

  @Test
  void unknownOrMissingVersionIsRefused() {
    SignedCall.Reply unknown = SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").version("2099-01-01").call();
    SignedCall.Reply none = SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").version("").call();

    assertEquals(400, unknown.status());
    assertEquals("NoSuchVersion", unknown.text("code"));
    assertEquals(400, none.status());
    assertEquals("MissingParameter", none.text("code"));
  }

  @Test
  void unknownPathsAndActionsAnswerNotFoundInTheProductsEnvelope() {
    SignedCall.Reply roa = SignedCall.ack(sim, "DescribeClusters", "GET", "/clusters").call();
    SignedCall.Reply rpc = SignedCall.rpcV2(sim, Product.ASM, "DescribeNothing", "GET").call();

    assertEquals(404, roa.status());
    assertEquals("InvalidAction.NotFound", roa.text("code"));
    assertEquals(roa.requestIdHeader(), roa.text("requestId"));
    assertEquals(404, rpc.status());
    JsonNode body = rpc.json();
    assertEquals("InvalidAction.NotFound", body.path("Code").asText());
    assertEquals(rpc.requestIdHeader(), body.path("RequestId").asText());
    assertEquals("127.0.0.1:" + sim.port(), body.path("HostId").asText());
    assertTrue(body.path("Recommend").asText().contains("q=InvalidAction.NotFound"));
    assertTrue(body.path("Message").asText().length() > 0);
  }

  @Test
  void anActionHeaderNamingAnotherOperationThanThePathIsRefused() {
    SignedCall.Reply reply = SignedCall.ack(sim, "DeleteCluster", "GET", "/quota").call();

    assertEquals(404, reply.status());
    assertEquals("InvalidAction.NotFound", reply.text("code"));
    assertTrue(reply.text("message").contains("DescribeUserQuota"));
  }

  @Test
  void recordsCallsWithCredentialsRedacted() {
    SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(REGISTER).call();
    SignedCall.rpcV2(sim, Product.ASM, "DescribeServiceMeshes", "GET").query("RegionId", "cn-hangzhou").call();

    List<RecordedCall> calls = sim.requests();
    assertEquals(2, calls.size());
    RecordedCall create = sim.requests("CreateCluster").get(0);
    assertEquals("POST", create.method());
    assertEquals("/clusters", create.path());
    assertEquals(Product.ACK, create.product().orElseThrow());
    assertEquals(200, create.status());
    assertEquals("****", create.header("Authorization").orElseThrow());
    assertTrue(create.body().contains("idc-1"));
    assertTrue(REQUEST_ID.matcher(create.requestId()).matches());
    RecordedCall rpc = calls.get(1);
    assertEquals("DescribeServiceMeshes", rpc.action().orElseThrow());
    assertEquals("****", rpc.query().get("Signature"));
    assertEquals("cn-hangzhou", rpc.query().get("RegionId"));
    assertFalse(create.toString().contains("****"), "toString leaves headers out");

    sim.resetRequests();
    assertTrue(sim.requests().isEmpty());
  }

  @Test
  void theRequestLogKeepsOnlyTheNewestCalls() {
    for (int i = 0; i < 7; i++) {
      SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").call();
    }
    assertEquals(5, sim.requests().size());
  }

  @Test
  void resetForgetsClustersTasksFaultsExpectationsAndCalls() {
    SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(REGISTER).call();
    sim.faults().serverError().always();
    sim.expect().get("/quota").andReturn(200, "{}").always();

    sim.reset();

    assertTrue(sim.clusters().isEmpty());
    assertTrue(sim.tasks().isEmpty());
    assertTrue(sim.requests().isEmpty());
    assertEquals(0, sim.faults().injected());
    SignedCall.Reply quota = SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").call();
    assertEquals(200, quota.status());
    assertEquals(50, quota.json().path("cluster_quota").asInt());
  }

  @Test
  void inspectionReturnsCopies() {
    String id = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(REGISTER).call().text("cluster_id");

    sim.cluster(id).orElseThrow().put("state", "mangled");
    sim.clusters().get(0).put("name", "mangled");

    assertEquals("initial", sim.cluster(id).orElseThrow().path("state").asText());
    assertEquals("idc-1", sim.clusters().get(0).path("name").asText());
    assertTrue(sim.cluster("c-none").isEmpty());
  }

  @Test
  void builderRejectsBadSettings() {
    assertThrows(ValidationException.class, () -> CloudSimulator.builder().port(70_000).start());
    assertThrows(ValidationException.class, () -> CloudSimulator.builder().speed(-1).start());
    assertThrows(ValidationException.class, () -> CloudSimulator.builder().speed(Double.NaN).start());
    assertThrows(ValidationException.class, () -> CloudSimulator.builder().accessKey("id", " ").start());
    assertThrows(ValidationException.class,
        () -> CloudSimulator.builder().agentAutoConnect(Duration.ofSeconds(-1)).start());
    assertThrows(ValidationException.class, () -> CloudSimulator.builder().requestLogCapacity(0).start());
  }

  @Test
  void aSimulatorStartedOnAFixedPortListensThere() throws Exception {
    int port;
    try (java.net.ServerSocket probe = new java.net.ServerSocket(0)) {
      port = probe.getLocalPort();
    }
    try (CloudSimulator fixed = CloudSimulator.builder().port(port).accessKey("my-id", "my-secret").start()) {
      assertEquals(port, fixed.port());
      SignedCall.Reply reply = SignedCall.ack(fixed, "DescribeUserQuota", "GET", "/quota")
          .key("my-id", "my-secret").call();
      assertEquals(200, reply.status());
    }
  }
}
