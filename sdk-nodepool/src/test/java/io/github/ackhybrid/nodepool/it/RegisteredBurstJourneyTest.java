package io.github.ackhybrid.nodepool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.PreflightCheck;
import io.github.ackhybrid.nodepool.PreflightException;
import io.github.ackhybrid.nodepool.PreflightFailure;
import io.github.ackhybrid.nodepool.PreflightReport;
import io.github.ackhybrid.nodepool.RegisteredBurstPreflight;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.scheduling.BurstPool;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction.Outcome;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacity;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityPlan;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityResult;
import io.github.ackhybrid.nodepool.scheduling.ElasticWorkload;
import io.github.ackhybrid.nodepool.scheduling.HybridPlacement;
import io.github.ackhybrid.nodepool.scheduling.SchedulingPolicies;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Cloud burst pools for a registered (ACK One) cluster in the simulator: the preflight lists what
 * is missing and the plan is refused without a write, as the simulator refuses the pool when it is
 * sent anyway; once the agent is connected and
 * cloud-node-controller installed, the plan creates the auto-scaling ECS pool and, since the cluster
 * serves no ResourcePolicy, returns the fallback placement; a second run (async) changes nothing.
 */
class RegisteredBurstJourneyTest {
  private static final Duration WAIT = SimulatedHybridCluster.WAIT;
  private static CloudSimulator sim;
  private ElasticClients clients;
  private ClusterClient clusters;
  private NodePoolClient pools;
  private ElasticCapacity elastic;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().manualAgentConnect().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void clients() {
    clients = ElasticClients.open(sim);
    clusters = clients.clusters;
    pools = clients.pools;
    elastic = clients.elastic;
  }

  @AfterEach
  void close() {
    clients.close();
  }

  private static ElasticCapacityPlan plan(String clusterId) {
    return ElasticCapacityPlan.builder()
        .clusterId(clusterId)
        .burstPool(BurstPool.builder().name("cloud-burst").addVSwitchId("vsw-bp1idc").addInstanceType("ecs.g7.xlarge")
            .maxInstances(8).build())
        .addWorkload(ElasticWorkload.of("prod", Map.of("app", "web")))
        .build();
  }

  @Test
  void preflightFailsThenPassesAndThePlanReturnsTheFallbackPlacement() {
    String clusterId = clusters.registerCluster(r -> r.name("idc-burst").vpcId("vpc-bp1idc")
        .addVSwitchIds("vsw-bp1idc")).id();
    awaitState(clusterId, "waiting");

    PreflightReport before = RegisteredBurstPreflight.check(clusters, clusterId);
    assertEquals(List.of(PreflightCheck.AGENT_CONNECTED, PreflightCheck.CLOUD_NODE_CONTROLLER,
        PreflightCheck.KUBERNETES_VERSION), before.failures().stream().map(PreflightFailure::check).toList(),
        before.toString());
    PreflightException refused = assertThrows(PreflightException.class, () -> elastic.plan(plan(clusterId)));
    assertEquals(3, refused.failures().size());
    assertTrue(sim.requests("CreateClusterNodePool").isEmpty(), "a failed preflight creates nothing");
    assertTrue(sim.requests("CreateAutoscalingConfig").isEmpty());
    ServiceException server = assertThrows(ServiceException.class,
        () -> pools.createPool(clusterId, plan(clusterId).burstPool().toSpec()));
    assertEquals("ErrorCloudNodePoolPrerequisites", server.errorCode(), server.getMessage());

    sim.connectAgent(clusterId);
    String task = clusters.installAddons(clusterId, List.of(AddonInstallation.of("cloud-node-controller")))
        .taskId().orElseThrow();
    clusters.waiters().untilTaskComplete(task, WAIT);
    PreflightReport after = RegisteredBurstPreflight.check(clusters, clusterId);
    assertTrue(after.passed(), after.toString());
    assertTrue(after.warnings().get(0).contains("private-network mode"), after.warnings().toString());

    ElasticCapacityResult result = elastic.plan(plan(clusterId));

    assertTrue(result.registeredCluster());
    assertTrue(result.changed());
    assertEquals(HybridPlacement.preferOnPremisesNodes(), result.fallbackPlacement().orElseThrow());
    ElasticAction placement = result.actions(ElasticAction.Target.RESOURCE_POLICY).get(0);
    assertEquals(Outcome.FALLBACK_PLACEMENT, placement.outcome());
    assertEquals("prod/hybrid-first", placement.id());
    assertEquals(Outcome.CREATED, result.actions(ElasticAction.Target.BURST_POOL).get(0).outcome());
    NodePool burst = pools.describePool(clusterId, result.burstPoolId());
    assertTrue(burst.autoScaling().orElseThrow().enabled());
    assertEquals(8L, burst.autoScaling().orElseThrow().maxInstances().orElseThrow());
    Kubeconfig kubeconfig = Kubeconfig.parse(clusters.userKubeconfig(clusterId).yaml());
    assertThrows(ResourceNotFoundException.class, () -> SchedulingPolicies.create().list(kubeconfig, "prod"),
        "a registered cluster serves no ResourcePolicy");

    sim.resetRequests();
    ElasticCapacityResult again = elastic.async().plan(plan(clusterId)).orTimeout(2, TimeUnit.MINUTES).join();

    assertFalse(again.changed(), again.actions().toString());
    assertEquals(result.burstPoolId(), again.burstPoolId());
    assertTrue(sim.requests("CreateClusterNodePool").isEmpty());
    assertTrue(sim.requests("ModifyClusterNodePool").isEmpty());
  }

  private void awaitState(String clusterId, String state) {
    ElasticClients.await(() -> clusters.describeCluster(clusterId).stateAsString().equals(state),
        () -> clusterId + " is " + clusters.describeCluster(clusterId).stateAsString() + ", not " + state);
  }
}
