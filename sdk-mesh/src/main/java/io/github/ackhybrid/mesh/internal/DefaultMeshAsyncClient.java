package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.mesh.AddClusterRequest;
import io.github.ackhybrid.mesh.AppliedPolicy;
import io.github.ackhybrid.mesh.CreateMeshRequest;
import io.github.ackhybrid.mesh.CreateSwimLaneGroupRequest;
import io.github.ackhybrid.mesh.DeleteMeshRequest;
import io.github.ackhybrid.mesh.IstioResource;
import io.github.ackhybrid.mesh.ListCandidateClustersRequest;
import io.github.ackhybrid.mesh.ListMeshesRequest;
import io.github.ackhybrid.mesh.MeshAsyncClient;
import io.github.ackhybrid.mesh.MeshAsyncWaiters;
import io.github.ackhybrid.mesh.MeshFeatureUpdate;
import io.github.ackhybrid.mesh.MeshKubeconfigRequest;
import io.github.ackhybrid.mesh.RemoveClusterRequest;
import io.github.ackhybrid.mesh.SwimLaneRequest;
import io.github.ackhybrid.mesh.TrafficPolicy;
import io.github.ackhybrid.mesh.UpdateSwimLaneGroupRequest;
import io.github.ackhybrid.mesh.model.CandidateCluster;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import io.github.ackhybrid.mesh.model.SwimLaneGroup;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/** The asynchronous {@link MeshAsyncClient}: the same calls as {@link DefaultMeshClient}, never blocking. */
final class DefaultMeshAsyncClient implements MeshAsyncClient {
  private final MeshCaller caller;
  private final String region;
  private final Executor executor;
  private final MeshAsyncWaiters waiters;
  private final PolicyOperations policies;

  DefaultMeshAsyncClient(MeshCaller caller, CloudConfig config, MeshWaiterFactory waiters, PolicyOperations policies) {
    this.caller = caller;
    this.region = config.region();
    this.executor = config.completionExecutor().orElse(SdkExecutors.completion());
    this.waiters = new DefaultMeshAsyncWaiters(waiters);
    this.policies = policies;
  }

  @Override
  public MeshAsyncWaiters waiters() {
    return waiters;
  }

  @Override
  public CompletableFuture<CreatedMesh> createMesh(CreateMeshRequest request) {
    return caller.asyncWriteSafe(() -> MeshRequests.createMesh(request, region));
  }

  @Override
  public CompletableFuture<List<ServiceMesh>> listMeshes() {
    return caller.async(() -> MeshRequests.listMeshes(ListMeshesRequest.builder().build()));
  }

  @Override
  public CompletableFuture<List<ServiceMesh>> listMeshes(ListMeshesRequest request) {
    return caller.async(() -> MeshRequests.listMeshes(request));
  }

  @Override
  public CompletableFuture<ServiceMesh> describeMesh(String meshId) {
    return caller.async(() -> MeshRequests.describeMesh(meshId));
  }

  @Override
  public CompletableFuture<ResponseMetadata> deleteMesh(String meshId) {
    return caller.async(() -> MeshRequests.deleteMesh(DeleteMeshRequest.builder().meshId(meshId).build()));
  }

  @Override
  public CompletableFuture<ResponseMetadata> deleteMesh(DeleteMeshRequest request) {
    return caller.async(() -> MeshRequests.deleteMesh(request));
  }

  @Override
  public AsyncPaginator<CandidateCluster> listCandidateClusters(String meshId) {
    return Futures.failInstead(() -> listCandidateClusters(
        ListCandidateClustersRequest.builder().meshId(Validate.notNull(meshId, "meshId")).build()), executor);
  }

  @Override
  public AsyncPaginator<CandidateCluster> listCandidateClusters(ListCandidateClustersRequest request) {
    return Futures.failInstead(() -> AsyncPaginator.<CandidateCluster>byPageNumber(
        Validate.notNull(request, "request").pageSize(),
        (page, size) -> caller.async(() -> MeshRequests.candidateClusters(request, page, size)))
        .withExecutor(executor), executor);
  }

  @Override
  public CompletableFuture<ResponseMetadata> addCluster(String meshId, String clusterId) {
    return caller.async(() -> MeshRequests.addCluster(
        AddClusterRequest.builder().meshId(meshId).clusterId(clusterId).build()));
  }

  @Override
  public CompletableFuture<ResponseMetadata> addCluster(AddClusterRequest request) {
    return caller.async(() -> MeshRequests.addCluster(request));
  }

  @Override
  public CompletableFuture<ResponseMetadata> removeCluster(String meshId, String clusterId) {
    return caller.async(() -> MeshRequests.removeCluster(
        RemoveClusterRequest.builder().meshId(meshId).clusterId(clusterId).build()));
  }

  @Override
  public CompletableFuture<ResponseMetadata> removeCluster(RemoveClusterRequest request) {
    return caller.async(() -> MeshRequests.removeCluster(request));
  }

  @Override
  public CompletableFuture<List<MeshMemberCluster>> listMemberClusters(String meshId) {
    return caller.async(() -> MeshRequests.memberClusters(meshId));
  }

  @Override
  public CompletableFuture<MeshKubeconfig> kubeconfig(String meshId) {
    return caller.async(() -> MeshRequests.kubeconfig(MeshKubeconfigRequest.builder().meshId(meshId).build()));
  }

  @Override
  public CompletableFuture<MeshKubeconfig> kubeconfig(MeshKubeconfigRequest request) {
    return caller.async(() -> MeshRequests.kubeconfig(request));
  }

  @Override
  public CompletableFuture<ResponseMetadata> updateMeshFeature(MeshFeatureUpdate update) {
    return caller.async(() -> MeshRequests.updateMeshFeature(update));
  }

  @Override
  public CompletableFuture<ResponseMetadata> createSwimLaneGroup(CreateSwimLaneGroupRequest request) {
    return caller.async(() -> MeshRequests.createSwimLaneGroup(request));
  }

  @Override
  public CompletableFuture<ResponseMetadata> updateSwimLaneGroup(UpdateSwimLaneGroupRequest request) {
    return caller.async(() -> MeshRequests.updateSwimLaneGroup(request));
  }

  @Override
  public CompletableFuture<ResponseMetadata> deleteSwimLaneGroup(String meshId, String groupName) {
    return caller.async(() -> MeshRequests.deleteSwimLaneGroup(meshId, groupName));
  }

  @Override
  public CompletableFuture<List<SwimLaneGroup>> listSwimLaneGroups(String meshId) {
    return caller.async(() -> MeshRequests.swimLaneGroups(meshId));
  }

  @Override
  public CompletableFuture<ResponseMetadata> createSwimLane(SwimLaneRequest request) {
    return caller.async(() -> MeshRequests.createSwimLane(request));
  }

  @Override
  public CompletableFuture<ResponseMetadata> updateSwimLane(SwimLaneRequest request) {
    return caller.async(() -> MeshRequests.updateSwimLane(request));
  }

  @Override
  public CompletableFuture<ResponseMetadata> deleteSwimLane(String meshId, String groupName, String laneName) {
    return caller.async(() -> MeshRequests.deleteSwimLane(meshId, groupName, laneName));
  }

  @Override
  public CompletableFuture<List<SwimLane>> listSwimLanes(String meshId, String groupName) {
    return caller.async(() -> MeshRequests.swimLanes(meshId, groupName));
  }

  @Override
  public CompletableFuture<SwimLane> describeSwimLane(String meshId, String groupName, String laneName) {
    return caller.async(() -> MeshRequests.swimLane(meshId, groupName, laneName));
  }

  @Override
  public CompletableFuture<AppliedPolicy> applyPolicy(String meshId, TrafficPolicy policy) {
    return policies.applyAsync(meshId, policy);
  }

  @Override
  public CompletableFuture<List<IstioResource>> removePolicy(String meshId, TrafficPolicy policy) {
    return policies.removeAsync(meshId, policy);
  }

  @Override
  public CompletableFuture<List<IstioResource>> listPolicies(String meshId, String namespace) {
    return policies.listAsync(meshId, namespace);
  }
}
