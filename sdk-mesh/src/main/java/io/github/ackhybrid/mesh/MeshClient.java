package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.mesh.internal.DefaultMeshClient;
import io.github.ackhybrid.mesh.model.CandidateCluster;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import io.github.ackhybrid.mesh.model.SwimLaneGroup;
import java.util.List;
import java.util.function.Consumer;

/**
 * Alibaba Cloud Service Mesh (ASM): meshes that span ACK clusters and registered on-premises
 * clusters, their member clusters, control-plane kubeconfig, mesh-wide features and traffic lanes.
 * Calls block the calling thread; {@link #async()} offers the same operations without blocking.
 *
 * <p>ASM changes a mesh in the background: a mutating call returns at once and the mesh passes
 * through {@code initial} or {@code updating} to {@code running}. Wait with {@link #waiters()}
 * before the next change to the same mesh, as the service expects one change at a time.
 *
 * <pre>{@code
 * try (MeshClient mesh = MeshClient.create(cloud)) {
 *   CreatedMesh created = mesh.createMesh(c -> c.name("global").vpcId("vpc-1").vSwitch("vsw-1"));
 *   mesh.waiters().untilRunning(created.id(), Duration.ofMinutes(15));
 *   mesh.addCluster(created.id(), registeredClusterId);
 *   mesh.waiters().untilClusterRunning(created.id(), registeredClusterId, Duration.ofMinutes(10));
 * }
 * }</pre>
 *
 * <p>Traffic policies ({@link CanaryRelease}, {@link NearestAccess}, {@link Failover}) go to the
 * mesh's control-plane Kubernetes API with {@link #applyPolicy}, {@link #removePolicy} and
 * {@link #listPolicies}; the client keeps one Kubernetes connection per mesh until it is closed.
 *
 * <p>Every operation throws {@link ValidationException} for bad arguments before anything is sent,
 * and a typed {@link SdkException} when the call fails: {@link ResourceNotFoundException} for an
 * unknown mesh ({@code ServiceMesh.NotFound}), {@link ConflictException} when the mesh's state
 * refuses the change (clusters still in it, still initialising, a name already taken). Thread-safe.
 */
public interface MeshClient extends AutoCloseable {

  /**
   * Creates a client with its own HTTP transport.
   *
   * @param config the settings; its region is where meshes are created unless a request says otherwise
   * @return a client that must be closed
   * @throws ValidationException if config is null
   */
  static MeshClient create(CloudConfig config) {
    return builder().config(config).build();
  }

  /**
   * Starts a client with more options, such as a shared transport.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the non-blocking twin of this client, sharing its transport and settings. It needs no
   * closing of its own; closing this client ends it.
   *
   * @return the asynchronous client
   */
  MeshAsyncClient async();

  /**
   * Returns waiters for mesh and member-cluster states.
   *
   * @return the waiters
   */
  MeshWaiters waiters();

  /**
   * Creates a mesh ({@code CreateServiceMesh}). The mesh starts in {@code initial}; wait for
   * {@code running} with {@link MeshWaiters#untilRunning}. Never retried blindly: if the answer is
   * lost after the service may have acted, the SDK finds the mesh by the creation token it tagged it
   * with and returns it with {@link CreatedMesh#reconciled()} true (docs/WRITE-SAFETY.md).
   *
   * @param request what to create
   * @return the new mesh's id
   * @throws ValidationException if request is null
   * @throws OutcomeUnknownException if the answer was lost and the mesh could not be found
   * @throws SdkException if the call fails; {@link ConflictException} for a name already taken
   */
  CreatedMesh createMesh(CreateMeshRequest request);

  /**
   * Creates a mesh, configured by a builder.
   *
   * @param request fills in the request
   * @return the new mesh's id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default CreatedMesh createMesh(Consumer<CreateMeshRequest.Builder> request) {
    CreateMeshRequest.Builder b = CreateMeshRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return createMesh(b.build());
  }

  /**
   * Lists every mesh of the account ({@code DescribeServiceMeshes}; the API has no paging).
   *
   * @return the meshes, possibly empty
   * @throws SdkException if the call fails
   */
  List<ServiceMesh> listMeshes();

  /**
   * Lists the meshes carrying the given tags.
   *
   * @param request the tag filter
   * @return the meshes, possibly empty
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  List<ServiceMesh> listMeshes(ListMeshesRequest request);

  /**
   * Reads one mesh in full ({@code DescribeServiceMeshDetail}).
   *
   * @param meshId the mesh
   * @return the mesh
   * @throws ValidationException if meshId is blank
   * @throws ResourceNotFoundException if the mesh does not exist
   * @throws SdkException if the call fails otherwise; right after deletion the service answers
   *     HTTP 403 {@code StatusForbidden}, which only {@link MeshWaiters#untilDeleted} reads as gone
   */
  ServiceMesh describeMesh(String meshId);

  /**
   * Deletes a mesh ({@code DeleteServiceMesh}) without force; remove its clusters first. Wait
   * with {@link MeshWaiters#untilDeleted}.
   *
   * @param meshId the mesh
   * @return the call's metadata, with the request id
   * @throws ValidationException if meshId is blank
   * @throws ConflictException if clusters are still in the mesh or it is still initialising
   * @throws SdkException if the call fails otherwise
   */
  ResponseMetadata deleteMesh(String meshId);

  /**
   * Deletes a mesh with options such as force and resources to keep.
   *
   * @param request what to delete and how
   * @return the call's metadata, with the request id
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata deleteMesh(DeleteMeshRequest request);

  /**
   * Deletes a mesh, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata, with the request id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata deleteMesh(Consumer<DeleteMeshRequest.Builder> request) {
    DeleteMeshRequest.Builder b = DeleteMeshRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return deleteMesh(b.build());
  }

  /**
   * Lists the clusters that could join a mesh, with whether each can and why not
   * ({@code DescribeServiceMeshClusters}). Pages are fetched as the result is iterated.
   *
   * @param meshId the mesh to judge the candidates against
   * @return a lazy list; iterating it throws {@link SdkException} if a page cannot be fetched
   * @throws ValidationException if meshId is blank
   */
  Paginator<CandidateCluster> listCandidateClusters(String meshId);

  /**
   * Lists candidate clusters with options such as the page size.
   *
   * @param request which candidates and how many per page
   * @return a lazy list; iterating it throws {@link SdkException} if a page cannot be fetched
   * @throws ValidationException if request is null
   */
  Paginator<CandidateCluster> listCandidateClusters(ListCandidateClustersRequest request);

  /**
   * Adds an ACK or registered cluster to a mesh ({@code AddClusterIntoServiceMesh}). Wait for the
   * mesh to be {@code running} and the cluster with {@link MeshWaiters#untilClusterRunning}.
   *
   * @param meshId the mesh
   * @param clusterId the cluster
   * @return the call's metadata, with the request id
   * @throws ValidationException if an id is blank
   * @throws SdkException if the call fails
   */
  ResponseMetadata addCluster(String meshId, String clusterId);

  /**
   * Adds a cluster with options such as discovery-only mode or a kubeconfig.
   *
   * @param request which cluster and how
   * @return the call's metadata, with the request id
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata addCluster(AddClusterRequest request);

  /**
   * Adds a cluster, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata, with the request id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata addCluster(Consumer<AddClusterRequest.Builder> request) {
    AddClusterRequest.Builder b = AddClusterRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return addCluster(b.build());
  }

  /**
   * Removes a cluster from a mesh ({@code RemoveClusterFromServiceMesh}).
   *
   * @param meshId the mesh
   * @param clusterId the cluster
   * @return the call's metadata, with the request id
   * @throws ValidationException if an id is blank
   * @throws SdkException if the call fails
   */
  ResponseMetadata removeCluster(String meshId, String clusterId);

  /**
   * Removes a cluster with options such as keeping its {@code istio-system} namespace.
   *
   * @param request which cluster and how
   * @return the call's metadata, with the request id
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata removeCluster(RemoveClusterRequest request);

  /**
   * Removes a cluster, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata, with the request id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata removeCluster(Consumer<RemoveClusterRequest.Builder> request) {
    RemoveClusterRequest.Builder b = RemoveClusterRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return removeCluster(b.build());
  }

  /**
   * Lists the clusters in a mesh ({@code DescribeClustersInServiceMesh}; the API has no paging).
   *
   * @param meshId the mesh
   * @return the member clusters, possibly empty
   * @throws ValidationException if meshId is blank
   * @throws SdkException if the call fails
   */
  List<MeshMemberCluster> listMemberClusters(String meshId);

  /**
   * Fetches the kubeconfig of a mesh's control plane for its public API server address
   * ({@code DescribeServiceMeshKubeconfig}).
   *
   * @param meshId the mesh
   * @return the kubeconfig; its {@code toString()} hides the credentials
   * @throws ValidationException if meshId is blank
   * @throws SdkException if the call fails
   */
  MeshKubeconfig kubeconfig(String meshId);

  /**
   * Fetches the kubeconfig of a mesh's control plane, for the intranet or public address.
   *
   * @param request which mesh and which address
   * @return the kubeconfig; its {@code toString()} hides the credentials
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  MeshKubeconfig kubeconfig(MeshKubeconfigRequest request);

  /**
   * Fetches a kubeconfig, configured by a builder.
   *
   * @param request fills in the request
   * @return the kubeconfig; its {@code toString()} hides the credentials
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default MeshKubeconfig kubeconfig(Consumer<MeshKubeconfigRequest.Builder> request) {
    MeshKubeconfigRequest.Builder b = MeshKubeconfigRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return kubeconfig(b.build());
  }

  /**
   * Changes mesh-wide features such as locality load balancing ({@code UpdateMeshFeature}). The
   * mesh goes to {@code updating}; wait for {@code running}.
   *
   * @param update what to change
   * @return the call's metadata, with the request id
   * @throws ValidationException if update is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata updateMeshFeature(MeshFeatureUpdate update);

  /**
   * Changes mesh-wide features, configured by a builder.
   *
   * @param update fills in the update
   * @return the call's metadata, with the request id
   * @throws ValidationException if the update breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata updateMeshFeature(Consumer<MeshFeatureUpdate.Builder> update) {
    MeshFeatureUpdate.Builder b = MeshFeatureUpdate.builder();
    Validate.notNull(update, "update").accept(b);
    return updateMeshFeature(b.build());
  }

  /**
   * Creates a traffic-lane group ({@code CreateSwimLaneGroup}).
   *
   * @param request the group
   * @return the call's metadata, with the request id
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata createSwimLaneGroup(CreateSwimLaneGroupRequest request);

  /**
   * Creates a traffic-lane group, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata, with the request id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata createSwimLaneGroup(Consumer<CreateSwimLaneGroupRequest.Builder> request) {
    CreateSwimLaneGroupRequest.Builder b = CreateSwimLaneGroupRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return createSwimLaneGroup(b.build());
  }

  /**
   * Changes a traffic-lane group ({@code UpdateSwimLaneGroup}).
   *
   * @param request the change
   * @return the call's metadata, with the request id
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata updateSwimLaneGroup(UpdateSwimLaneGroupRequest request);

  /**
   * Changes a traffic-lane group, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata, with the request id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata updateSwimLaneGroup(Consumer<UpdateSwimLaneGroupRequest.Builder> request) {
    UpdateSwimLaneGroupRequest.Builder b = UpdateSwimLaneGroupRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return updateSwimLaneGroup(b.build());
  }

  /**
   * Deletes a traffic-lane group ({@code DeleteSwimLaneGroup}).
   *
   * @param meshId the mesh
   * @param groupName the group
   * @return the call's metadata, with the request id
   * @throws ValidationException if an argument breaks a rule
   * @throws SdkException if the call fails
   */
  ResponseMetadata deleteSwimLaneGroup(String meshId, String groupName);

  /**
   * Lists the traffic-lane groups of a mesh ({@code GetSwimLaneGroupList}).
   *
   * @param meshId the mesh
   * @return the groups, possibly empty
   * @throws ValidationException if meshId is blank
   * @throws SdkException if the call fails
   */
  List<SwimLaneGroup> listSwimLaneGroups(String meshId);

  /**
   * Creates a lane in a group ({@code CreateSwimLane}).
   *
   * @param request the lane
   * @return the call's metadata, with the request id
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata createSwimLane(SwimLaneRequest request);

  /**
   * Creates a lane, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata, with the request id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata createSwimLane(Consumer<SwimLaneRequest.Builder> request) {
    SwimLaneRequest.Builder b = SwimLaneRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return createSwimLane(b.build());
  }

  /**
   * Replaces a lane's settings ({@code UpdateSwimLane}).
   *
   * @param request the lane's new settings
   * @return the call's metadata, with the request id
   * @throws ValidationException if request is null
   * @throws SdkException if the call fails
   */
  ResponseMetadata updateSwimLane(SwimLaneRequest request);

  /**
   * Replaces a lane's settings, configured by a builder.
   *
   * @param request fills in the request
   * @return the call's metadata, with the request id
   * @throws ValidationException if the request breaks a rule
   * @throws SdkException if the call fails
   */
  default ResponseMetadata updateSwimLane(Consumer<SwimLaneRequest.Builder> request) {
    SwimLaneRequest.Builder b = SwimLaneRequest.builder();
    Validate.notNull(request, "request").accept(b);
    return updateSwimLane(b.build());
  }

  /**
   * Deletes a lane ({@code DeleteSwimLane}).
   *
   * @param meshId the mesh
   * @param groupName the lane's group
   * @param laneName the lane
   * @return the call's metadata, with the request id
   * @throws ValidationException if an argument breaks a rule
   * @throws SdkException if the call fails
   */
  ResponseMetadata deleteSwimLane(String meshId, String groupName, String laneName);

  /**
   * Lists the lanes of a group ({@code GetSwimLaneList}).
   *
   * @param meshId the mesh
   * @param groupName the group
   * @return the lanes, possibly empty
   * @throws ValidationException if an argument breaks a rule
   * @throws SdkException if the call fails
   */
  List<SwimLane> listSwimLanes(String meshId, String groupName);

  /**
   * Reads one lane ({@code GetSwimLaneDetail}).
   *
   * @param meshId the mesh
   * @param groupName the lane's group
   * @param laneName the lane
   * @return the lane
   * @throws ValidationException if an argument breaks a rule
   * @throws SdkException if the call fails
   */
  SwimLane describeSwimLane(String meshId, String groupName, String laneName);

  /**
   * Applies a traffic policy to a mesh through its control-plane Kubernetes API. The policy is
   * validated first, and nothing is sent if it breaks a rule. Then the mesh's Istio version
   * ({@code DescribeServiceMeshDetail}) picks the {@code networking.istio.io} version
   * ({@link IstioApiVersion#forMeshVersion}), the mesh's kubeconfig
   * ({@code DescribeServiceMeshKubeconfig}, public address) gives access, the policy's namespace is
   * created on the control plane if missing, and each rendered resource is written by server-side
   * apply as field manager {@code ackhybrid-sdk}, a {@code DestinationRule} before the
   * {@code VirtualService} that routes to its subsets. Applying the same policy again is harmless.
   *
   * <p>The kubeconfig and version are fetched once per mesh and cached until shortly before the
   * kubeconfig expires; if the API server refuses the cached credentials, a new kubeconfig is
   * fetched and the work redone once. A {@link NearestAccess} and a {@link Failover} for the same
   * service conflict in Istio: applying one while the other is in place logs a warning.
   *
   * @param meshId the mesh
   * @param policy the policy
   * @return the mesh, policy, chosen API version and each resource as stored
   * @throws ValidationException if an argument is missing or the policy breaks a rule
   * @throws ResourceNotFoundException if the mesh does not exist, or its API server does not serve
   *     the resource's kind
   * @throws io.github.ackhybrid.core.exception.ConfigurationException if the mesh's kubeconfig is
   *     unusable
   * @throws SdkException if a call fails; an API server refusal (such as {@code Invalid} from
   *     Istio's validation) keeps its Kubernetes reason as error code and names the policy, mesh
   *     and resource in its operation
   */
  AppliedPolicy applyPolicy(String meshId, TrafficPolicy policy);

  /**
   * Deletes the resources a policy renders from a mesh's control plane, in reverse apply order
   * (the {@code VirtualService} before its {@code DestinationRule}). A resource already gone counts
   * as removed. Only the policy's kind, service and namespace matter: its weights, regions or
   * rules need not match what was applied, but it must still validate.
   *
   * @param meshId the mesh
   * @param policy the policy whose resources to delete
   * @return the resources that existed and were deleted, in deletion order; empty if none existed
   * @throws ValidationException if an argument is missing or the policy breaks a rule
   * @throws SdkException if a call fails
   */
  List<IstioResource> removePolicy(String meshId, TrafficPolicy policy);

  /**
   * Lists the Istio resources this SDK applied in one namespace of a mesh's control plane: the
   * {@code DestinationRule}s, then the {@code VirtualService}s, labelled
   * {@value TrafficPolicy#MANAGED_BY_LABEL}={@value TrafficPolicy#MANAGED_BY}.
   *
   * @param meshId the mesh
   * @param namespace the namespace, a DNS-1123 label
   * @return the resources as stored, possibly empty
   * @throws ValidationException if an argument is missing or malformed
   * @throws SdkException if a call fails
   */
  List<IstioResource> listPolicies(String meshId, String namespace);

  /** Releases the HTTP transport if this client created it; a shared transport stays open. Idempotent. */
  @Override
  void close();

  /** Builds a {@link MeshClient}. */
  final class Builder {
    private CloudConfig config;
    private HttpTransport transport;

    private Builder() {}

    /**
     * Sets the client's settings. Required.
     *
     * @param config the settings
     * @return this builder
     */
    public Builder config(CloudConfig config) {
      this.config = config;
      return this;
    }

    /**
     * Shares a transport with other clients; the client will not close it.
     *
     * @param transport a transport from {@link HttpTransport#create(CloudConfig)}, or null for the
     *     client's own
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return a client that must be closed
     * @throws ValidationException if no configuration was set
     * @throws io.github.ackhybrid.core.exception.ConfigurationException if the transport was not
     *     made by {@link HttpTransport#create(CloudConfig)}
     */
    public MeshClient build() {
      return new DefaultMeshClient(Validate.notNull(config, "meshClient.config"), transport);
    }
  }
}
