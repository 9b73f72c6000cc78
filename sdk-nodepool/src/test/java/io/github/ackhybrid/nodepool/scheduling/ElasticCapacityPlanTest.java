package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertInvalid;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Futures;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every rule of an {@link ElasticCapacityPlan}, checked before anything is sent. */
class ElasticCapacityPlanTest {
  private MockWebServer server;
  private ElasticCapacity elastic;

  @BeforeEach
  void start() throws Exception {
    server = Loopback.start();
    elastic = ElasticCapacity.create(Loopback.cloud(server).build());
  }

  @AfterEach
  void stop() throws Exception {
    elastic.close();
    server.shutdown();
  }

  private static BurstPool.Builder burst() {
    return BurstPool.builder().name("burst").addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge").maxInstances(10);
  }

  private static ElasticCapacityPlan.Builder plan() {
    return ElasticCapacityPlan.builder().clusterId("c1").hybridPoolId("np-idc").burstPool(burst().build())
        .addWorkload(ElasticWorkload.of("prod", Map.of("app", "web")));
  }

  /** Asserts the plan is refused on the named field, by the sync and async calls alike, with nothing sent. */
  private void assertRefused(String field, ElasticCapacityPlan.Builder plan) throws Exception {
    assertInvalid(field, plan::build);
    assertInvalid(field, () -> elastic.plan(p -> p.from(plan.build())));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> elastic.async().plan(p -> p.from(plan.build())).get(10, TimeUnit.SECONDS));
    assertEquals(field, assertInstanceOf(ValidationException.class, Futures.unwrap(e)).field());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aValidPlanFillsItsDefaults() {
    ElasticCapacityPlan plan = plan().build();

    assertEquals(0, plan.burstPool().minInstances());
    assertEquals(Optional.of(ScalerType.GOATSCALER), plan.autoscalerToSend().scalerType());
    assertEquals("hybrid-first", plan.workloads().get(0).effectivePolicyName());
    assertEquals(Duration.ofMinutes(10), plan.poolActiveTimeout());
    assertEquals(Optional.of(ScalerType.GOATSCALER), plan().autoscaler(AutoscalerConfig.builder()
        .scanInterval(Duration.ofSeconds(30)).build()).build().autoscalerToSend().scalerType());
  }

  @Test
  void burstBoundsOutsideZeroToMaxTo2000AreRefused() {
    ValidationException e = assertInvalid("elasticCapacityPlan.burstPool.min", () -> burst().minInstances(11).build());
    assertTrue(e.getMessage().contains("must not exceed max (10)"), e.getMessage());
    assertInvalid("elasticCapacityPlan.burstPool.max", () -> burst().maxInstances(2001).build());
    assertInvalid("elasticCapacityPlan.burstPool.max", () -> burst().maxInstances(0).build());
    assertInvalid("elasticCapacityPlan.burstPool.min", () -> burst().minInstances(-1).build());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void noWorkloadIsRefused() throws Exception {
    assertRefused("elasticCapacityPlan.workloads", ElasticCapacityPlan.builder().clusterId("c1").hybridPoolId("np-idc")
        .burstPool(burst().build()));
  }

  @Test
  void twoWorkloadsWritingOnePolicyAreRefused() throws Exception {
    ValidationException e = assertInvalid("elasticCapacityPlan.workloads[1].policyName", () -> plan()
        .addWorkload(ElasticWorkload.of("prod", Map.of("app", "api"))).build());
    assertTrue(e.getMessage().contains("hybrid-first"), e.getMessage());
    plan().addWorkload(ElasticWorkload.builder().namespace("prod").putPodLabel("app", "api").policyName("api").build())
        .build();
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void badNamesAndIdsAreRefused() throws Exception {
    assertRefused("elasticCapacityPlan.clusterId", plan().clusterId("c1/../x"));
    assertRefused("elasticCapacityPlan.hybridPoolId", plan().hybridPoolId(""));
    assertInvalid("elasticWorkload.namespace", () -> ElasticWorkload.of("Prod", Map.of()));
    assertInvalid("elasticWorkload.policyName",
        () -> ElasticWorkload.builder().namespace("prod").policyName("Web_1").build());
    assertInvalid("elasticWorkload.podLabels[app]", () -> ElasticWorkload.of("prod", Map.of("app", "web server")));
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void aBurstPoolNeedsANameAndPlacementToBeCreated() {
    assertInvalid("elasticCapacityPlan.burstPool.name", () -> BurstPool.builder().maxInstances(5).build());
    assertInvalid("elasticCapacityPlan.burstPool.vSwitchIds",
        () -> BurstPool.builder().name("burst").addInstanceType("ecs.g7.xlarge").maxInstances(5).build());
    assertInvalid("nodePool.scalingGroup.instanceTypes",
        () -> BurstPool.builder().name("burst").addVSwitchId("vsw-1").addInstanceType("g7").maxInstances(5).build());
    BurstPool adopt = BurstPool.builder().existingPoolId("np-ecs-1").maxInstances(5).build();
    assertInvalid("elasticCapacityPlan.burstPool.existingPoolId", adopt::toSpec);
  }

  @Test
  void theHybridPoolCannotBeTheBurstPoolNorPairWithClusterAutoscaler() throws Exception {
    assertRefused("elasticCapacityPlan.burstPool.existingPoolId",
        plan().burstPool(BurstPool.builder().existingPoolId("np-idc").maxInstances(5).build()));
    assertRefused("elasticCapacityPlan.autoscaler.scalerType",
        plan().autoscaler(AutoscalerConfig.builder().scalerType(ScalerType.CLUSTER_AUTOSCALER).build()));
    plan().hybridPoolId(Optional.empty())
        .autoscaler(AutoscalerConfig.builder().scalerType(ScalerType.CLUSTER_AUTOSCALER).build()).build();
  }

  @Test
  void aNullPlanIsRefused() throws Exception {
    assertInvalid("elasticCapacityPlan", () -> elastic.plan((ElasticCapacityPlan) null));
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> elastic.async().plan((ElasticCapacityPlan) null).get(10, TimeUnit.SECONDS));
    assertEquals("elasticCapacityPlan", assertInstanceOf(ValidationException.class, Futures.unwrap(e)).field());
    assertEquals(0, server.getRequestCount());
  }
}
