package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.mesh.model.CandidateCluster;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import io.github.ackhybrid.mesh.model.SwimLaneGroup;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The non-blocking twin of {@link MeshClient}, from {@link MeshClient#async()}: the same
 * operations, each returning a future that completes on the client's completion executor, never on
 * an HTTP I/O thread. Nothing is thrown from these methods: a future fails with the exception the
 * blocking call would throw, a {@link ValidationException} included (nothing is sent then), and a
 * list given invalid input fails the future of each pass the same way. Cancelling a future cancels
 * the call in flight. Thread-safe.
 */
public interface MeshAsyncClient {

  /**
   * Returns waiters whose waits block no thread.
   *
   * @return the asynchronous waiters
   */
  MeshAsyncWaiters waiters();

  /**
   * Creates a mesh; see {@link MeshClient#createMesh(CreateMeshRequest)}.
   *
   * @param request what to create
   * @return the new mesh's id
   */
  CompletableFuture<CreatedMesh> createMesh(CreateMeshRequest request);

  /**
   * Creates a mesh, configured by a builder.
   *
   * @param request fills in the request
   * @return the new mesh's id
   */
  default CompletableFuture<CreatedMesh> createMesh(Consumer<CreateMeshRequest.Builder> request) {
    return build(() -> {
      CreateMeshRequest.Builder b = CreateMeshRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return createMesh(b.build());
    });
  }

  /**
   * Lists every mesh; see {@link MeshClient#listMeshes()}.
   *
   * @return the meshes
   */
  CompletableFuture<List<ServiceMesh>> listMeshes();

  /**
   * Lists the meshes carrying the given tags.
   *
   * @param request the tag filter
   * @return the meshes
   */
  CompletableFuture<List<ServiceMesh>> listMeshes(ListMeshesRequest request);

  /**
   * Reads one mesh; see {@link MeshClient#describeMesh(String)}.
   *
   * @param meshId the mesh
   * @return the mesh
   */
  CompletableFuture<ServiceMesh> describeMesh(String meshId);

  /**
   * Deletes a mesh without force; see {@link MeshClient#deleteMesh(String)}.
   *
   * @param meshId the mesh
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> deleteMesh(String meshId);

  /**
   * Deletes a mesh with options.
   *
   * @param request what to delete and how
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> deleteMesh(DeleteMeshRequest request);

  /**
   * Deletes a mesh, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> deleteMesh(Consumer<DeleteMeshRequest.Builder> request) {
    return build(() -> {
      DeleteMeshRequest.Builder b = DeleteMeshRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return deleteMesh(b.build());
    });
  }

  /**
   * Lists candidate clusters a page at a time; see {@link MeshClient#listCandidateClusters(String)}.
   *
   * @param meshId the mesh to judge the candidates against
   * @return a paginator that has fetched nothing yet, whose passes fail with a
   *     {@link ValidationException} if meshId is blank
   */
  AsyncPaginator<CandidateCluster> listCandidateClusters(String meshId);

  /**
   * Lists candidate clusters with options.
   *
   * @param request which candidates and how many per page
   * @return a paginator that has fetched nothing yet, whose passes fail with a
   *     {@link ValidationException} if request is null
   */
  AsyncPaginator<CandidateCluster> listCandidateClusters(ListCandidateClustersRequest request);

  /**
   * Adds a cluster to a mesh; see {@link MeshClient#addCluster(String, String)}.
   *
   * @param meshId the mesh
   * @param clusterId the cluster
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> addCluster(String meshId, String clusterId);

  /**
   * Adds a cluster with options.
   *
   * @param request which cluster and how
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> addCluster(AddClusterRequest request);

  /**
   * Adds a cluster, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> addCluster(Consumer<AddClusterRequest.Builder> request) {
    return build(() -> {
      AddClusterRequest.Builder b = AddClusterRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return addCluster(b.build());
    });
  }

  /**
   * Removes a cluster from a mesh; see {@link MeshClient#removeCluster(String, String)}.
   *
   * @param meshId the mesh
   * @param clusterId the cluster
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> removeCluster(String meshId, String clusterId);

  /**
   * Removes a cluster with options.
   *
   * @param request which cluster and how
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> removeCluster(RemoveClusterRequest request);

  /**
   * Removes a cluster, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> removeCluster(Consumer<RemoveClusterRequest.Builder> request) {
    return build(() -> {
      RemoveClusterRequest.Builder b = RemoveClusterRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return removeCluster(b.build());
    });
  }

  /**
   * Lists the clusters in a mesh; see {@link MeshClient#listMemberClusters(String)}.
   *
   * @param meshId the mesh
   * @return the member clusters
   */
  CompletableFuture<List<MeshMemberCluster>> listMemberClusters(String meshId);

  /**
   * Fetches the public-address kubeconfig of a mesh's control plane; see {@link MeshClient#kubeconfig(String)}.
   *
   * @param meshId the mesh
   * @return the kubeconfig
   */
  CompletableFuture<MeshKubeconfig> kubeconfig(String meshId);

  /**
   * Fetches the kubeconfig of a mesh's control plane, for the intranet or public address.
   *
   * @param request which mesh and which address
   * @return the kubeconfig
   */
  CompletableFuture<MeshKubeconfig> kubeconfig(MeshKubeconfigRequest request);

  /**
   * Fetches a kubeconfig, configured by a builder.
   *
   * @param request fills in the request
   * @return the kubeconfig
   */
  default CompletableFuture<MeshKubeconfig> kubeconfig(Consumer<MeshKubeconfigRequest.Builder> request) {
    return build(() -> {
      MeshKubeconfigRequest.Builder b = MeshKubeconfigRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return kubeconfig(b.build());
    });
  }

  /**
   * Changes mesh-wide features; see {@link MeshClient#updateMeshFeature(MeshFeatureUpdate)}.
   *
   * @param update what to change
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> updateMeshFeature(MeshFeatureUpdate update);

  /**
   * Changes mesh-wide features, configured by a builder.
   *
   * @param update fills in the update
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> updateMeshFeature(Consumer<MeshFeatureUpdate.Builder> update) {
    return build(() -> {
      MeshFeatureUpdate.Builder b = MeshFeatureUpdate.builder();
      Validate.notNull(update, "update").accept(b);
      return updateMeshFeature(b.build());
    });
  }

  /**
   * Creates a traffic-lane group.
   *
   * @param request the group
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> createSwimLaneGroup(CreateSwimLaneGroupRequest request);

  /**
   * Creates a traffic-lane group, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> createSwimLaneGroup(Consumer<CreateSwimLaneGroupRequest.Builder> request) {
    return build(() -> {
      CreateSwimLaneGroupRequest.Builder b = CreateSwimLaneGroupRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return createSwimLaneGroup(b.build());
    });
  }

  /**
   * Changes a traffic-lane group.
   *
   * @param request the change
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> updateSwimLaneGroup(UpdateSwimLaneGroupRequest request);

  /**
   * Changes a traffic-lane group, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> updateSwimLaneGroup(Consumer<UpdateSwimLaneGroupRequest.Builder> request) {
    return build(() -> {
      UpdateSwimLaneGroupRequest.Builder b = UpdateSwimLaneGroupRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return updateSwimLaneGroup(b.build());
    });
  }

  /**
   * Deletes a traffic-lane group.
   *
   * @param meshId the mesh
   * @param groupName the group
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> deleteSwimLaneGroup(String meshId, String groupName);

  /**
   * Lists the traffic-lane groups of a mesh.
   *
   * @param meshId the mesh
   * @return the groups
   */
  CompletableFuture<List<SwimLaneGroup>> listSwimLaneGroups(String meshId);

  /**
   * Creates a lane in a group.
   *
   * @param request the lane
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> createSwimLane(SwimLaneRequest request);

  /**
   * Creates a lane, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> createSwimLane(Consumer<SwimLaneRequest.Builder> request) {
    return build(() -> {
      SwimLaneRequest.Builder b = SwimLaneRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return createSwimLane(b.build());
    });
  }

  /**
   * Replaces a lane's settings.
   *
   * @param request the lane's new settings
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> updateSwimLane(SwimLaneRequest request);

  /**
   * Replaces a lane's settings, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata
   */
  default CompletableFuture<ResponseMetadata> updateSwimLane(Consumer<SwimLaneRequest.Builder> request) {
    return build(() -> {
      SwimLaneRequest.Builder b = SwimLaneRequest.builder();
      Validate.notNull(request, "request").accept(b);
      return updateSwimLane(b.build());
    });
  }

  /**
   * Deletes a lane.
   *
   * @param meshId the mesh
   * @param groupName the lane's group
   * @param laneName the lane
   * @return the call's metadata
   */
  CompletableFuture<ResponseMetadata> deleteSwimLane(String meshId, String groupName, String laneName);

  /**
   * Lists the lanes of a group.
   *
   * @param meshId the mesh
   * @param groupName the group
   * @return the lanes
   */
  CompletableFuture<List<SwimLane>> listSwimLanes(String meshId, String groupName);

  /**
   * Reads one lane.
   *
   * @param meshId the mesh
   * @param groupName the lane's group
   * @param laneName the lane
   * @return the lane
   */
  CompletableFuture<SwimLane> describeSwimLane(String meshId, String groupName, String laneName);

  /**
   * Applies a traffic policy to a mesh; see {@link MeshClient#applyPolicy(String, TrafficPolicy)}.
   * The ASM calls do not block; the Kubernetes calls, which do, run on a small pool of this client's
   * own daemon threads named {@code ackhybrid-kube-N}, never on the completion executor or the
   * common pool, and the future completes on the completion executor.
   *
   * @param meshId the mesh
   * @param policy the policy
   * @return the mesh, policy, chosen API version and each resource as stored
   */
  CompletableFuture<AppliedPolicy> applyPolicy(String meshId, TrafficPolicy policy);

  /**
   * Deletes a policy's resources from a mesh; see
   * {@link MeshClient#removePolicy(String, TrafficPolicy)}. Runs like
   * {@link #applyPolicy(String, TrafficPolicy)}.
   *
   * @param meshId the mesh
   * @param policy the policy whose resources to delete
   * @return the resources that existed and were deleted
   */
  CompletableFuture<List<IstioResource>> removePolicy(String meshId, TrafficPolicy policy);

  /**
   * Lists the SDK's Istio resources in a namespace of a mesh; see
   * {@link MeshClient#listPolicies(String, String)}. Runs like
   * {@link #applyPolicy(String, TrafficPolicy)}.
   *
   * @param meshId the mesh
   * @param namespace the namespace
   * @return the resources as stored
   */
  CompletableFuture<List<IstioResource>> listPolicies(String meshId, String namespace);

  private static <R> CompletableFuture<R> build(Supplier<CompletableFuture<R>> call) {
    try {
      return call.get();
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
