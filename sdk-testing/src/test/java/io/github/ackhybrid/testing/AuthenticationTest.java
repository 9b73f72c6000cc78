package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticationTest {
  private static CloudSimulator sim;

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

  private static SignedCall quota() {
    return SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota");
  }

  private static void assertRoaError(SignedCall.Reply reply, int status, String code) {
    assertEquals(status, reply.status(), reply.body());
    assertEquals(code, reply.text("code"));
    assertNotNull(reply.requestIdHeader());
    assertEquals(reply.requestIdHeader(), reply.text("requestId"));
  }

  @Test
  void aBadSignatureIsRejectedWithSignatureDoesNotMatch() {
    SignedCall.Reply reply = quota().key(CloudSimulator.DEFAULT_ACCESS_KEY_ID, "wrong-secret").call();

    assertRoaError(reply, 400, "SignatureDoesNotMatch");
    assertTrue(reply.text("message").startsWith("Specified signature does not match"));
  }

  @Test
  void anUnknownAccessKeyIsRejectedWithNotFound() {
    assertRoaError(quota().key("nobody", "secret").call(), 404, "InvalidAccessKeyId.NotFound");
  }

  @Test
  void aReplayedNonceIsRejected() {
    String nonce = "replayed-nonce-" + System.nanoTime();
    assertEquals(200, quota().nonce(nonce).call().status());

    assertRoaError(quota().nonce(nonce).call(), 400, "SignatureNonceUsed");
  }

  @Test
  void aStaleDateIsRejectedAgainstTheRealClockWhateverTheSimulatedTime() {
    sim.clock().advance(Duration.ofDays(30));

    assertEquals(200, quota().call().status());
    assertRoaError(quota().date(Instant.now().minus(Duration.ofMinutes(20))).call(), 400, "InvalidTimeStamp.Expired");
  }

  @Test
  void anUnsignedRequestIsIncomplete() throws Exception {
    okhttp3.Request request = new okhttp3.Request.Builder().url(sim.endpoint() + "/quota")
        .header("x-acs-version", Product.ACK.apiVersion()).build();
    try (okhttp3.Response response = new okhttp3.OkHttpClient().newCall(request).execute()) {
      assertEquals(400, response.code());
      assertTrue(response.body().string().contains("\"code\":\"IncompleteSignature\""));
      assertNotNull(response.header("x-acs-request-id"));
    }
  }

  @Test
  void aRoaV2SignedRequestIsAccepted() {
    SignedCall.Reply reply = SignedCall.ackRoaV2(sim, "DescribeClustersV1", "GET", "/api/v1/clusters")
        .query("page_size", "5").call();

    assertEquals(200, reply.status(), reply.body());
    assertEquals(5, reply.json().path("page_info").path("page_size").asInt());
  }

  @Test
  void aRoaV2RequestWithAWrongSecretIsRejected() {
    SignedCall.Reply reply = SignedCall.ackRoaV2(sim, "DescribeUserQuota", "GET", "/quota")
        .key(CloudSimulator.DEFAULT_ACCESS_KEY_ID, "nope").call();

    assertRoaError(reply, 400, "SignatureDoesNotMatch");
  }

  @Test
  void rpcV2SignedRequestsAreAcceptedInTheQueryAndInAFormBody() {
    sim.expect().action("DescribeServiceMeshes").forProduct(Product.ASM)
        .andReturn(200, "{\"RequestId\":\"scripted\",\"ServiceMeshes\":[]}").always();

    SignedCall.Reply get = SignedCall.rpcV2(sim, Product.ASM, "DescribeServiceMeshes", "GET")
        .query("RegionId", "cn-hangzhou").call();
    SignedCall.Reply post = SignedCall.rpcV2(sim, Product.ASM, "DescribeServiceMeshes", "POST")
        .query("RegionId", "cn-hangzhou").call();

    assertEquals(200, get.status(), get.body());
    assertEquals(200, post.status(), post.body());
    assertTrue(post.json().path("ServiceMeshes").isArray());
    assertTrue(sim.requests().get(1).body().contains("&Signature=****&"), sim.requests().get(1).body());
  }

  @Test
  void aBadRpcV2SignatureIsRejectedInTheRpcEnvelope() {
    SignedCall.Reply reply = SignedCall.rpcV2(sim, Product.BSS, "QueryBill", "GET")
        .key(CloudSimulator.DEFAULT_ACCESS_KEY_ID, "nope").call();

    assertEquals(400, reply.status());
    JsonNode body = reply.json();
    assertEquals("SignatureDoesNotMatch", body.path("Code").asText());
    assertEquals(reply.requestIdHeader(), body.path("RequestId").asText());
    assertTrue(body.path("Recommend").asText().contains("product=BssOpenApi"));
  }

  @Test
  void addedKeysAreAcceptedAndRemovedKeysAreNot() {
    sim.addAccessKey("second-key", "second-secret");
    assertEquals(200, quota().key("second-key", "second-secret").call().status());

    sim.removeAccessKey("second-key");
    assertRoaError(quota().key("second-key", "second-secret").call(), 404, "InvalidAccessKeyId.NotFound");
  }

  @Test
  void sessionKeysNeedTheirSecurityToken() {
    sim.addSessionKey("STS.session", "session-secret", "session-token");

    assertEquals(200, quota().key("STS.session", "session-secret").securityToken("session-token").call().status());
    assertRoaError(quota().key("STS.session", "session-secret").call(), 400, "InvalidSecurityToken.Malformed");
    assertRoaError(quota().key("STS.session", "session-secret").securityToken("other").call(), 400,
        "InvalidSecurityToken.MismatchWithAccessKey");
    assertEquals("****", sim.requests().get(0).header("x-acs-security-token").orElseThrow());
  }

  @Test
  void authenticationComesBeforeFaultsAndExpectations() {
    sim.faults().serverError().always();
    sim.expect().get("/quota").andReturn(200, "{}").always();

    SignedCall.Reply reply = quota().key("nobody", "secret").call();

    assertRoaError(reply, 404, "InvalidAccessKeyId.NotFound");
    assertEquals(0, sim.faults().injected());
  }

  @Test
  void queriesEncodedTheWayOfficialClientsEncodeThemVerify() {
    String id = SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json("{\"name\":\"a-b\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ExternalKubernetes\"}")
        .call().text("cluster_id");

    SignedCall.Reply reply = SignedCall.ack(sim, "DescribeClustersV1", "GET", "/api/v1/clusters")
        .query("name", "a-b").query("cluster_id", id).query("profile", "").formEncodedQuery().call();
    SignedCall.Reply spaced = SignedCall.ack(sim, "DescribeClustersV1", "GET", "/api/v1/clusters")
        .query("name", "a b&c/\u00e9*~").formEncodedQuery().call();

    assertEquals(200, reply.status(), reply.body());
    assertEquals(1, reply.json().path("page_info").path("total_count").asInt());
    assertEquals(200, spaced.status(), spaced.body());
    assertEquals("a b&c/\u00e9*~", sim.requests().get(2).query().get("name"));
  }

  @Test
  void anyHostNameReachesTheSameSimulator() {
    SignedCall.Reply reply = quota().host("cs.cn-beijing.aliyuncs.com").call();

    assertEquals(200, reply.status(), reply.body());
    assertEquals("cs.cn-beijing.aliyuncs.com", sim.requests().get(0).header("host").orElseThrow());
  }
}
