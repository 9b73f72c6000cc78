package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.cluster.model.TaskState;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The cluster and task waiters against scripted answer sequences, blocking and non-blocking. */
class ClusterWaitersTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);
  private final MockCs cs = new MockCs();

  @AfterEach
  void stop() throws Exception {
    cs.close();
  }

  private ClusterWaitersTest cluster(String state) {
    cs.ok("{\"cluster_id\":\"c1\",\"name\":\"pro\",\"cluster_type\":\"ManagedKubernetes\",\"state\":\"" + state + "\"}");
    return this;
  }

  private ClusterWaitersTest task(String state, String error) {
    cs.ok("{\"task_id\":\"T-1\",\"cluster_id\":\"c1\",\"state\":\"" + state + "\"" + error + "}");
    return this;
  }

  private ClusterWaitersTest error(int status, String code) {
    cs.error(status, code);
    return this;
  }

  private static <T extends Throwable> T cause(Class<T> type, ExecutionException e) {
    return assertInstanceOf(type, e.getCause());
  }

  @Test
  void untilRunningPollsFromInitialToRunning() {
    cluster("initial").cluster("initial").cluster("running");

    Cluster running = cs.client.waiters().untilRunning("c1", TIMEOUT);

    assertEquals(ClusterState.RUNNING, running.state());
    assertEquals(3, cs.server.getRequestCount());
    assertEquals("/clusters/c1", cs.take().getPath());
  }

  @Test
  void untilRunningStopsOnAFailureState() {
    cluster("initial").cluster("failed");

    WaiterException e = assertThrows(WaiterException.class, () -> cs.client.waiters().untilRunning("c1", TIMEOUT));

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    assertEquals(ClusterState.FAILED, ((Cluster) e.lastState().orElseThrow()).state());
    assertTrue(e.getMessage().contains("failed"), e.getMessage());
  }

  @Test
  void untilRunningRidesOutThrottlingButStopsOnAFatalError() {
    cs.error(400, "Throttling.User").error(400, "Throttling.User").error(400, "Throttling.User");
    cluster("running");

    assertEquals(ClusterState.RUNNING, cs.client.waiters().untilRunning("c1", TIMEOUT).state());

    cs.error(400, "SignatureDoesNotMatch");
    WaiterException e = assertThrows(WaiterException.class, () -> cs.client.waiters().untilRunning("c1", TIMEOUT));
    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertInstanceOf(AuthenticationException.class, e.getCause());
  }

  @Test
  void untilConnectedWaitsThroughWaitingUntilTheAgentConnects() {
    cluster("initial").cluster("waiting").cluster("waiting").cluster("running");

    Cluster connected = cs.client.waiters().untilConnected("c1", TIMEOUT);

    assertEquals(ClusterState.RUNNING, connected.state());
    assertEquals(4, cs.server.getRequestCount());
  }

  @Test
  void untilConnectedFailsOnFailed() {
    cluster("waiting").cluster("failed");

    WaiterException e = assertThrows(WaiterException.class, () -> cs.client.waiters().untilConnected("c1", TIMEOUT));

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
  }

  @Test
  void untilTaskCompleteReturnsTheSucceededTask() {
    task("running", "").task("succeeded", "");

    ClusterTask done = cs.client.waiters().untilTaskComplete("T-1", TIMEOUT);

    assertEquals(TaskState.SUCCESS, done.state());
    assertEquals("/tasks/T-1", cs.take().getPath());
  }

  @Test
  void aFailedTaskRaisesWaiterExceptionWithTheTaskError() {
    task("running", "").task("failed", ",\"error\":{\"code\":\"QuotaExceeded.Node\",\"message\":\"node quota exceeded\"}");

    WaiterException e = assertThrows(WaiterException.class, () -> cs.client.waiters().untilTaskComplete("T-1", TIMEOUT));

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    ClusterTask task = (ClusterTask) e.lastState().orElseThrow();
    assertEquals("QuotaExceeded.Node", task.errorCode().orElseThrow());
    assertTrue(e.getMessage().contains("QuotaExceeded.Node") && e.getMessage().contains("node quota exceeded"),
        e.getMessage());
  }

  @Test
  void aCancelledTaskIsAFailure() {
    task("cancelled", "");

    WaiterException e = assertThrows(WaiterException.class, () -> cs.client.waiters().untilTaskComplete("T-1", TIMEOUT));

    assertEquals(TaskState.CANCELED, ((ClusterTask) e.lastState().orElseThrow()).state());
  }

  @Test
  void untilDeletedSucceedsWhenTheClusterIsNotFound() {
    cluster("deleting").cluster("deleting").error(404, "ErrorClusterNotFound");

    cs.client.waiters().untilDeleted("c1", TIMEOUT);

    assertEquals(3, cs.server.getRequestCount());
  }

  @Test
  void untilDeletedFailsOnDeleteFailed() {
    cluster("deleting").cluster("delete_failed");

    WaiterException e = assertThrows(WaiterException.class, () -> cs.client.waiters().untilDeleted("c1", TIMEOUT));

    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
  }

  @Test
  void aWaitRunsOutOfTime() {
    for (int i = 0; i < 200; i++) {
      cluster("initial");
    }

    WaiterException e = assertThrows(WaiterException.class,
        () -> cs.client.waiters().untilRunning("c1", Duration.ofMillis(30)));

    assertEquals(WaiterException.Reason.TIMEOUT, e.reason());
  }

  @Test
  void invalidInputFailsBeforeAnyPoll() {
    assertEquals("timeout", assertThrows(ValidationException.class,
        () -> cs.client.waiters().untilRunning("c1", Duration.ZERO)).field());
    assertEquals("clusterId", assertThrows(ValidationException.class,
        () -> cs.client.waiters().untilDeleted("a/b", TIMEOUT)).field());
    ExecutionException async = assertThrows(ExecutionException.class,
        () -> cs.client.async().waiters().untilTaskComplete(" ", TIMEOUT).get(30, TimeUnit.SECONDS));
    assertEquals("taskId", cause(ValidationException.class, async).field());
    assertEquals(0, cs.server.getRequestCount());
  }

  @Test
  void asyncUntilRunningPollsFromInitialToRunning() throws Exception {
    cluster("initial").cluster("running");

    Cluster running = cs.client.async().waiters().untilRunning("c1", TIMEOUT).get(30, TimeUnit.SECONDS);

    assertEquals(ClusterState.RUNNING, running.state());
    assertEquals(2, cs.server.getRequestCount());
  }

  @Test
  void asyncUntilConnectedWaitsThroughWaiting() throws Exception {
    cluster("waiting").cluster("running");

    assertEquals(ClusterState.RUNNING,
        cs.client.async().waiters().untilConnected("c1", TIMEOUT).get(30, TimeUnit.SECONDS).state());
  }

  @Test
  void asyncTaskFailureFailsTheFutureWithTheTaskError() {
    task("failed", ",\"error\":{\"code\":\"InvalidVSwitchId.IpNotEnough\",\"message\":\"no IPs left\"}");

    ExecutionException e = assertThrows(ExecutionException.class,
        () -> cs.client.async().waiters().untilTaskComplete("T-1", TIMEOUT).get(30, TimeUnit.SECONDS));

    WaiterException waiter = cause(WaiterException.class, e);
    assertEquals("InvalidVSwitchId.IpNotEnough", ((ClusterTask) waiter.lastState().orElseThrow()).errorCode().orElseThrow());
  }

  @Test
  void asyncUntilDeletedCompletesOnNotFound() throws Exception {
    cluster("deleting").error(404, "ErrorClusterNotFound");

    assertSame(null, cs.client.async().waiters().untilDeleted("c1", TIMEOUT).get(30, TimeUnit.SECONDS));
    assertEquals(2, cs.server.getRequestCount());
  }
}
