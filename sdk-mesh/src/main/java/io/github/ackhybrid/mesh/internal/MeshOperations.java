package io.github.ackhybrid.mesh.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.internal.ApiStyle;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Operation;
import io.github.ackhybrid.core.internal.ResponseDecoder;
import io.github.ackhybrid.core.internal.ServiceDefinition;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import io.github.ackhybrid.mesh.model.SwimLaneGroup;
import java.io.IOException;
import java.util.List;

/**
 * The ASM operations this SDK calls: one constant per action with its method, whether repeating it
 * is safe, and how its answer is decoded. Where each parameter goes is in {@link MeshRequests}.
 */
final class MeshOperations {
  /**
   * ASM: product {@code servicemesh}, API version 2020-01-11, RPC style, one central endpoint for
   * every region. The official Java client signs ASM calls with RPC V2 (HMAC-SHA1, signature in
   * the query); this SDK signs everything with V3 (ACS3-HMAC-SHA256) through the shared pipeline.
   * ASM's acceptance of V3 is not confirmed live: the reference's evidence is that the current
   * official Go SDK signs ASM with V3. If the gateway refuses V3, this is the service to switch.
   */
  static final ServiceDefinition ASM =
      ServiceDefinition.central("servicemesh", "2020-01-11", ApiStyle.RPC, "servicemesh.aliyuncs.com");

  static final Operation<CreatedMesh> CREATE_SERVICE_MESH =
      Operation.rpc(ASM, "CreateServiceMesh", false, decoder(AsmWire.Created.class, WireMapper::created));
  // The only ASM action the official SDK sends as GET, with its one parameter (Tag) in the query.
  static final Operation<List<ServiceMesh>> DESCRIBE_SERVICE_MESHES = Operation.roa(ASM, "DescribeServiceMeshes",
      "GET", "/", true, decoder(AsmWire.Meshes.class, (body, meta) -> WireMapper.meshes(body)));
  static final Operation<ServiceMesh> DESCRIBE_SERVICE_MESH_DETAIL = Operation.rpc(ASM, "DescribeServiceMeshDetail",
      true, decoder(AsmWire.Detail.class, (body, meta) -> WireMapper.detail(body)));
  static final Operation<ResponseMetadata> DELETE_SERVICE_MESH = ack("DeleteServiceMesh", true);
  static final Operation<WireMapper.CandidateBatch> DESCRIBE_SERVICE_MESH_CLUSTERS = Operation.rpc(ASM,
      "DescribeServiceMeshClusters", true, decoder(AsmWire.Clusters.class, (body, meta) -> WireMapper.candidates(body)));
  // Adding or removing twice fails on the second call, so neither is repeated after an unknown outcome.
  static final Operation<ResponseMetadata> ADD_CLUSTER_INTO_SERVICE_MESH = ack("AddClusterIntoServiceMesh", false);
  static final Operation<ResponseMetadata> REMOVE_CLUSTER_FROM_SERVICE_MESH = ack("RemoveClusterFromServiceMesh", false);
  static final Operation<List<MeshMemberCluster>> DESCRIBE_CLUSTERS_IN_SERVICE_MESH = Operation.rpc(ASM,
      "DescribeClustersInServiceMesh", true,
      decoder(AsmWire.Clusters.class, (body, meta) -> WireMapper.memberClusters(body)));
  static final Operation<MeshKubeconfig> DESCRIBE_SERVICE_MESH_KUBECONFIG = Operation.rpc(ASM,
      "DescribeServiceMeshKubeconfig", true,
      decoder(AsmWire.Kubeconfig.class, (body, meta) -> WireMapper.kubeconfig(body)));
  // Setting features to given values twice leaves the same result.
  static final Operation<ResponseMetadata> UPDATE_MESH_FEATURE = ack("UpdateMeshFeature", true);

  static final Operation<ResponseMetadata> CREATE_SWIM_LANE_GROUP = ack("CreateSwimLaneGroup", false);
  static final Operation<ResponseMetadata> UPDATE_SWIM_LANE_GROUP = ack("UpdateSwimLaneGroup", true);
  static final Operation<ResponseMetadata> DELETE_SWIM_LANE_GROUP = ack("DeleteSwimLaneGroup", true);
  static final Operation<List<SwimLaneGroup>> GET_SWIM_LANE_GROUP_LIST = Operation.rpc(ASM, "GetSwimLaneGroupList",
      true, decoder(AsmWire.LaneGroups.class, (body, meta) -> WireMapper.laneGroups(body)));
  static final Operation<ResponseMetadata> CREATE_SWIM_LANE = ack("CreateSwimLane", false);
  static final Operation<ResponseMetadata> UPDATE_SWIM_LANE = ack("UpdateSwimLane", true);
  static final Operation<ResponseMetadata> DELETE_SWIM_LANE = ack("DeleteSwimLane", true);
  static final Operation<List<SwimLane>> GET_SWIM_LANE_LIST = Operation.rpc(ASM, "GetSwimLaneList", true,
      decoder(AsmWire.Lanes.class, (body, meta) -> WireMapper.lanes(body)));
  static final Operation<AsmWire.Lane> GET_SWIM_LANE_DETAIL =
      Operation.rpc(ASM, "GetSwimLaneDetail", true, decoder(AsmWire.Lane.class, (body, meta) -> body));

  private MeshOperations() {}

  /** An operation whose answer carries nothing but its request id. */
  private static Operation<ResponseMetadata> ack(String name, boolean idempotent) {
    return Operation.rpc(ASM, name, idempotent, decoder(AsmWire.Ack.class, WireMapper::metadata));
  }

  private static <W, R> ResponseDecoder<R> decoder(Class<W> wire, WireFunction<W, R> map) {
    ObjectReader reader = Json.reader(wire);
    return (body, metadata) -> {
      W value = reader.readValue(body);
      if (value == null) {
        throw new JsonMappingException(null, "the answer is empty where a JSON object was expected");
      }
      return map.apply(value, metadata);
    };
  }

  /** Maps a bound answer to a result; may report the answer as malformed. */
  @FunctionalInterface
  private interface WireFunction<W, R> {
    R apply(W body, ResponseMetadata metadata) throws IOException;
  }
}
