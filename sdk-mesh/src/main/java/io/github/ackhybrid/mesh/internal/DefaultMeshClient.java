package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.internal.ClientRuntime;
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
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.mesh.MeshFeatureUpdate;
import io.github.ackhybrid.mesh.MeshKubeconfigRequest;
import io.github.ackhybrid.mesh.MeshWaiters;
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

/** The blocking {@link MeshClient}: builds each call with {@link MeshRequests} and runs it on the caller's thread. */
public final class DefaultMeshClient implements MeshClient {
  private final ClientRuntime runtime;
  private final MeshCaller caller;
  private final String region;
  private final MeshAsyncClient async;
  private final MeshWaiters waiters;
  private final PolicyOperations policies;

  /**
   * Creates the client.
   *
   * @param config the settings
   * @param transport a shared transport, or null for the client's own
   */
  public DefaultMeshClient(CloudConfig config, HttpTransport transport) {
    this.runtime = new ClientRuntime(config, transport);
    this.caller = new MeshCaller(runtime);
    this.region = config.region();
    MeshWaiterFactory factory = new MeshWaiterFactory(caller, config);
    this.policies = new PolicyOperations(caller, config);
    this.async = new DefaultMeshAsyncClient(caller, config, factory, policies);
    this.waiters = new DefaultMeshWaiters(factory);
  }

  @Override
  public MeshAsyncClient async() {
    return async;
  }

  @Override
  public MeshWaiters waiters() {
    return waiters;
  }

  @Override
  public CreatedMesh createMesh(CreateMeshRequest request) {
    return caller.sync(MeshRequests.createMesh(request, region));
  }

  @Override
  public List<ServiceMesh> listMeshes() {
    return listMeshes(ListMeshesRequest.builder().build());
  }

  @Override
  public List<ServiceMesh> listMeshes(ListMeshesRequest request) {
    return caller.sync(MeshRequests.listMeshes(request));
  }

  @Override
  public ServiceMesh describeMesh(String meshId) {
    return caller.sync(MeshRequests.describeMesh(meshId));
  }

  @Override
  public ResponseMetadata deleteMesh(String meshId) {
    return deleteMesh(DeleteMeshRequest.builder().meshId(meshId).build());
  }

  @Override
  public ResponseMetadata deleteMesh(DeleteMeshRequest request) {
    return caller.sync(MeshRequests.deleteMesh(request));
  }

  @Override
  public Paginator<CandidateCluster> listCandidateClusters(String meshId) {
    return listCandidateClusters(
        ListCandidateClustersRequest.builder().meshId(Validate.notNull(meshId, "meshId")).build());
  }

  @Override
  public Paginator<CandidateCluster> listCandidateClusters(ListCandidateClustersRequest request) {
    Validate.notNull(request, "request");
    return Paginator.byPageNumber(request.pageSize(),
        (page, size) -> caller.sync(MeshRequests.candidateClusters(request, page, size)));
  }

  @Override
  public ResponseMetadata addCluster(String meshId, String clusterId) {
    return addCluster(AddClusterRequest.builder().meshId(meshId).clusterId(clusterId).build());
  }

  @Override
  public ResponseMetadata addCluster(AddClusterRequest request) {
    return caller.sync(MeshRequests.addCluster(request));
  }

  @Override
  public ResponseMetadata removeCluster(String meshId, String clusterId) {
    return removeCluster(RemoveClusterRequest.builder().meshId(meshId).clusterId(clusterId).build());
  }

  @Override
  public ResponseMetadata removeCluster(RemoveClusterRequest request) {
    return caller.sync(MeshRequests.removeCluster(request));
  }

  @Override
  public List<MeshMemberCluster> listMemberClusters(String meshId) {
    return caller.sync(MeshRequests.memberClusters(meshId));
  }

  @Override
  public MeshKubeconfig kubeconfig(String meshId) {
    return kubeconfig(MeshKubeconfigRequest.builder().meshId(meshId).build());
  }

  @Override
  public MeshKubeconfig kubeconfig(MeshKubeconfigRequest request) {
    return caller.sync(MeshRequests.kubeconfig(request));
  }

  @Override
  public ResponseMetadata updateMeshFeature(MeshFeatureUpdate update) {
    return caller.sync(MeshRequests.updateMeshFeature(update));
  }

  @Override
  public ResponseMetadata createSwimLaneGroup(CreateSwimLaneGroupRequest request) {
    return caller.sync(MeshRequests.createSwimLaneGroup(request));
  }

  @Override
  public ResponseMetadata updateSwimLaneGroup(UpdateSwimLaneGroupRequest request) {
    return caller.sync(MeshRequests.updateSwimLaneGroup(request));
  }

  @Override
  public ResponseMetadata deleteSwimLaneGroup(String meshId, String groupName) {
    return caller.sync(MeshRequests.deleteSwimLaneGroup(meshId, groupName));
  }

  @Override
  public List<SwimLaneGroup> listSwimLaneGroups(String meshId) {
    return caller.sync(MeshRequests.swimLaneGroups(meshId));
  }

  @Override
  public ResponseMetadata createSwimLane(SwimLaneRequest request) {
    return caller.sync(MeshRequests.createSwimLane(request));
  }

  @Override
  public ResponseMetadata updateSwimLane(SwimLaneRequest request) {
    return caller.sync(MeshRequests.updateSwimLane(request));
  }

  @Override
  public ResponseMetadata deleteSwimLane(String meshId, String groupName, String laneName) {
    return caller.sync(MeshRequests.deleteSwimLane(meshId, groupName, laneName));
  }

  @Override
  public List<SwimLane> listSwimLanes(String meshId, String groupName) {
    return caller.sync(MeshRequests.swimLanes(meshId, groupName));
  }

  @Override
  public SwimLane describeSwimLane(String meshId, String groupName, String laneName) {
    return caller.sync(MeshRequests.swimLane(meshId, groupName, laneName));
  }

  @Override
  public AppliedPolicy applyPolicy(String meshId, TrafficPolicy policy) {
    return policies.apply(meshId, policy);
  }

  @Override
  public List<IstioResource> removePolicy(String meshId, TrafficPolicy policy) {
    return policies.remove(meshId, policy);
  }

  @Override
  public List<IstioResource> listPolicies(String meshId, String namespace) {
    return policies.list(meshId, namespace);
  }

  @Override
  public void close() {
    policies.close();
    runtime.close();
  }

  @Override
  public String toString() {
    return "MeshClient{" + runtime.config() + "}";
  }
}
