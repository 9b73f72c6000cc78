package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.mesh.model.MemberClusterState;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.MeshState;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mesh waiters against ASM answer sequences, with a poll interval of a few milliseconds. */
class MeshWaitersTest {
  private static final String MESH = "m-1";
  private static final Duration LONG = Duration.ofSeconds(10);

  private AsmServer server;
  private MeshClient mesh;

  @BeforeEach
  void start() throws Exception {
    server = new AsmServer();
    mesh = server.client();
  }

  @AfterEach
  void stop() throws Exception {
    mesh.close();
    server.close();
  }

  static String detail(String state, String errorMessage) {
    return "{\"RequestId\":\"R\",\"ServiceMesh\":{\"ServiceMeshInfo\":{\"ServiceMeshId\":\"" + MESH
        + "\",\"State\":\"" + state + "\",\"ErrorMessage\":\"" + errorMessage + "\"}}}";
  }

  static String members(String... idAndState) {
    StringBuilder sb = new StringBuilder("{\"RequestId\":\"R\",\"Clusters\":[");
    for (int i = 0; i < idAndState.length; i += 2) {
      sb.append(i == 0 ? "" : ",").append("{\"ClusterId\":\"").append(idAndState[i])
          .append("\",\"State\":\"").append(idAndState[i + 1]).append("\",\"ClusterType\":\"ExternalKubernetes\"}");
    }
    return sb.append("]}").toString();
  }

  @Test
  void untilRunningPollsTheDetailUntilTheMeshRuns() throws Exception {
    server.answer(detail("initial", "")).answer(detail("initial", "")).answer(detail("running", ""));
    ServiceMesh m = mesh.waiters().untilRunning(MESH, LONG);
    assertEquals(MeshState.RUNNING, m.state());
    assertEquals(3, server.requestCount());
    for (int i = 0; i < 3; i++) {
      AsmServer.Sent sent = server.take();
      assertEquals("DescribeServiceMeshDetail", sent.action());
      assertEquals(MESH, sent.form.get("ServiceMeshId"));
    }
  }

  @Test
  void untilRunningStopsAtUpgradingFailedWithTheMeshsErrorMessage() {
    server.answer(detail("upgrading", "")).answer(detail("upgrading_failed", "istiod image pull failed"));
    WaiterException e = assertThrows(WaiterException.class, () -> mesh.waiters().untilRunning(MESH, LONG));
    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertTrue(e.getMessage().contains("upgrading_failed (istiod image pull failed)"), e.getMessage());
    assertEquals(MeshState.UPGRADING_FAILED, ((ServiceMesh) e.lastState().orElseThrow()).state());
    assertEquals(2, e.attempts());
  }

  @Test
  void untilRunningTreatsEveryFailedSpellingAsFailure() {
    server.answer(detail("creating_failed", "")).answer(detail("deleting_failed", ""));
    WaiterException known = assertThrows(WaiterException.class, () -> mesh.waiters().untilRunning(MESH, LONG));
    assertEquals(WaiterException.Reason.FAILURE_STATE, known.reason());
    WaiterException unknown = assertThrows(WaiterException.class, () -> mesh.waiters().untilRunning(MESH, LONG));
    assertEquals(WaiterException.Reason.FAILURE_STATE, unknown.reason());
    assertEquals(2, server.requestCount());
  }

  @Test
  void untilRunningDoesNotTakeForbiddenOrNotFoundAsAnAnswer() {
    server.error(403, "StatusForbidden", "mesh is deleted");
    WaiterException e = assertThrows(WaiterException.class, () -> mesh.waiters().untilRunning(MESH, LONG));
    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertEquals("StatusForbidden", assertInstanceOf(ServiceException.class, e.getCause()).errorCode());

    server.error(404, "ServiceMesh.NotFound", "not found");
    WaiterException notFound = assertThrows(WaiterException.class, () -> mesh.waiters().untilRunning(MESH, LONG));
    assertInstanceOf(ResourceNotFoundException.class, notFound.getCause());
  }

  @Test
  void untilRunningTimesOutWhileTheMeshStaysInitial() {
    server.always(detail("initial", ""));
    WaiterException e = assertThrows(WaiterException.class,
        () -> mesh.waiters().untilRunning(MESH, Duration.ofMillis(500)));
    assertEquals(WaiterException.Reason.TIMEOUT, e.reason());
    assertTrue(e.attempts() >= 2, "it polled again before giving up: " + e.attempts());
  }

  @Test
  void untilDeletedEndsOnStatusForbidden() throws Exception {
    server.answer(detail("running", "")).error(403, "StatusForbidden", "the mesh is deleted");
    mesh.waiters().untilDeleted(MESH, LONG);
    assertEquals(2, server.requestCount());
  }

  @Test
  void untilDeletedEndsOnNotFound() {
    server.answer(detail("running", "")).error(400, "ServiceMesh.NotFound", "service mesh not found");
    mesh.waiters().untilDeleted(MESH, LONG);
    assertEquals(2, server.requestCount());
  }

  @Test
  void untilDeletedRidesOutServerErrorsWithoutTakingThemAsGone() throws Exception {
    try (MeshClient noRetry = MeshClient.create(server.config(b -> b.retryPolicy(RetryPolicy.none())))) {
      server.error(503, "ServiceUnavailable", "busy").error(500, "InternalError", "oops")
          .answer(detail("running", "")).error(403, "StatusForbidden", "gone");
      noRetry.waiters().untilDeleted(MESH, LONG);
      assertEquals(4, server.requestCount(), "5xx polls kept the wait going until the 403");
    }
  }

  @Test
  void untilDeletedFailsOnARealPermissionError() {
    server.error(403, "Forbidden.RAM", "User not authorized to operate on the specified resource.");
    WaiterException e = assertThrows(WaiterException.class, () -> mesh.waiters().untilDeleted(MESH, LONG));
    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertEquals("Forbidden.RAM", assertInstanceOf(ServiceException.class, e.getCause()).errorCode());
  }

  @Test
  void untilClusterRunningWaitsForTheClusterToAppearAndRun() throws Exception {
    server.answer(members("c-ack", "running"))
        .answer(members("c-ack", "running", "c-idc", "starting"))
        .answer(members("c-ack", "running", "c-idc", "running"));
    MeshMemberCluster c = mesh.waiters().untilClusterRunning(MESH, "c-idc", LONG);
    assertEquals("c-idc", c.id());
    assertEquals(MemberClusterState.RUNNING, c.state());
    AsmServer.Sent sent = server.take();
    assertEquals("DescribeClustersInServiceMesh", sent.action());
    assertEquals(MESH, sent.query.get("ServiceMeshId"));
    assertEquals(3, server.requestCount());
  }

  @Test
  void untilClusterRunningStopsWhenTheClusterFailed() {
    server.answer(members("c-idc", "failed"));
    WaiterException e = assertThrows(WaiterException.class,
        () -> mesh.waiters().untilClusterRunning(MESH, "c-idc", LONG));
    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertTrue(e.getMessage().contains("cluster c-idc to be running in mesh m-1"), e.getMessage());
  }

  @Test
  void badArgumentsFailBeforeAnyPoll() {
    assertEquals("meshId", assertThrows(ValidationException.class,
        () -> mesh.waiters().untilRunning(" ", LONG)).field());
    assertEquals("timeout", assertThrows(ValidationException.class,
        () -> mesh.waiters().untilDeleted(MESH, Duration.ZERO)).field());
    assertEquals("clusterId", assertThrows(ValidationException.class,
        () -> mesh.waiters().untilClusterRunning(MESH, null, LONG)).field());
    assertEquals(0, server.requestCount());
  }

  @Test
  void asyncUntilRunningCompletesWithTheRunningMesh() throws Exception {
    server.answer(detail("initial", "")).answer(detail("running", ""));
    ServiceMesh m = mesh.async().waiters().untilRunning(MESH, LONG).get(30, TimeUnit.SECONDS);
    assertEquals(MeshState.RUNNING, m.state());
    assertEquals(2, server.requestCount());
  }

  @Test
  void asyncUntilRunningFailsOnUpgradingFailed() {
    server.answer(detail("upgrading_failed", "boom"));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> mesh.async().waiters().untilRunning(MESH, LONG).get(30, TimeUnit.SECONDS));
    assertEquals(WaiterException.Reason.FAILURE_STATE, assertInstanceOf(WaiterException.class, e.getCause()).reason());
  }

  @Test
  void asyncUntilDeletedCompletesOnStatusForbidden() throws Exception {
    server.answer(detail("running", "")).error(403, "StatusForbidden", "gone");
    assertNull(mesh.async().waiters().untilDeleted(MESH, LONG).get(30, TimeUnit.SECONDS));
    assertEquals(2, server.requestCount());
  }

  @Test
  void asyncUntilClusterRunningCompletesWithTheCluster() throws Exception {
    server.answer(members()).answer(members("c-idc", "running"));
    MeshMemberCluster c = mesh.async().waiters().untilClusterRunning(MESH, "c-idc", LONG).get(30, TimeUnit.SECONDS);
    assertEquals("c-idc", c.id());
  }

  @Test
  void asyncBadArgumentsFailTheFutureAndSendNothing() {
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> mesh.async().waiters().untilRunning("", LONG).get(30, TimeUnit.SECONDS));
    assertEquals("meshId", assertInstanceOf(ValidationException.class, e.getCause()).field());
    assertEquals(0, server.requestCount());
  }
}
