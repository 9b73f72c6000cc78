package io.github.ackhybrid.nodepool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.nodepool.HybridPoolPreflight;
import io.github.ackhybrid.nodepool.HybridPoolPreflightException;
import io.github.ackhybrid.nodepool.NodePoolAsyncClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.PreflightCheck;
import io.github.ackhybrid.nodepool.PreflightFailure;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import io.github.ackhybrid.nodepool.model.NodePoolType;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import io.github.ackhybrid.nodepool.model.TerwayHybridMode;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The hybrid pool journey against the simulator, sync and async: preflight, create, attach script,
 * servers joining, labels and taints on the nodes, removal, deletion, and refused tokens.
 */
class HybridPoolJourneyTest {
  private static final Duration WAIT = SimulatedHybridCluster.WAIT;
  private static CloudSimulator sim;
  private ClusterClient clusters;
  private NodePoolClient pools;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clients() {
    sim.reset();
    CloudConfig config = sim.cloudConfig().build();
    clusters = ClusterClient.create(config);
    pools = NodePoolClient.create(config);
  }

  @AfterEach
  void close() {
    pools.close();
    clusters.close();
  }

  @Test
  void preflightRefusesABasicOldClusterWithoutTerwayHybridOrEcsNodesListingEveryReason() {
    String id = clusters.createProCluster(p -> p.name("basic-old").kubernetesVersion("1.32.7-aliyun.1")
        .vpcId("vpc-bp1it").addVSwitchIds("vsw-bp1it").serviceCidr("172.21.0.0/20")
        .addAddons(AddonInstallation.terwayEniip())).id();
    clusters.waiters().untilRunning(id, WAIT);
    sim.resetRequests();

    HybridPoolPreflightException e = assertThrows(HybridPoolPreflightException.class,
        () -> pools.createHybridPool(id, HybridPoolPreflight.inspect(clusters, pools, id),
            p -> p.name("idc")));

    Set<PreflightCheck> failed = e.failures().stream().map(PreflightFailure::check).collect(Collectors.toSet());
    assertEquals(Set.of(PreflightCheck.KUBERNETES_VERSION, PreflightCheck.TERWAY_HYBRID, PreflightCheck.ECS_NODE),
        failed, e.getMessage());
    assertTrue(sim.requests("CreateClusterNodePool").isEmpty(), "a failed preflight sends nothing");
    ServiceException server = assertThrows(ServiceException.class,
        () -> pools.createHybridPool(id, p -> p.name("idc")));
    assertEquals("ErrorHybridNodePoolPrerequisites", server.errorCode(), server.getMessage());
    assertTrue(sim.nodePools(id).isEmpty());
  }

  @Test
  void hybridPoolJourneySync() {
    String clusterId = SimulatedHybridCluster.ready(clusters, pools, "pro-sync");
    CreatedNodePool created = pools.createHybridPool(clusterId,
        HybridPoolPreflight.inspect(clusters, pools, clusterId),
        p -> p.name("idc-gpu").label("workload", "training").taint("gpu", "true", TaintEffect.NO_SCHEDULE)
            .networkMode(TerwayHybridMode.OVERLAY));
    NodePool active = pools.waiters().untilActive(clusterId, created.id(), WAIT);
    assertEquals(NodePoolType.HYBRID, active.type());
    assertTrue(active.isHybrid());

    AttachScript script = pools.attachScript(clusterId, created.id(), s -> s.expiresIn(Duration.ofHours(2)));
    assertFalse(script.toString().contains(tokenOf(script)), "the token is redacted in toString");
    for (int i = 1; i <= 3; i++) {
      sim.runAttachScript(script.command(), "idc-gpu-" + i, "10.20.0." + i);
    }
    NodePoolSnapshot ready = pools.waiters().untilNodesReady(clusterId, created.id(), 3, WAIT);

    assertEquals(3, ready.readyNodes().size());
    ready.readyNodes().forEach(n -> assertTrue(SimulatedHybridCluster.isHybridServer(n), n.toString()));
    assertHybridLabelsAndTaints(clusterId);
    pools.removeNodes(clusterId, created.id(), r -> r.addNodeNames("idc-gpu-2").drainNode(true));
    pools.waiters().untilNodeRemoved(clusterId, "idc-gpu-2", WAIT);
    pools.waiters().untilActive(clusterId, created.id(), WAIT);
    assertEquals(2, pools.describePool(clusterId, created.id()).status().totalNodes(), "two servers stay");
    pools.deletePool(clusterId, created.id(), true);
    awaitGone(clusterId, created.id());
  }

  @Test
  void anAttachScriptCutShortOnTheWayIsRefusedAndTheNextOneJoins() {
    String clusterId = SimulatedHybridCluster.ready(clusters, pools, "pro-cut");
    String poolId = pools.createHybridPool(clusterId, p -> p.name("idc-cut")).id();
    pools.waiters().untilActive(clusterId, poolId, WAIT);
    sim.resetRequests();
    sim.faults().malformedBody().forAction("DescribeClusterAttachScripts").once();

    ServiceException cut = assertThrows(ServiceException.class, () -> pools.attachScript(clusterId, poolId));
    assertEquals(200, cut.statusCode());
    assertTrue(cut.requestId().isPresent(), cut.getMessage());
    assertTrue(cut.getMessage().contains("the attach script"), cut.getMessage());
    assertEquals(1, sim.requests("DescribeClusterAttachScripts").size(), "each call mints a token: never repeated");

    AttachScript whole = pools.attachScript(clusterId, poolId);
    sim.runAttachScript(whole.command(), "idc-cut-1", "10.20.0.1");
    assertEquals(1, pools.waiters().untilNodesReady(clusterId, poolId, 1, WAIT).readyNodes().size());
  }

  @Test
  void hybridPoolJourneyAsync() {
    String clusterId = SimulatedHybridCluster.ready(clusters, pools, "pro-async");
    NodePoolAsyncClient async = pools.async();

    String poolId = async.createHybridPool(clusterId, p -> p.name("idc-async").label("site", "sh"))
        .thenCompose(c -> async.waiters().untilActive(clusterId, c.id(), WAIT).thenApply(NodePool::id))
        .join();
    AttachScript script = async.attachScript(clusterId, poolId, s -> s.expiresIn(Duration.ofHours(1))).join();
    for (int i = 1; i <= 3; i++) {
      sim.runAttachScript(script.command(), "idc-async-" + i, "10.30.0." + i);
    }
    NodePoolSnapshot ready = async.waiters().untilNodesReady(clusterId, poolId, 3, WAIT).join();
    assertEquals(3, ready.readyNodes().size());
    assertHybridLabelsAndTaints(clusterId);
    async.removeNodes(clusterId, poolId, r -> r.addNodeNames("idc-async-1"))
        .thenCompose(t -> async.waiters().untilNodeRemoved(clusterId, "idc-async-1", WAIT))
        .join();
    async.deletePool(clusterId, poolId, true).join();
    awaitGone(clusterId, poolId);
  }

  @Test
  void anExpiredTokenAndAReusedOneTimeTokenAreRefused() {
    String clusterId = SimulatedHybridCluster.ready(clusters, pools, "pro-tokens");
    String poolId = pools.createHybridPool(clusterId, p -> p.name("idc-tokens")).id();
    pools.waiters().untilActive(clusterId, poolId, WAIT);

    AttachScript once = pools.attachScript(clusterId, poolId, s -> s.expiresIn(Duration.ofHours(12)).oneTimeToken(true));
    sim.runAttachScript(once.command(), "first", "10.40.0.1");
    IllegalStateException reused = assertThrows(IllegalStateException.class,
        () -> sim.runAttachScript(once.command(), "second", "10.40.0.2"));
    AttachScript brief = pools.attachScript(clusterId, poolId, s -> s.expiresIn(Duration.ofMinutes(10)));
    sim.clock().advance(Duration.ofMinutes(11));
    IllegalStateException expired = assertThrows(IllegalStateException.class,
        () -> sim.runAttachScript(brief.command(), "third", "10.40.0.3"));

    assertTrue(once.oneTimeToken());
    assertTrue(reused.getMessage().contains("one-time token was already used"), reused.getMessage());
    assertTrue(expired.getMessage().contains("expired"), expired.getMessage());
    List<String> joined = sim.nodes(clusterId).stream().filter(n -> !n.path("is_aliyun_node").asBoolean())
        .map(n -> n.path("node_name").asText()).toList();
    assertEquals(List.of("first"), joined);
  }

  private void assertHybridLabelsAndTaints(String clusterId) {
    List<ObjectNode> servers = sim.nodes(clusterId).stream().filter(n -> !n.path("is_aliyun_node").asBoolean())
        .toList();
    assertFalse(servers.isEmpty());
    for (ObjectNode node : servers) {
      assertEquals("hybridcloud", node.path("labels").path("alibabacloud.com/nodepool-type").asText(), node.toString());
      assertTrue(node.path("taints").toString()
          .contains("{\"key\":\"nodepool-type\",\"value\":\"hybridcloud\",\"effect\":\"NoSchedule\"}"), node.toString());
    }
  }

  private void awaitGone(String clusterId, String poolId) {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (pools.listPools(clusterId).stream().anyMatch(p -> p.id().equals(poolId))) {
      assertTrue(System.nanoTime() < deadline, "the pool was not deleted");
      Thread.onSpinWait();
    }
    assertTrue(sim.nodes(clusterId).stream().allMatch(n -> n.path("is_aliyun_node").asBoolean()));
  }

  private static String tokenOf(AttachScript script) {
    Matcher m = Pattern.compile("--openapi-token ([A-Za-z0-9]+)").matcher(script.command());
    assertTrue(m.find(), "the command carries a token");
    return m.group(1);
  }
}
