package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.Page;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.core.internal.WriteSafety;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.mesh.AddClusterRequest;
import io.github.ackhybrid.mesh.CreateMeshRequest;
import io.github.ackhybrid.mesh.CreateSwimLaneGroupRequest;
import io.github.ackhybrid.mesh.DeleteMeshRequest;
import io.github.ackhybrid.mesh.ListCandidateClustersRequest;
import io.github.ackhybrid.mesh.ListMeshesRequest;
import io.github.ackhybrid.mesh.LoadBalancerSpec;
import io.github.ackhybrid.mesh.MeshFeatureUpdate;
import io.github.ackhybrid.mesh.MeshKubeconfigRequest;
import io.github.ackhybrid.mesh.RemoveClusterRequest;
import io.github.ackhybrid.mesh.SwimLaneRequest;
import io.github.ackhybrid.mesh.UpdateSwimLaneGroupRequest;
import io.github.ackhybrid.mesh.model.CandidateCluster;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.IngressRoutingStrategy;
import io.github.ackhybrid.mesh.model.MeshClusterSpec;
import io.github.ackhybrid.mesh.model.MeshEdition;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import io.github.ackhybrid.mesh.model.SwimLaneGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place each ASM request is built, so the blocking and the asynchronous client send the
 * same bytes. Placement follows the official SDK's metadata: most parameters in the form body,
 * a few in the query ({@code Tag}; {@code ServiceMeshId} of DescribeServiceMeshClusters,
 * DescribeClustersInServiceMesh and DescribeServiceMeshKubeconfig). Unset values are left out;
 * lists and structures the API takes as JSON text are written by {@link JsonText}. Every argument
 * is checked before a request exists.
 */
final class MeshRequests {
  // Sent for every lane group: the API accepts no other ingress type.
  private static final String INGRESS_TYPE = "ASM";

  private MeshRequests() {}

  /**
   * Builds CreateServiceMesh tagged with a fresh creation token, and the DescribeServiceMeshes that
   * finds the mesh by that tag should the answer be lost: CreateServiceMesh takes {@code Tag} and
   * DescribeServiceMeshes filters by it and reports it (asm-mesh-api.md §4.1, §4.2).
   */
  static WriteSafeCall<CreatedMesh> createMesh(CreateMeshRequest r, String defaultRegion) {
    Validate.notNull(r, "request");
    String token = WriteSafety.newCreateToken();
    Map<String, String> tagged = new LinkedHashMap<>(r.tags());
    tagged.put(WriteSafety.CREATE_TOKEN_TAG, token);
    ApiRequest.Builder<CreatedMesh> b = MeshOperations.CREATE_SERVICE_MESH.request()
        .form("RegionId", r.region().orElse(defaultRegion))
        .form("VpcId", r.vpcId())
        .form("VSwitches", JsonText.stringArray(r.vSwitchIds()))
        .form("Name", r.name().orElse(null))
        .form("IstioVersion", r.istioVersion().orElse(null))
        .form("Edition", r.edition().map(MeshEdition::wireValue).orElse(null))
        .form("ClusterSpec", r.clusterSpec().map(MeshClusterSpec::wireValue).orElse(null))
        .form("ApiServerPublicEip", r.apiServerPublicEip().orElse(null))
        .form("ApiServerLoadBalancerSpec", r.apiServerLoadBalancerSpec().map(LoadBalancerSpec::wireValue).orElse(null))
        .form("PilotLoadBalancerSpec", r.pilotLoadBalancerSpec().map(LoadBalancerSpec::wireValue).orElse(null))
        .form("LocalityLoadBalancing", r.localityLoadBalancing().orElse(null))
        .form("LocalityLBConf", r.localityLbConfig().map(JsonText::localityLbConf).orElse(null))
        .form("ClusterDomain", r.clusterDomain().orElse(null))
        .form("GuestCluster", r.guestClusterId().orElse(null))
        .form("CRAggregationEnabled", r.crAggregationEnabled().orElse(null))
        .form("Tracing", r.tracing().orElse(null))
        .form("TraceSampling", r.traceSampling().map(s -> s.stripTrailingZeros().toPlainString()).orElse(null))
        .form("Telemetry", r.telemetry().orElse(null))
        .form("IncludeIPRanges", r.includeIpRanges().isEmpty() ? null : String.join(",", r.includeIpRanges()))
        .form("ExcludeIPRanges", r.excludeIpRanges().isEmpty() ? null : String.join(",", r.excludeIpRanges()));
    tags(b, tagged);
    ApiRequest.Builder<List<ServiceMesh>> find = MeshOperations.DESCRIBE_SERVICE_MESHES.request();
    tags(find, Map.of(WriteSafety.CREATE_TOKEN_TAG, token));
    MeshCall<List<ServiceMesh>, Optional<CreatedMesh>> lookup = new MeshCall<>(find.build(), meshes -> meshes.stream()
        .filter(m -> token.equals(m.tags().get(WriteSafety.CREATE_TOKEN_TAG)))
        .findFirst()
        .map(m -> CreatedMesh.builder().id(m.id()).reconciled(true).build()));
    return new WriteSafeCall<>(MeshOperations.CREATE_SERVICE_MESH.name(), MeshCall.of(b.build()), lookup,
        "List the meshes tagged " + WriteSafety.CREATE_TOKEN_TAG + "=" + token
        + " (listMeshes with that tag) before creating it again.");
  }

  static MeshCall<List<ServiceMesh>, List<ServiceMesh>> listMeshes(ListMeshesRequest r) {
    Validate.notNull(r, "request");
    ApiRequest.Builder<List<ServiceMesh>> b = MeshOperations.DESCRIBE_SERVICE_MESHES.request();
    tags(b, r.tags());
    return MeshCall.of(b.build());
  }

  static MeshCall<ServiceMesh, ServiceMesh> describeMesh(String meshId) {
    return MeshCall.of(MeshOperations.DESCRIBE_SERVICE_MESH_DETAIL.request()
        .form("ServiceMeshId", MeshValidation.id(meshId, "meshId"))
        .build());
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> deleteMesh(DeleteMeshRequest r) {
    Validate.notNull(r, "request");
    return MeshCall.of(MeshOperations.DELETE_SERVICE_MESH.request()
        .form("ServiceMeshId", r.meshId())
        .form("Force", r.force().orElse(null))
        .form("RetainResources", r.retainResourceIds().isEmpty() ? null : JsonText.stringArray(r.retainResourceIds()))
        .goneMeansDone(MeshErrors::meshGone, metadata -> metadata)
        .build());
  }

  static MeshCall<WireMapper.CandidateBatch, Page<CandidateCluster>> candidateClusters(
      ListCandidateClustersRequest r, int pageNumber, int pageSize) {
    ApiRequest<WireMapper.CandidateBatch> request = MeshOperations.DESCRIBE_SERVICE_MESH_CLUSTERS.request()
        .query("ServiceMeshId", r.meshId().orElse(null))
        .form("Limit", pageSize)
        .form("Offset", (long) (pageNumber - 1) * pageSize)
        .build();
    return new MeshCall<>(request, batch -> batch.total().isPresent()
        ? Page.numbered(batch.clusters(), pageNumber, batch.total().getAsLong())
        : Page.of(batch.clusters()));
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> addCluster(AddClusterRequest r) {
    Validate.notNull(r, "request");
    return MeshCall.of(MeshOperations.ADD_CLUSTER_INTO_SERVICE_MESH.request()
        .form("ServiceMeshId", r.meshId())
        .form("ClusterId", r.clusterId())
        .form("IgnoreNamespaceCheck", r.ignoreNamespaceCheck().orElse(null))
        .form("DiscoveryOnly", r.discoveryOnly().orElse(null))
        .form("Kubeconfig", r.kubeconfig().orElse(null))
        .build());
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> removeCluster(RemoveClusterRequest r) {
    Validate.notNull(r, "request");
    return MeshCall.of(MeshOperations.REMOVE_CLUSTER_FROM_SERVICE_MESH.request()
        .form("ServiceMeshId", r.meshId())
        .form("ClusterId", r.clusterId())
        .form("ReserveNamespace", r.reserveNamespace().orElse(null))
        .build());
  }

  static MeshCall<List<MeshMemberCluster>, List<MeshMemberCluster>> memberClusters(String meshId) {
    return MeshCall.of(MeshOperations.DESCRIBE_CLUSTERS_IN_SERVICE_MESH.request()
        .query("ServiceMeshId", MeshValidation.id(meshId, "meshId"))
        .build());
  }

  static MeshCall<MeshKubeconfig, MeshKubeconfig> kubeconfig(MeshKubeconfigRequest r) {
    Validate.notNull(r, "request");
    boolean intranet = r.privateIpAddress().orElse(false);
    ApiRequest<MeshKubeconfig> request = MeshOperations.DESCRIBE_SERVICE_MESH_KUBECONFIG.request()
        .query("ServiceMeshId", r.meshId())
        .query("PrivateIpAddress", r.privateIpAddress().orElse(null))
        .build();
    return new MeshCall<>(request, k -> intranet ? k.toBuilder().privateAddress(true).build() : k);
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> updateMeshFeature(MeshFeatureUpdate u) {
    Validate.notNull(u, "update");
    return MeshCall.of(MeshOperations.UPDATE_MESH_FEATURE.request()
        .form("ServiceMeshId", u.meshId())
        .form("LocalityLoadBalancing", u.localityLoadBalancing().orElse(null))
        .form("LocalityLBConf", u.localityLbConfig().map(JsonText::localityLbConf).orElse(null))
        .build());
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> createSwimLaneGroup(CreateSwimLaneGroupRequest r) {
    Validate.notNull(r, "request");
    return MeshCall.of(MeshOperations.CREATE_SWIM_LANE_GROUP.request()
        .form("ServiceMeshId", r.meshId())
        .form("GroupName", r.groupName())
        .form("IngressGatewayName", r.ingressGatewayName())
        .form("IngressGatewayNamespace", r.ingressGatewayNamespace().orElse(null))
        .form("IngressType", INGRESS_TYPE)
        .form("ServicesList", JsonText.laneServices(r.services()))
        .form("IsPermissive", r.permissive())
        .form("RouteHeader", r.routeHeader().orElse(null))
        .form("TraceHeader", r.traceHeader().orElse(null))
        .build());
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> updateSwimLaneGroup(UpdateSwimLaneGroupRequest r) {
    Validate.notNull(r, "request");
    return MeshCall.of(MeshOperations.UPDATE_SWIM_LANE_GROUP.request()
        .form("ServiceMeshId", r.meshId())
        .form("GroupName", r.groupName())
        .form("ServicesList", r.services().isEmpty() ? null : JsonText.laneServices(r.services()))
        .form("FallbackTarget", r.fallbackTarget().orElse(null))
        .form("IngressRoutingStrategy", r.routingStrategy().map(IngressRoutingStrategy::wireValue).orElse(null))
        .form("WeightedIngressRule", r.weightedIngressRule().map(JsonText::weightedIngressRule).orElse(null))
        .build());
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> deleteSwimLaneGroup(String meshId, String groupName) {
    return MeshCall.of(MeshOperations.DELETE_SWIM_LANE_GROUP.request()
        .form("ServiceMeshId", MeshValidation.id(meshId, "meshId"))
        .form("GroupName", KubernetesNames.dns1123Label(groupName, "swimLaneGroup.name"))
        .build());
  }

  static MeshCall<List<SwimLaneGroup>, List<SwimLaneGroup>> swimLaneGroups(String meshId) {
    return MeshCall.of(MeshOperations.GET_SWIM_LANE_GROUP_LIST.request()
        .form("ServiceMeshId", MeshValidation.id(meshId, "meshId"))
        .build());
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> createSwimLane(SwimLaneRequest r) {
    Validate.notNull(r, "request");
    return MeshCall.of(lane(MeshOperations.CREATE_SWIM_LANE.request(), r));
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> updateSwimLane(SwimLaneRequest r) {
    Validate.notNull(r, "request");
    return MeshCall.of(lane(MeshOperations.UPDATE_SWIM_LANE.request(), r));
  }

  private static ApiRequest<ResponseMetadata> lane(ApiRequest.Builder<ResponseMetadata> b, SwimLaneRequest r) {
    return b.form("ServiceMeshId", r.meshId())
        .form("GroupName", r.groupName())
        .form("SwimLaneName", r.laneName())
        .form("LabelSelectorKey", r.labelSelectorKey())
        .form("LabelSelectorValue", r.labelSelectorValue())
        .form("ServicesList", JsonText.laneServices(r.services()))
        .build();
  }

  static MeshCall<ResponseMetadata, ResponseMetadata> deleteSwimLane(String meshId, String groupName, String laneName) {
    return MeshCall.of(MeshOperations.DELETE_SWIM_LANE.request()
        .form("ServiceMeshId", MeshValidation.id(meshId, "meshId"))
        .form("GroupName", KubernetesNames.dns1123Label(groupName, "swimLane.groupName"))
        .form("SwimLaneName", KubernetesNames.dns1123Label(laneName, "swimLane.name"))
        .build());
  }

  static MeshCall<List<SwimLane>, List<SwimLane>> swimLanes(String meshId, String groupName) {
    ApiRequest<List<SwimLane>> request = MeshOperations.GET_SWIM_LANE_LIST.request()
        .form("ServiceMeshId", MeshValidation.id(meshId, "meshId"))
        .form("GroupName", KubernetesNames.dns1123Label(groupName, "swimLane.groupName"))
        .build();
    return new MeshCall<>(request, lanes -> lanes.stream()
        .map(lane -> lane.groupName().isEmpty() ? lane.toBuilder().groupName(groupName).build() : lane)
        .toList());
  }

  static MeshCall<AsmWire.Lane, SwimLane> swimLane(String meshId, String groupName, String laneName) {
    ApiRequest<AsmWire.Lane> request = MeshOperations.GET_SWIM_LANE_DETAIL.request()
        .form("ServiceMeshId", MeshValidation.id(meshId, "meshId"))
        .form("GroupName", KubernetesNames.dns1123Label(groupName, "swimLane.groupName"))
        .form("SwimLaneName", KubernetesNames.dns1123Label(laneName, "swimLane.name"))
        .build();
    return new MeshCall<>(request, lane -> WireMapper.lane(lane, laneName, groupName));
  }

  /** Flattens tags 1-based into the query: {@code Tag.1.Key}, {@code Tag.1.Value}, ... */
  private static void tags(ApiRequest.Builder<?> b, Map<String, String> tags) {
    int i = 1;
    for (Map.Entry<String, String> t : tags.entrySet()) {
      b.query("Tag." + i + ".Key", t.getKey()).query("Tag." + i + ".Value", t.getValue());
      i++;
    }
  }
}
