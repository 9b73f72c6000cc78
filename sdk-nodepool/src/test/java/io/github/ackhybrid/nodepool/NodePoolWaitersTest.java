package io.github.ackhybrid.nodepool;

import static io.github.ackhybrid.nodepool.MockCs.CLUSTER;
import static io.github.ackhybrid.nodepool.MockCs.POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import io.github.ackhybrid.nodepool.model.NodePoolState;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NodePoolWaitersTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final MockCs cs = new MockCs();
  private final NodePoolClient pools = cs.client();

  @AfterEach
  void stop() {
    pools.close();
    cs.close();
  }

  private static String pool(String state) {
    return "{\"nodepool_info\":{\"nodepool_id\":\"" + POOL + "\",\"name\":\"idc\",\"type\":\"hybrid\"},"
        + "\"status\":{\"state\":\"" + state + "\"}}";
  }

  private static String node(String name, String status) {
    return "{\"instance_id\":\"i-" + name + "\",\"node_name\":\"" + name + "\",\"state\":\"running\","
        + "\"node_status\":\"" + status + "\"}";
  }

  private static String nodes(String... nodes) {
    return "{\"nodes\":[" + String.join(",", nodes) + "],\"page\":{\"page_number\":1,\"page_size\":100,"
        + "\"total_count\":" + nodes.length + "}}";
  }

  @Test
  void untilActiveAbsorbsTheReadAfterCreateNotFoundWindow() {
    cs.server.enqueue(MockCs.notFound("ErrorNodePoolNotFound"));
    cs.server.enqueue(MockCs.notFound("ErrorNodePoolNotFound"));
    cs.enqueue(200, pool("initial"));
    cs.enqueue(200, pool("active"));
    NodePool active = pools.waiters().untilActive(CLUSTER, POOL, TIMEOUT);
    assertEquals(NodePoolState.ACTIVE, active.state());
    assertEquals(4, cs.server.getRequestCount());
  }

  @Test
  void asyncUntilActiveAbsorbsItToo() {
    cs.server.enqueue(MockCs.notFound("ErrorNodePoolNotFound"));
    cs.enqueue(200, pool("scaling"));
    cs.enqueue(200, pool("active"));
    assertEquals(NodePoolState.ACTIVE, pools.async().waiters().untilActive(CLUSTER, POOL, TIMEOUT).join().state());
  }

  @Test
  void notFoundAfterTheGracePeriodEndsTheWait() {
    cs.server.enqueue(MockCs.notFound("ErrorNodePoolNotFound"));
    cs.enqueue(200, pool("active"));
    WaiterException e = assertThrows(WaiterException.class,
        () -> pools.waiters().withNotFoundGrace(Duration.ZERO).untilActive(CLUSTER, POOL, TIMEOUT));
    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertInstanceOf(ResourceNotFoundException.class, e.getCause());
    assertEquals(1, cs.server.getRequestCount());
  }

  @Test
  void aMissingClusterIsNotTakenForLag() {
    cs.server.enqueue(MockCs.notFound("ErrorClusterNotFound"));
    WaiterException e = assertThrows(WaiterException.class, () -> pools.waiters().untilActive(CLUSTER, POOL, TIMEOUT));
    assertEquals(WaiterException.Reason.POLL_FAILED, e.reason());
    assertEquals(1, cs.server.getRequestCount());
  }

  @Test
  void aFailureStateEndsTheWaitWithTheLastPool() {
    cs.enqueue(200, pool("initial"));
    cs.enqueue(200, pool("failed"));
    WaiterException e = assertThrows(WaiterException.class, () -> pools.waiters().untilActive(CLUSTER, POOL, TIMEOUT));
    assertEquals(WaiterException.Reason.FAILURE_STATE, e.reason());
    NodePool last = (NodePool) e.lastState().orElseThrow();
    assertEquals(NodePoolState.FAILED, last.state());
    assertTrue(e.getMessage().contains("failed"), e.getMessage());
  }

  @Test
  void transientErrorsDoNotEndTheWait() {
    cs.enqueue(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"r\"}");
    cs.enqueue(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"r\"}");
    cs.enqueue(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"r\"}");
    cs.enqueue(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"r\"}");
    cs.enqueue(200, pool("active"));
    assertEquals(NodePoolState.ACTIVE, pools.waiters().untilActive(CLUSTER, POOL, TIMEOUT).state());
  }

  @Test
  void untilNodesReadyWaitsForEnoughReadyNodesOfThePool() {
    AtomicInteger listings = new AtomicInteger();
    cs.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        if ("DescribeClusterNodePoolDetail".equals(r.getHeader("x-acs-action"))) {
          return MockCs.json(200, pool("active"));
        }
        assertEquals(POOL, r.getRequestUrl().queryParameter("nodepool_id"));
        return switch (listings.incrementAndGet()) {
          case 1 -> MockCs.json(200, nodes());
          case 2 -> MockCs.json(200, nodes(node("a", "NotReady"), node("b", "Ready")));
          default -> MockCs.json(200, nodes(node("a", "Ready"), node("b", "Ready"), node("c", "NotReady")));
        };
      }
    });
    NodePoolSnapshot snapshot = pools.waiters().untilNodesReady(CLUSTER, POOL, 2, TIMEOUT);
    assertEquals(List.of("a", "b"), snapshot.readyNodes().stream().map(Node::nodeName).toList());
    assertEquals(3, snapshot.nodes().size());
    assertEquals(3, listings.get());

    listings.set(0);
    assertEquals(2, pools.async().waiters().untilNodesReady(CLUSTER, POOL, 2, TIMEOUT).join().readyNodes().size());
  }

  @Test
  void untilNodesReadyStopsWhenThePoolIsBeingDeleted() {
    cs.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        return "DescribeClusterNodePoolDetail".equals(r.getHeader("x-acs-action"))
            ? MockCs.json(200, pool("deleting"))
            : MockCs.json(200, nodes(node("a", "Ready")));
      }
    });
    WaiterException e = assertThrows(WaiterException.class,
        () -> pools.waiters().untilNodesReady(CLUSTER, POOL, 3, TIMEOUT));
    NodePoolSnapshot last = (NodePoolSnapshot) e.lastState().orElseThrow();
    assertEquals(NodePoolState.DELETING, last.pool().state());
    assertEquals(1, last.readyNodes().size());
    assertTrue(e.getMessage().contains("1 of 1 nodes Ready"), e.getMessage());
  }

  @Test
  void untilNodesReadyTimesOutWithTheLastSnapshot() {
    cs.server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest r) {
        return "DescribeClusterNodePoolDetail".equals(r.getHeader("x-acs-action"))
            ? MockCs.json(200, pool("active"))
            : MockCs.json(200, nodes(node("a", "NotReady")));
      }
    });
    CompletionException e = assertThrows(CompletionException.class,
        () -> pools.async().waiters().untilNodesReady(CLUSTER, POOL, 1, Duration.ofMillis(50)).join());
    WaiterException w = assertInstanceOf(WaiterException.class, e.getCause());
    assertEquals(WaiterException.Reason.TIMEOUT, w.reason());
    assertEquals(1, ((NodePoolSnapshot) w.lastState().orElseThrow()).nodes().size());
  }

  @Test
  void untilNodeRemovedPollsUntilTheNodeIsGone() {
    cs.enqueue(200, nodes(node("other", "Ready"), node("cn-hangzhou.10.0.0.9", "Ready")));
    cs.enqueue(200, nodes(node("cn-hangzhou.10.0.0.9", "NotReady")));
    cs.enqueue(200, nodes(node("other", "Ready")));
    pools.waiters().untilNodeRemoved(CLUSTER, "cn-hangzhou.10.0.0.9", TIMEOUT);
    assertEquals(3, cs.server.getRequestCount());

    cs.enqueue(200, nodes(node("cn-hangzhou.10.0.0.9", "Ready")));
    cs.enqueue(200, nodes());
    pools.async().waiters().untilNodeRemoved(CLUSTER, "cn-hangzhou.10.0.0.9", TIMEOUT).join();
    assertEquals(5, cs.server.getRequestCount());
  }

  @Test
  void invalidArgumentsSendNothing() {
    assertThrows(ValidationException.class, () -> pools.waiters().untilActive(CLUSTER, "", TIMEOUT));
    assertThrows(ValidationException.class, () -> pools.waiters().untilNodesReady(CLUSTER, POOL, 0, TIMEOUT));
    assertThrows(ValidationException.class, () -> pools.waiters().untilNodeRemoved(CLUSTER, "Bad_Name", TIMEOUT));
    assertThrows(ValidationException.class, () -> pools.waiters().untilActive(CLUSTER, POOL, Duration.ZERO));
    assertThrows(ValidationException.class, () -> pools.waiters().withNotFoundGrace(Duration.ofSeconds(-1)));
    CompletionException async = assertThrows(CompletionException.class,
        () -> pools.async().waiters().untilActive(CLUSTER, "bad/id", TIMEOUT).join());
    assertInstanceOf(ValidationException.class, async.getCause());
    assertEquals(0, cs.server.getRequestCount());
  }
}
