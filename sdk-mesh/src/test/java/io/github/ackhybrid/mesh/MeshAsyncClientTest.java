package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.model.CandidateCluster;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The asynchronous twin sends what the blocking client sends and reports failures through its futures. */
class MeshAsyncClientTest {
  private static final String MESH_ID = MeshClientWireTest.MESH_ID;

  private AsmServer server;
  private MeshClient mesh;
  private MeshAsyncClient async;

  @BeforeEach
  void start() throws Exception {
    server = new AsmServer();
    mesh = server.client();
    async = mesh.async();
  }

  @AfterEach
  void stop() throws Exception {
    mesh.close();
    server.close();
  }

  private static <T> T await(CompletableFuture<T> future) throws Exception {
    return future.get(30, TimeUnit.SECONDS);
  }

  @Test
  void createMeshSendsTheSameFormAsTheBlockingClient() throws Exception {
    server.answer("{\"RequestId\":\"R1\",\"ServiceMeshId\":\"m-1\"}").answer("{\"RequestId\":\"R2\",\"ServiceMeshId\":\"m-2\"}");
    CreatedMesh fromAsync = await(async.createMesh(c -> c.name("global").vpcId("vpc-1").vSwitch("vsw-1")
        .localityLoadBalancing(true).localityLbConfig(LocalityLbConfig.builder().failover("cn-hangzhou", "cn-shanghai").build())));
    mesh.createMesh(c -> c.name("global").vpcId("vpc-1").vSwitch("vsw-1")
        .localityLoadBalancing(true).localityLbConfig(LocalityLbConfig.builder().failover("cn-hangzhou", "cn-shanghai").build()));

    assertEquals("m-1", fromAsync.id());
    AsmServer.Sent a = server.take();
    AsmServer.Sent s = server.take();
    assertEquals("CreateServiceMesh", a.action());
    assertEquals(s.form, a.form);
    assertEquals(s.body, a.body, "the same bytes, in the same order");
  }

  @Test
  void describeMeshCompletesOnTheCompletionThreads() throws Exception {
    // Held until the continuation is attached: attached to a future that has already completed, it
    // would run on this thread and prove nothing.
    CountDownLatch release = new CountDownLatch(1);
    server.heldUntil(release, MeshClientWireTest.DETAIL);
    CompletableFuture<ServiceMesh> call = async.describeMesh(MESH_ID);
    CompletableFuture<String> completedOn = call.thenApply(m -> Thread.currentThread().getName());
    assertFalse(call.isDone());
    release.countDown();

    // Waits on the continuation, not on the call: a thread woken in call.get() may run the call's
    // continuations itself.
    String thread = completedOn.get(30, TimeUnit.SECONDS);
    assertTrue(thread.startsWith("ackhybrid-completion-"), thread);
    assertEquals("mesh1", await(call).name());
    assertEquals(Map.of("ServiceMeshId", MESH_ID), server.take().form);
  }

  @Test
  void everyTwinSendsItsAction() throws Exception {
    String ack = MeshClientWireTest.ACK;
    LaneService svc = LaneService.of("sh01", "c1", "default", "mocka");
    server.answer("{\"ServiceMeshes\":[]}").answer(ack).answer(ack).answer(ack).answer("{\"Clusters\":[]}")
        .answer("{\"Kubeconfig\":\"apiVersion: v1\"}").answer(ack).answer(ack).answer(ack).answer(ack)
        .answer("{\"SwimLaneGroupList\":[]}").answer(ack).answer(ack).answer(ack)
        .answer("{\"SwimLaneList\":[]}").answer("{\"LabelSelectorValue\":\"v1\"}");
    await(async.listMeshes());
    await(async.deleteMesh(MESH_ID));
    await(async.addCluster(MESH_ID, "c-1"));
    await(async.removeCluster(MESH_ID, "c-1"));
    await(async.listMemberClusters(MESH_ID));
    MeshKubeconfig k = await(async.kubeconfig(MESH_ID));
    await(async.updateMeshFeature(f -> f.meshId(MESH_ID).localityLoadBalancing(true)));
    await(async.createSwimLaneGroup(g -> g.meshId(MESH_ID).groupName("g").ingressGatewayName("gw").addService(svc)));
    await(async.updateSwimLaneGroup(g -> g.meshId(MESH_ID).groupName("g").fallbackTarget("s1")));
    await(async.deleteSwimLaneGroup(MESH_ID, "g"));
    await(async.listSwimLaneGroups(MESH_ID));
    await(async.createSwimLane(l -> l.meshId(MESH_ID).groupName("g").laneName("s1").labelSelectorValue("v1").addService(svc)));
    await(async.updateSwimLane(l -> l.meshId(MESH_ID).groupName("g").laneName("s1").labelSelectorValue("v2").addService(svc)));
    ResponseMetadata deleted = await(async.deleteSwimLane(MESH_ID, "g", "s1"));
    await(async.listSwimLanes(MESH_ID, "g"));
    SwimLane lane = await(async.describeSwimLane(MESH_ID, "g", "s1"));

    List<String> actions = List.of("DescribeServiceMeshes", "DeleteServiceMesh", "AddClusterIntoServiceMesh",
        "RemoveClusterFromServiceMesh", "DescribeClustersInServiceMesh", "DescribeServiceMeshKubeconfig",
        "UpdateMeshFeature", "CreateSwimLaneGroup", "UpdateSwimLaneGroup", "DeleteSwimLaneGroup",
        "GetSwimLaneGroupList", "CreateSwimLane", "UpdateSwimLane", "DeleteSwimLane", "GetSwimLaneList",
        "GetSwimLaneDetail");
    for (String action : actions) {
      assertEquals(action, server.take().action());
    }
    assertEquals("apiVersion: v1", k.yaml());
    assertEquals("DeleteSwimLane", deleted.operation());
    assertEquals("s1", lane.name());
    assertEquals("v1", lane.labelSelectorValue());
  }

  @Test
  void candidateClustersPageWithoutBlocking() throws Exception {
    server.answer("{\"NumberOfClusters\":3,\"Clusters\":[{\"ClusterId\":\"a\",\"ForbiddenFlag\":0},{\"ClusterId\":\"b\"}]}")
        .answer("{\"NumberOfClusters\":3,\"Clusters\":[{\"ClusterId\":\"c\"}]}");
    List<CandidateCluster> all = await(async.listCandidateClusters(
        ListCandidateClustersRequest.builder().meshId(MESH_ID).pageSize(2).build()).toList());
    assertEquals(List.of("a", "b", "c"), all.stream().map(CandidateCluster::id).toList());
    assertEquals("0", server.take().form.get("Offset"));
    assertEquals("2", server.take().form.get("Offset"));
  }

  @Test
  void badArgumentsFailTheFutureAndSendNothing() {
    List<CompletableFuture<?>> futures = List.of(
        async.describeMesh(""),
        async.deleteMesh((String) null),
        async.addCluster(MESH_ID, " "),
        async.createMesh(c -> c.vpcId("vpc-1")),
        async.updateMeshFeature(f -> f.meshId(MESH_ID)),
        async.kubeconfig((MeshKubeconfigRequest) null),
        async.deleteSwimLane(MESH_ID, "Bad_Group", "s1"));
    for (CompletableFuture<?> f : futures) {
      ExecutionException e = assertThrows(ExecutionException.class, () -> f.get(30, TimeUnit.SECONDS));
      assertInstanceOf(ValidationException.class, e.getCause());
    }
    ExecutionException blank = assertThrows(ExecutionException.class,
        () -> async.listCandidateClusters("").toList().get(30, TimeUnit.SECONDS));
    assertEquals("meshId", assertInstanceOf(ValidationException.class, blank.getCause()).field());
    ExecutionException none = assertThrows(ExecutionException.class, () -> async.listCandidateClusters(
        (ListCandidateClustersRequest) null).forEach(c -> { }).get(30, TimeUnit.SECONDS));
    assertEquals("request", assertInstanceOf(ValidationException.class, none.getCause()).field());
    assertEquals(0, server.requestCount());
  }

  @Test
  void serviceErrorsAreRetypedAsTheBlockingClientRetypesThem() {
    server.error(400, "ErrorPermitted.ClustersNotEmpty", "the mesh still has clusters");
    ExecutionException e = assertThrows(ExecutionException.class,
        () -> async.deleteMesh(MESH_ID).get(30, TimeUnit.SECONDS));
    ConflictException conflict = assertInstanceOf(ConflictException.class, e.getCause());
    assertEquals("ErrorPermitted.ClustersNotEmpty", conflict.errorCode());
    assertTrue(conflict.requestId().isPresent());
  }
}
