package io.github.ackhybrid.nodepool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolState;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.RecordedCall;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Node pool calls meeting the faults of a real cloud, in the simulator: throttled reads are
 * retried, a create that may have reached the service is not (and leaves exactly one pool; node pools
 * cannot be reconciled, so the caller is told the outcome is unknown), and the
 * read-after-create not-found window is absorbed by the waiter.
 */
class NodePoolFaultsTest {
  private static CloudSimulator sim;
  private ClusterClient clusters;
  private NodePoolClient pools;
  private String clusterId;

  // A read-after-create lag of two simulated hours lasts over half a second of real time at test
  // speed: several waiter polls.
  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().nodePoolReadAfterCreateLag(Duration.ofHours(2)).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void cluster() {
    sim.reset();
    CloudConfig config = sim.cloudConfig().build();
    clusters = ClusterClient.create(config);
    pools = NodePoolClient.create(config);
    clusterId = SimulatedHybridCluster.pro(clusters, "pro-faults", "1.33.3-aliyun.1");
  }

  @AfterEach
  void close() {
    pools.close();
    clusters.close();
  }

  private String createEcsPool(String name) {
    return pools.createPool(clusterId, p -> p.name(name)
        .ecs(s -> s.addVSwitchId("vsw-bp1it").addInstanceTypes("ecs.g7.xlarge").desiredSize(1))).id();
  }

  @Test
  void aThrottledListIsRetried() {
    createEcsPool("np-listed");
    sim.resetRequests();
    sim.faults().throttle().forAction("DescribeClusterNodePools").times(2);

    List<NodePool> listed = pools.listPools(clusterId);

    assertEquals(1, listed.size());
    List<RecordedCall> calls = sim.requests("DescribeClusterNodePools");
    assertEquals(3, calls.size());
    assertEquals(List.of(400, 400, 200), calls.stream().map(RecordedCall::status).toList());
  }

  @Test
  void aServerErrorOnCreateIsNotRetried() {
    sim.faults().serverError().forAction("CreateClusterNodePool").once();

    OutcomeUnknownException unknown = assertThrows(OutcomeUnknownException.class, () -> createEcsPool("np-500"));

    ServiceException e = assertInstanceOf(ServiceException.class, unknown.getCause());
    assertEquals(500, e.statusCode());
    assertEquals(e.requestId(), unknown.requestId());
    assertEquals(1, sim.requests("CreateClusterNodePool").size());
    assertTrue(sim.nodePools(clusterId).isEmpty());
  }

  @Test
  void aCreateWhoseAnswerIsLostIsNotRepeatedAndLeavesExactlyOnePool() {
    sim.faults().dropAfterActing().forAction("CreateClusterNodePool").once();

    OutcomeUnknownException e = assertThrows(OutcomeUnknownException.class, () -> createEcsPool("np-lost"));

    assertEquals("CreateClusterNodePool", e.operation());
    assertInstanceOf(TransportException.class, e.getCause());
    assertTrue(e.getMessage().contains("listPools"), e.getMessage());
    assertEquals(1, sim.requests("CreateClusterNodePool").size());
    assertEquals(1, sim.nodePools(clusterId).size(), "the pool exists once: the create reached the service");
    assertEquals(1, pools.listPools(clusterId, "np-lost").size());
  }

  @Test
  void aCreateWithATruncatedAnswerIsReportedUnknownAsynchronously() {
    sim.faults().truncatedBody().forAction("CreateClusterNodePool").once();

    ExecutionException failed = assertThrows(ExecutionException.class,
        () -> pools.async().createPool(clusterId, p -> p.name("np-cut")
            .ecs(s -> s.addVSwitchId("vsw-bp1it").addInstanceTypes("ecs.g7.xlarge").desiredSize(1)))
            .get(30, TimeUnit.SECONDS));

    assertInstanceOf(OutcomeUnknownException.class, failed.getCause());
    assertEquals(1, sim.requests("CreateClusterNodePool").size());
    assertEquals(1, sim.nodePools(clusterId).size(), "one pool, never two");
  }

  @Test
  void theReadAfterCreateNotFoundWindowIsAbsorbedByTheWaiter() {
    String poolId = createEcsPool("np-lagging");

    NodePool active = pools.waiters().untilActive(clusterId, poolId, SimulatedHybridCluster.WAIT);

    assertEquals(NodePoolState.ACTIVE, active.state());
    List<RecordedCall> reads = sim.requests("DescribeClusterNodePoolDetail");
    assertTrue(reads.stream().anyMatch(c -> c.status() == 404), "the window was hit: " + reads.size() + " reads");
    assertEquals(200, reads.get(reads.size() - 1).status());
  }
}
