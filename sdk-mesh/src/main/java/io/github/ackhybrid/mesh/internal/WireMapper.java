package io.github.ackhybrid.mesh.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.mesh.model.CandidateCluster;
import io.github.ackhybrid.mesh.model.CidrConflict;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.IngressMatch;
import io.github.ackhybrid.mesh.model.LaneIngressWeight;
import io.github.ackhybrid.mesh.model.LaneMatch;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.LaneValidationMessage;
import io.github.ackhybrid.mesh.model.LocalityDistribution;
import io.github.ackhybrid.mesh.model.LocalityFailover;
import io.github.ackhybrid.mesh.model.MeshEndpoints;
import io.github.ackhybrid.mesh.model.MeshKubeconfig;
import io.github.ackhybrid.mesh.model.MeshLocalityLb;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import io.github.ackhybrid.mesh.model.SwimLane;
import io.github.ackhybrid.mesh.model.SwimLaneGroup;
import io.github.ackhybrid.mesh.model.WeightedIngressRule;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Turns ASM's wire shapes ({@link AsmWire}) into the public models: flattens the nested mesh
 * answer, drops empty strings, reads times and open enums leniently and decodes JSON-in-string
 * fields through {@link JsonText}. A missing id is a malformed answer; anything else missing is
 * simply absent.
 */
final class WireMapper {
  // ASM sends some times without a zone ("2024-05-28 16:00:00"). Reading them as China Standard
  // Time gives the earlier of the plausible instants, so an expiry is never taken as later than it is.
  private static final ZoneOffset ZONELESS = ZoneOffset.ofHours(8);

  private WireMapper() {}

  static CreatedMesh created(AsmWire.Created body, ResponseMetadata metadata) throws JsonMappingException {
    return CreatedMesh.builder()
        .id(required(body.serviceMeshId(), "ServiceMeshId"))
        .requestId(metadata.requestId().or(() -> text(body.requestId())))
        .build();
  }

  static ResponseMetadata metadata(AsmWire.Ack body, ResponseMetadata metadata) {
    if (metadata.requestId().isPresent() || text(body.requestId()).isEmpty() || metadata.httpStatus() == 0) {
      return metadata;
    }
    return ResponseMetadata.of(metadata.operation(), metadata.httpStatus(), body.requestId(),
        metadata.attempts(), metadata.latency());
  }

  static List<ServiceMesh> meshes(AsmWire.Meshes body) throws JsonMappingException {
    List<ServiceMesh> out = new ArrayList<>();
    if (body.serviceMeshes() != null) {
      for (AsmWire.Mesh m : body.serviceMeshes()) {
        out.add(mesh(m));
      }
    }
    return out;
  }

  static ServiceMesh detail(AsmWire.Detail body) throws JsonMappingException {
    if (body.serviceMesh() == null) {
      throw malformed("the answer has no ServiceMesh object");
    }
    return mesh(body.serviceMesh());
  }

  static ServiceMesh mesh(AsmWire.Mesh m) throws JsonMappingException {
    AsmWire.Info info = m.serviceMeshInfo();
    if (info == null) {
      throw malformed("a mesh has no ServiceMeshInfo object");
    }
    ServiceMesh.Builder b = ServiceMesh.builder()
        .id(required(info.serviceMeshId(), "ServiceMeshInfo.ServiceMeshId"))
        .name(orEmpty(info.name()))
        .stateAsString(orEmpty(info.state()))
        .errorMessage(text(info.errorMessage()))
        .region(text(info.regionId()))
        .editionAsString(text(info.profile()))
        .clusterSpecAsString(text(m.clusterSpec()))
        .version(text(info.version()))
        .created(time(info.creationTime()))
        .updated(time(info.updateTime()))
        .memberClusterIds(nonEmpty(m.clusters()))
        .upgradable(Boolean.TRUE.equals(m.upgradable()));
    AsmWire.Endpoints e = m.endpoints();
    if (e != null) {
      b.endpoints(MeshEndpoints.builder()
          .intranetApiServer(text(e.intranetApiServerEndpoint()))
          .publicApiServer(text(e.publicApiServerEndpoint()))
          .intranetPilot(text(e.intranetPilotEndpoint()))
          .publicPilot(text(e.publicPilotEndpoint()))
          .build());
    }
    AsmWire.Spec spec = m.spec();
    if (spec != null) {
      spec(b, spec);
    }
    if (m.tag() != null) {
      for (AsmWire.Tag t : m.tag()) {
        if (t != null && text(t.key()).isPresent()) {
          b.putTag(t.key(), orEmpty(t.value()));
        }
      }
    }
    return b.build();
  }

  private static void spec(ServiceMesh.Builder b, AsmWire.Spec spec) {
    AsmWire.LoadBalancer lb = spec.loadBalancer();
    if (lb != null) {
      b.apiServerPublicEip(Boolean.TRUE.equals(lb.apiServerPublicEip()))
          .pilotPublicEip(Boolean.TRUE.equals(lb.pilotPublicEip()))
          .apiServerLoadBalancerId(text(lb.apiServerLoadbalancerId()));
    }
    AsmWire.Network network = spec.network();
    if (network != null) {
      b.vpcId(text(network.vpcId()))
          .vSwitchIds(nonEmpty(network.vSwitches()))
          .securityGroupId(text(network.securityGroupId()));
    }
    AsmWire.MeshConfig config = spec.meshConfig();
    if (config != null) {
      b.localityLoadBalancing(Boolean.TRUE.equals(config.enableLocalityLb()))
          .localityLb(localityLb(config.localityLb()))
          .outboundTrafficPolicy(text(config.outboundTrafficPolicy()))
          .tracing(Boolean.TRUE.equals(config.tracing()))
          .telemetry(Boolean.TRUE.equals(config.telemetry()));
    }
  }

  /**
   * Reads {@code LocalityLB} leniently: the SDK models its lists as maps while the service's
   * examples show arrays, and an array may also come wrapped as {@code {"failover":[...]}} or as
   * JSON text. Entries in any other shape are left out.
   */
  static Optional<MeshLocalityLb> localityLb(JsonNode value) {
    JsonNode node = JsonText.tree(value);
    if (!node.isObject()) {
      return Optional.empty();
    }
    MeshLocalityLb.Builder b = MeshLocalityLb.builder()
        .enabled(field(node, "Enabled").asBoolean(false));
    for (JsonNode f : entries(field(node, "Failover"), "failover")) {
      Optional<String> from = text(field(f, "from"));
      Optional<String> to = text(field(f, "to"));
      if (from.isPresent() && to.isPresent()) {
        b.addFailover(LocalityFailover.of(from.get(), to.get()));
      }
    }
    for (JsonNode d : entries(field(node, "Distribute"), "distribute")) {
      Optional<String> from = text(field(d, "from"));
      JsonNode to = field(d, "to");
      if (from.isPresent() && to.isObject()) {
        Map<String, Integer> weights = new LinkedHashMap<>();
        to.fields().forEachRemaining(w -> {
          if (w.getValue().canConvertToInt()) {
            weights.put(w.getKey(), w.getValue().asInt());
          }
        });
        b.addDistribute(LocalityDistribution.of(from.get(), weights));
      }
    }
    for (JsonNode p : entries(field(node, "FailoverPriority"), "failoverPriority")) {
      text(p).ifPresent(b::addFailoverPriority);
    }
    return Optional.of(b.build());
  }

  static List<MeshMemberCluster> memberClusters(AsmWire.Clusters body) throws JsonMappingException {
    List<MeshMemberCluster> out = new ArrayList<>();
    if (body.clusters() != null) {
      for (AsmWire.Cluster c : body.clusters()) {
        out.add(MeshMemberCluster.builder()
            .id(required(c.clusterId(), "Clusters[].ClusterId"))
            .name(orEmpty(c.name()))
            .typeAsString(orEmpty(c.clusterType()))
            .stateAsString(orEmpty(c.state()))
            .region(text(c.regionId()))
            .version(text(c.version()))
            .clusterDomain(text(c.clusterDomain()))
            .vpcId(text(c.vpcId()))
            .errorMessage(text(c.errorMessage()))
            .created(time(c.creationTime()))
            .updated(time(c.updateTime()))
            .build());
      }
    }
    return out;
  }

  static CandidateBatch candidates(AsmWire.Clusters body) throws JsonMappingException {
    List<CandidateCluster> out = new ArrayList<>();
    if (body.clusters() != null) {
      for (AsmWire.Cluster c : body.clusters()) {
        CandidateCluster.Builder b = CandidateCluster.builder()
            .id(required(c.clusterId(), "Clusters[].ClusterId"))
            .name(orEmpty(c.name()))
            .typeAsString(orEmpty(c.clusterType()))
            .stateAsString(orEmpty(c.state()))
            .region(text(c.regionId()))
            .vpcId(text(c.vpcId()))
            .version(text(c.version()))
            .clusterDomain(text(c.clusterDomain()))
            .errorMessage(text(c.errorMessage()))
            .created(time(c.creationTime()))
            .meshId(text(c.serviceMeshId()));
        if (c.forbiddenFlag() != null) {
          b.forbiddenFlag(c.forbiddenFlag());
        }
        JsonNode conflicts = JsonText.tree(c.forbiddenInfo());
        if (conflicts.isArray()) {
          for (JsonNode conflict : conflicts) {
            b.addConflict(CidrConflict.builder()
                .clusterId(textOrEmpty(field(conflict, "cluster")))
                .objectType(textOrEmpty(field(conflict, "object")))
                .cidr(textOrEmpty(field(conflict, "cidr")))
                .build());
          }
        }
        out.add(b.build());
      }
    }
    OptionalLong total = body.numberOfClusters() == null ? OptionalLong.empty()
        : OptionalLong.of(Math.max(0, body.numberOfClusters()));
    return new CandidateBatch(out, total);
  }

  static MeshKubeconfig kubeconfig(AsmWire.Kubeconfig body) throws JsonMappingException {
    return MeshKubeconfig.builder()
        .yaml(required(body.kubeconfig(), "Kubeconfig"))
        .expiresAt(time(body.expireTime()))
        .build();
  }

  static List<SwimLaneGroup> laneGroups(AsmWire.LaneGroups body) throws JsonMappingException {
    List<SwimLaneGroup> out = new ArrayList<>();
    if (body.swimLaneGroupList() != null) {
      for (AsmWire.LaneGroup g : body.swimLaneGroupList()) {
        SwimLaneGroup.Builder b = SwimLaneGroup.builder()
            .name(required(g.groupName(), "SwimLaneGroupList[].GroupName"))
            .ingressGatewayName(text(g.ingressGatewayName()))
            .ingressType(text(g.ingressType()))
            .routingStrategyAsString(text(g.ingressRoutingStrategy()))
            .permissive(Boolean.TRUE.equals(g.isPermissive()))
            .fallbackTarget(text(g.fallbackTarget()))
            .routeHeader(text(g.routeHeader()))
            .traceHeader(text(g.traceHeader()))
            .services(laneServices(g.serviceList()))
            .weightedIngressRule(weightedIngressRule(g.weightedIngressRule()));
        JsonNode labels = JsonText.tree(g.swimLaneLabels());
        if (labels.isObject()) {
          labels.fields().forEachRemaining(e -> b.putLaneLabel(e.getKey(), List.copyOf(
              e.getValue().isArray() ? JsonText.strings(e.getValue()) : text(e.getValue()).stream().toList())));
        }
        out.add(b.build());
      }
    }
    return out;
  }

  /** Reads GetSwimLaneList; a lane without a group name gets "" for the caller to fill in. */
  static List<SwimLane> lanes(AsmWire.Lanes body) throws JsonMappingException {
    List<SwimLane> out = new ArrayList<>();
    if (body.swimLaneList() != null) {
      for (AsmWire.Lane lane : body.swimLaneList()) {
        out.add(lane(lane, required(lane.name(), "SwimLaneList[].Name"), orEmpty(lane.groupName())));
      }
    }
    return out;
  }

  static SwimLane lane(AsmWire.Lane lane, String name, String groupName) {
    JsonNode services = lane.servicesList() != null ? lane.servicesList() : lane.serviceList();
    JsonNode weight = lane.weightedIngressDestination() != null
        ? lane.weightedIngressDestination() : lane.weightedIngressDestinatin();
    SwimLane.Builder b = SwimLane.builder()
        .name(name)
        .groupName(groupName)
        .labelSelectorKey(orEmpty(lane.labelSelectorKey()))
        .labelSelectorValue(orEmpty(lane.labelSelectorValue()))
        .services(laneServices(services))
        .ingressWeight(ingressWeight(weight));
    JsonNode messages = JsonText.tree(lane.validationMessage());
    if (messages.isArray()) {
      for (JsonNode m : messages) {
        b.addValidationMessage(LaneValidationMessage.builder()
            .code(textOrEmpty(field(m, "code")))
            .level(textOrEmpty(field(m, "level")))
            .message(textOrEmpty(field(m, "message")))
            .build());
      }
    }
    return b.build();
  }

  /** Reads {@code clusterName/clusterId/namespace/name}, filling missing leading parts with "". */
  static List<LaneService> laneServices(JsonNode value) {
    List<LaneService> out = new ArrayList<>();
    for (String path : JsonText.strings(value)) {
      String[] parts = path.split("/", -1);
      int n = parts.length;
      out.add(LaneService.of(n >= 4 ? String.join("/", Arrays.copyOfRange(parts, 0, n - 3)) : "",
          n >= 3 ? parts[n - 3] : "", n >= 2 ? parts[n - 2] : "", parts[n - 1]));
    }
    return out;
  }

  static Optional<WeightedIngressRule> weightedIngressRule(JsonNode value) {
    JsonNode node = JsonText.tree(value);
    if (!node.isObject()) {
      return Optional.empty();
    }
    WeightedIngressRule.Builder b = WeightedIngressRule.builder().domains(JsonText.strings(field(node, "Domains")));
    for (JsonNode m : iterable(field(node, "MatchRequests"))) {
      IngressMatch.Builder match = IngressMatch.builder();
      JsonNode uri = field(m, "URI");
      if (uri.isObject()) {
        match.uri(laneMatch(uri));
      }
      for (JsonNode h : iterable(field(m, "Headers"))) {
        text(field(h, "Name")).ifPresent(name -> match.putHeader(name, laneMatch(h)));
      }
      b.addCondition(match.build());
    }
    return Optional.of(b.build());
  }

  private static LaneMatch laneMatch(JsonNode node) {
    return LaneMatch.builder()
        .modeAsString(textOrEmpty(field(node, "MatchingMode")))
        .content(textOrEmpty(field(node, "MatchingContent")))
        .build();
  }

  private static Optional<LaneIngressWeight> ingressWeight(JsonNode value) {
    JsonNode node = JsonText.tree(value);
    JsonNode destination = field(node, "RouteDestination");
    Optional<String> host = text(field(destination, "Host"));
    if (host.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(LaneIngressWeight.builder()
        .host(host.get())
        .subset(text(field(destination, "Subset")))
        .weight(field(node, "Weight").asInt(0))
        .build());
  }

  /**
   * Reads a time: ISO-8601 with an offset ({@code 2020-04-21T09:42:20+08:00}), an instant
   * ({@code ...Z}) or a zone-less {@code 2024-05-28 16:00:00}. Unreadable text gives nothing.
   */
  static Optional<Instant> time(String value) {
    Optional<String> text = text(value);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    String t = text.get().trim();
    try {
      return Optional.of(OffsetDateTime.parse(t).toInstant());
    } catch (DateTimeParseException notOffset) {
      try {
        return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZONELESS));
      } catch (DateTimeParseException notLocal) {
        return Optional.empty();
      }
    }
  }

  /** Reads an array, unwrapping {@code {"<key>":[...]}} and JSON text; other shapes give nothing. */
  private static Iterable<JsonNode> entries(JsonNode value, String key) {
    JsonNode node = JsonText.tree(value);
    if (node.isObject()) {
      node = JsonText.tree(field(node, key));
    }
    return iterable(node);
  }

  private static Iterable<JsonNode> iterable(JsonNode node) {
    JsonNode array = JsonText.tree(node);
    return array.isArray() ? array : List.of();
  }

  /** Returns a field by its exact name or with the first letter's case flipped. */
  private static JsonNode field(JsonNode node, String name) {
    JsonNode v = node.path(name);
    if (v.isMissingNode() || v.isNull()) {
      char first = name.charAt(0);
      String flipped = (Character.isUpperCase(first) ? Character.toLowerCase(first) : Character.toUpperCase(first))
          + name.substring(1);
      v = node.path(flipped);
    }
    return v;
  }

  private static Optional<String> text(JsonNode node) {
    return node == null || !node.isValueNode() || node.isNull() ? Optional.empty() : text(node.asText());
  }

  private static Optional<String> text(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static String textOrEmpty(JsonNode node) {
    return text(node).orElse("");
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  private static List<String> nonEmpty(List<String> values) {
    List<String> out = new ArrayList<>();
    if (values != null) {
      for (String value : values) {
        text(value).ifPresent(out::add);
      }
    }
    return out;
  }

  private static String required(String value, String field) throws JsonMappingException {
    return text(value).orElseThrow(() -> malformed("the answer has no " + field));
  }

  private static JsonMappingException malformed(String what) {
    return new JsonMappingException(null, what);
  }

  /** One page of candidate clusters and the total the service reported. */
  record CandidateBatch(List<CandidateCluster> clusters, OptionalLong total) {}
}
