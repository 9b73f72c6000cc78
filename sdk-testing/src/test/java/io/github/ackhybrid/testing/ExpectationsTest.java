package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExpectationsTest {
  private static final String REGISTER = "{\"name\":\"idc-1\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ExternalKubernetes\"}";

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

  private static SignedCall create() {
    return SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(REGISTER);
  }

  @Test
  void anExpectationWinsOverTheStateForItsNumberOfCalls() {
    Expectation expectation = sim.expect().post("/clusters")
        .andReturn(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"scripted\",\"requestId\":\"x\"}").times(2);

    SignedCall.Reply first = create().call();
    SignedCall.Reply second = create().call();
    SignedCall.Reply third = create().call();

    assertEquals(503, first.status());
    assertEquals("scripted", first.text("message"));
    assertEquals(503, second.status());
    assertEquals(200, third.status(), "after two answers the simulation takes over");
    assertEquals(1, sim.clusters().size());
    assertEquals(2, expectation.served());
    assertEquals(0, expectation.remaining());
    assertTrue(first.requestIdHeader() != null && !first.requestIdHeader().isEmpty());
  }

  @Test
  void templatesMatchAnyValueOfAParameter() {
    sim.expect().get("/clusters/{ClusterId}").andReturnError(404, "ErrorClusterNotFound", "scripted").always();

    SignedCall.Reply reply = SignedCall.ack(sim, "DescribeClusterDetail", "GET", "/clusters/cabc").call();

    assertEquals(404, reply.status());
    assertEquals("ErrorClusterNotFound", reply.text("code"));
    assertEquals("scripted", reply.text("message"));
    assertEquals(reply.requestIdHeader(), reply.text("requestId"));
    assertEquals(200, SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").call().status());
  }

  @Test
  void actionExpectationsServeRpcProductsInTheirEnvelope() {
    Expectation always = sim.expect().action("CreateServiceMesh").forProduct(Product.ASM)
        .andReturnError(400, "QuotaExceeded.Mesh", "scripted quota").always();

    for (int i = 0; i < 3; i++) {
      SignedCall.Reply reply = SignedCall.rpcV2(sim, Product.ASM, "CreateServiceMesh", "POST").call();
      assertEquals(400, reply.status());
      assertEquals("QuotaExceeded.Mesh", reply.json().path("Code").asText());
      assertEquals(reply.requestIdHeader(), reply.json().path("RequestId").asText());
    }
    assertEquals(3, always.served());
    assertEquals(-1, always.remaining());
  }

  @Test
  void expectationsMatchV3RpcCallsByTheirActionHeader() {
    sim.expect().action("DescribeServiceMeshes").andReturn(200, "{\"ServiceMeshes\":[]}").once();

    SignedCall.Reply reply = SignedCall.rpcV3(sim, Product.ASM, "DescribeServiceMeshes").call();

    assertEquals(200, reply.status(), reply.body());
    assertTrue(reply.json().path("ServiceMeshes").isArray());
  }

  @Test
  void theMethodMustMatchToo() {
    sim.expect().delete("/clusters/{ClusterId}").andReturn(500, "{}").always();

    SignedCall.Reply describe = SignedCall.ack(sim, "DescribeClusterDetail", "GET", "/clusters/cabc").call();

    assertEquals(404, describe.status());
    assertEquals("ErrorClusterNotFound", describe.text("code"));
  }

  @Test
  void anExpectationNeedsSomethingToMatch() {
    assertThrows(ValidationException.class, () -> sim.expect().andReturn(200, "{}"));
    assertThrows(ValidationException.class, () -> sim.expect().get("no-slash"));
    assertThrows(ValidationException.class, () -> sim.expect().get("/x").andReturn(42, "{}"));
  }
}
