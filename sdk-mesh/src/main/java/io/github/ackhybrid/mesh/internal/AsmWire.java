package io.github.ackhybrid.mesh.internal;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * The JSON bodies ASM answers with, bound by Jackson under their PascalCase wire names. Fields the
 * SDK does not use are left out (unknown properties are ignored); fields whose shape the service
 * does not pin down, or that carry JSON inside a string, are read as {@link JsonNode} and decoded by
 * {@link JsonText}. {@link WireMapper} turns these into the public models.
 */
final class AsmWire {
  private AsmWire() {}

  /** Any answer: only its request id. */
  record Ack(@JsonProperty("RequestId") String requestId) {}

  /** CreateServiceMesh. */
  record Created(
      @JsonProperty("RequestId") String requestId,
      @JsonProperty("ServiceMeshId") String serviceMeshId) {}

  /** DescribeServiceMeshes. */
  record Meshes(@JsonProperty("ServiceMeshes") List<Mesh> serviceMeshes) {}

  /** DescribeServiceMeshDetail. */
  record Detail(@JsonProperty("ServiceMesh") Mesh serviceMesh) {}

  /** One mesh, in both the list and the detail answer. */
  record Mesh(
      @JsonProperty("ClusterSpec") String clusterSpec,
      @JsonProperty("Clusters") List<String> clusters,
      @JsonProperty("Endpoints") Endpoints endpoints,
      @JsonProperty("ServiceMeshInfo") Info serviceMeshInfo,
      @JsonProperty("Spec") Spec spec,
      @JsonProperty("Tag") List<Tag> tag,
      @JsonProperty("Upgradable") Boolean upgradable) {}

  record Endpoints(
      @JsonProperty("IntranetApiServerEndpoint") String intranetApiServerEndpoint,
      @JsonProperty("PublicApiServerEndpoint") String publicApiServerEndpoint,
      @JsonProperty("IntranetPilotEndpoint") String intranetPilotEndpoint,
      @JsonProperty("PublicPilotEndpoint") String publicPilotEndpoint) {}

  record Info(
      @JsonProperty("ServiceMeshId") String serviceMeshId,
      @JsonProperty("Name") String name,
      @JsonProperty("State") String state,
      @JsonProperty("ErrorMessage") String errorMessage,
      @JsonProperty("RegionId") String regionId,
      @JsonProperty("Profile") String profile,
      @JsonProperty("Version") String version,
      @JsonProperty("CreationTime") String creationTime,
      @JsonProperty("UpdateTime") String updateTime) {}

  record Spec(
      @JsonProperty("LoadBalancer") LoadBalancer loadBalancer,
      @JsonProperty("MeshConfig") MeshConfig meshConfig,
      @JsonProperty("Network") Network network) {}

  record LoadBalancer(
      @JsonProperty("ApiServerLoadbalancerId") String apiServerLoadbalancerId,
      @JsonProperty("ApiServerPublicEip") Boolean apiServerPublicEip,
      @JsonProperty("PilotPublicEip") Boolean pilotPublicEip) {}

  record MeshConfig(
      @JsonProperty("EnableLocalityLB") Boolean enableLocalityLb,
      @JsonProperty("LocalityLB") JsonNode localityLb,
      @JsonProperty("OutboundTrafficPolicy") String outboundTrafficPolicy,
      @JsonProperty("Telemetry") Boolean telemetry,
      @JsonProperty("Tracing") Boolean tracing) {}

  record Network(
      @JsonProperty("VpcId") String vpcId,
      @JsonProperty("VSwitches") List<String> vSwitches,
      @JsonProperty("SecurityGroupId") String securityGroupId) {}

  record Tag(@JsonProperty("Key") String key, @JsonProperty("Value") String value) {}

  /** DescribeClustersInServiceMesh and DescribeServiceMeshClusters. */
  record Clusters(
      @JsonProperty("NumberOfClusters") Long numberOfClusters,
      @JsonProperty("Clusters") List<Cluster> clusters) {}

  record Cluster(
      @JsonProperty("ClusterId") String clusterId,
      @JsonProperty("Name") String name,
      @JsonProperty("ClusterType") String clusterType,
      @JsonProperty("State") String state,
      @JsonProperty("RegionId") String regionId,
      @JsonProperty("Version") String version,
      @JsonProperty("ClusterDomain") String clusterDomain,
      @JsonProperty("VpcId") String vpcId,
      @JsonProperty("ErrorMessage") String errorMessage,
      @JsonProperty("CreationTime") String creationTime,
      @JsonProperty("UpdateTime") String updateTime,
      @JsonProperty("ServiceMeshId") String serviceMeshId,
      @JsonProperty("ForbiddenFlag") Long forbiddenFlag,
      @JsonProperty("ForbiddenInfo") JsonNode forbiddenInfo) {}

  /** DescribeServiceMeshKubeconfig. */
  record Kubeconfig(
      @JsonProperty("Kubeconfig") String kubeconfig,
      @JsonProperty("ExpireTime") String expireTime) {}

  /** GetSwimLaneGroupList. */
  record LaneGroups(@JsonProperty("SwimLaneGroupList") List<LaneGroup> swimLaneGroupList) {}

  record LaneGroup(
      @JsonProperty("GroupName") String groupName,
      @JsonProperty("IngressGatewayName") String ingressGatewayName,
      @JsonProperty("IngressType") String ingressType,
      @JsonProperty("IngressRoutingStrategy") String ingressRoutingStrategy,
      @JsonProperty("IsPermissive") Boolean isPermissive,
      @JsonProperty("FallbackTarget") String fallbackTarget,
      @JsonProperty("RouteHeader") String routeHeader,
      @JsonProperty("TraceHeader") String traceHeader,
      @JsonProperty("ServiceList") JsonNode serviceList,
      @JsonProperty("SwimLaneLabels") JsonNode swimLaneLabels,
      @JsonProperty("WeightedIngressRule") JsonNode weightedIngressRule) {}

  /** GetSwimLaneList. */
  record Lanes(@JsonProperty("SwimLaneList") List<Lane> swimLaneList) {}

  /**
   * One lane of GetSwimLaneList, or the body of GetSwimLaneDetail (which has no name fields and
   * spells the service list {@code ServicesList} and the weight field correctly).
   */
  record Lane(
      @JsonProperty("Name") String name,
      @JsonProperty("GroupName") String groupName,
      @JsonProperty("LabelSelectorKey") String labelSelectorKey,
      @JsonProperty("LabelSelectorValue") String labelSelectorValue,
      @JsonProperty("ServiceList") JsonNode serviceList,
      @JsonProperty("ServicesList") JsonNode servicesList,
      // GetSwimLaneList's wire name is misspelled; GetSwimLaneDetail's is not.
      @JsonProperty("WeightedIngressDestinatin") JsonNode weightedIngressDestinatin,
      @JsonProperty("WeightedIngressDestination") JsonNode weightedIngressDestination,
      @JsonProperty("ValidationMessage") JsonNode validationMessage) {}
}
