package io.github.ackhybrid.nodepool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.model.AutoScaling;
import io.github.ackhybrid.nodepool.scheduling.BurstPool;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction.Outcome;
import io.github.ackhybrid.nodepool.scheduling.ElasticAction.Target;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacity;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityException;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityPlan;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityResult;
import io.github.ackhybrid.nodepool.scheduling.ElasticWorkload;
import io.github.ackhybrid.nodepool.scheduling.PriorityScheduling;
import io.github.ackhybrid.nodepool.scheduling.SchedulingPolicies;
import io.github.ackhybrid.nodepool.scheduling.SchedulingUnit;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.WorkloadPlacement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Elastic capacity on an ACK managed Pro cluster of the simulator, sync and async: two data-centre
 * servers (20 pods) in a hybrid pool, a plan that creates the burst pool, configures the autoscaler
 * and applies the hybrid-first policy, demand beyond the servers scaling the burst pool out, demand
 * falling and the burst pool scaling back in, and a second run that changes nothing. Then invalid
 * policies: refused by the SDK before the network, and by the simulated API server when sent raw.
 */
class ElasticCapacityJourneyTest {
  private static final Duration WAIT = SimulatedHybridCluster.WAIT;
  private static final Map<String, String> WEB = Map.of("app", "web");
  private static CloudSimulator sim;
  private ElasticClients clients;
  private ClusterClient clusters;
  private NodePoolClient pools;
  private ElasticCapacity elastic;

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
    clients = ElasticClients.open(sim);
    clusters = clients.clusters;
    pools = clients.pools;
    elastic = clients.elastic;
  }

  @AfterEach
  void close() {
    clients.close();
  }

  /** A ready Pro cluster with a hybrid pool of two Ready servers; returns {cluster id, hybrid pool id}. */
  private String[] clusterWithServers(String name) {
    String clusterId = SimulatedHybridCluster.ready(clusters, pools, name);
    String hybridId = pools.createHybridPool(clusterId, p -> p.name("idc")).id();
    pools.waiters().untilActive(clusterId, hybridId, WAIT);
    String script = pools.attachScript(clusterId, hybridId).command();
    sim.runAttachScript(script, name + "-server-1", "10.20.0.1");
    sim.runAttachScript(script, name + "-server-2", "10.20.0.2");
    pools.waiters().untilNodesReady(clusterId, hybridId, 2, WAIT);
    return new String[] {clusterId, hybridId};
  }

  private static ElasticCapacityPlan plan(String clusterId, String hybridId) {
    return ElasticCapacityPlan.builder()
        .clusterId(clusterId)
        .hybridPoolId(hybridId)
        .burstPool(BurstPool.builder().name("burst").addVSwitchId("vsw-bp1it").addInstanceType("ecs.g7.xlarge")
            .maxInstances(5).build())
        .addWorkload(ElasticWorkload.of("prod", WEB))
        .build();
  }

  @Test
  void burstsToTheCloudAndBackSync() {
    journey("elastic-sync", elastic::plan);
  }

  @Test
  void burstsToTheCloudAndBackAsync() {
    journey("elastic-async", plan -> elastic.async().plan(plan).orTimeout(2, TimeUnit.MINUTES).join());
  }

  private void journey(String name, Function<ElasticCapacityPlan, ElasticCapacityResult> run) {
    String[] ids = clusterWithServers(name);
    String clusterId = ids[0];
    String hybridId = ids[1];

    ElasticCapacityResult first = run.apply(plan(clusterId, hybridId));

    assertTrue(first.changed());
    assertEquals(List.of(Outcome.UPDATED, Outcome.CREATED, Outcome.CREATED),
        first.actions().stream().map(a -> a.outcome()).toList(), first.actions().toString());
    String burstId = first.burstPoolId();
    AutoScaling autoScaling = pools.describePool(clusterId, burstId).autoScaling().orElseThrow();
    assertTrue(autoScaling.enabled());
    assertEquals(List.of(0L, 5L), List.of(autoScaling.minInstances().orElseThrow(),
        autoScaling.maxInstances().orElseThrow()));
    assertEquals("goatscaler", sim.autoscalerConfig(clusterId).orElseThrow().path("scaler_type").asText());
    assertEquals(PriorityScheduling.hybridFirst("hybrid-first", "prod", WEB, hybridId, burstId).toResource().get("spec"),
        sim.resourcePolicies(clusterId).get(0).get("spec"));

    WorkloadPlacement burst = sim.demand(clusterId, "prod", WEB, 35);
    assertEquals(Map.of(hybridId, 20), burst.podsByNodePool(), "the data centre fills first: " + burst);
    pools.waiters().untilNodesReady(clusterId, burstId, 2, WAIT);
    WorkloadPlacement scaledOut = awaitPlacement(clusterId, p -> p.running() == 35);
    assertEquals(Map.of(hybridId, 20, burstId, 15), scaledOut.podsByNodePool());

    WorkloadPlacement fallen = sim.demand(clusterId, "prod", WEB, 12);
    assertEquals(Map.of(hybridId, 12), fallen.podsByNodePool(), "the cloud is released first: " + fallen);
    awaitBurstNodes(clusterId, burstId, 0);

    sim.resetRequests();
    String resourceVersion = sim.resourcePolicies(clusterId).get(0).at("/metadata/resourceVersion").asText();
    ElasticCapacityResult again = run.apply(plan(clusterId, hybridId));

    assertFalse(again.changed(), again.actions().toString());
    assertEquals(burstId, again.burstPoolId());
    assertTrue(again.actions().stream().allMatch(a -> a.outcome() == Outcome.UNCHANGED), again.actions().toString());
    for (String write : List.of("CreateAutoscalingConfig", "CreateClusterNodePool", "ModifyClusterNodePool")) {
      assertTrue(sim.requests(write).isEmpty(), write + " was sent on the second run");
    }
    assertEquals(resourceVersion, sim.resourcePolicies(clusterId).get(0).at("/metadata/resourceVersion").asText());
    assertEquals(1, pools.listPools(clusterId, "burst").size());
  }

  @Test
  void aBurstPoolCreateWhoseAnswerIsLostIsFoundByNameNotCreatedTwice() {
    String[] ids = clusterWithServers("elastic-lost");
    sim.resetRequests();
    sim.faults().dropAfterActing().forAction("CreateClusterNodePool").once();

    ElasticCapacityResult result = elastic.plan(plan(ids[0], ids[1]));

    assertEquals(1, sim.requests("CreateClusterNodePool").size(), "the create is never repeated");
    assertEquals(1, pools.listPools(ids[0], "burst").size());
    assertEquals(Outcome.CREATED, result.actions(Target.BURST_POOL).get(0).outcome());
    assertTrue(result.actions(Target.BURST_POOL).get(0).detail().contains("found by name"),
        result.actions(Target.BURST_POOL).get(0).detail());
    assertEquals(Outcome.CREATED, result.actions(Target.RESOURCE_POLICY).get(0).outcome());
  }

  @Test
  void invalidPoliciesAreRefusedBeforeTheNetworkAndBySimulatorWhenSentRaw() throws Exception {
    String[] ids = clusterWithServers("elastic-invalid");
    String clusterId = ids[0];
    String hybridId = ids[1];
    String burstId = elastic.plan(plan(clusterId, hybridId)).burstPoolId();
    Kubeconfig kubeconfig = Kubeconfig.parse(clusters.userKubeconfig(clusterId).yaml());
    SchedulingPolicies policies = SchedulingPolicies.create();
    sim.resetRequests();

    assertThrows(ValidationException.class, () -> policies.apply(kubeconfig,
        PriorityScheduling.create("empty", "prod").addSelectorLabel("app", "web")));
    assertThrows(ValidationException.class, () -> SchedulingUnit.autoScalingPool(burstId).withMax(3));
    assertThrows(ValidationException.class, () -> BurstPool.builder().name("burst").addVSwitchId("vsw-bp1it")
        .addInstanceType("ecs.g7.xlarge").minInstances(6).maxInstances(5).build());
    ElasticCapacityException unknownPool = assertThrows(ElasticCapacityException.class,
        () -> elastic.plan(plan(clusterId, "np-missing")));
    assertEquals("elasticCapacityPlan.hybridPoolId", unknownPool.field());
    for (String write : List.of("CreateAutoscalingConfig", "CreateClusterNodePool", "ModifyClusterNodePool")) {
      assertTrue(sim.requests(write).isEmpty(), write + " was sent for a refused plan");
    }

    ObjectNode valid = PriorityScheduling.hybridFirst("raw", "prod", WEB, hybridId, burstId).toResource();
    try (KubeClient kube = KubeClient.create(kubeconfig)) {
      ObjectNode empty = valid.deepCopy();
      empty.withObject("/spec").putArray("units");
      ObjectNode maxOnBurst = valid.deepCopy();
      ((ObjectNode) maxOnBurst.at("/spec/units/1")).put("max", 3);
      ObjectNode unknownId = valid.deepCopy();
      ((ObjectNode) unknownId.at("/spec/units/0/nodeSelector")).put("alibabacloud.com/nodepool-id", "np-missing");
      for (ObjectNode invalid : List.of(empty, maxOnBurst, unknownId)) {
        ServiceException e = assertThrows(ServiceException.class,
            () -> kube.apply(ResourceKind.RESOURCE_POLICY, invalid), Json.mapper().writeValueAsString(invalid));
        assertEquals(422, e.statusCode(), e.getMessage());
      }
      assertTrue(kube.get(ResourceKind.RESOURCE_POLICY, "prod", "raw").isEmpty(), "nothing invalid was stored");
    }
  }

  private WorkloadPlacement awaitPlacement(String clusterId, Predicate<WorkloadPlacement> done) {
    ElasticClients.await(() -> done.test(sim.placement(clusterId, "prod", WEB)),
        () -> sim.placement(clusterId, "prod", WEB).toString());
    return sim.placement(clusterId, "prod", WEB);
  }

  /** Polls the node pool API, as a user would, until the burst pool holds {@code count} nodes. */
  private void awaitBurstNodes(String clusterId, String burstId, int count) {
    ElasticClients.await(() -> pools.describePool(clusterId, burstId).status().totalNodes() == count
        && pools.listNodes(clusterId, r -> r.nodePoolId(burstId)).stream().count() == count,
        () -> pools.describePool(clusterId, burstId).status().toString());
  }
}
