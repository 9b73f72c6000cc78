package io.github.ackhybrid.testing.internal.asm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.Ids;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimRequest;
import io.github.ackhybrid.testing.internal.SimResponse;
import io.github.ackhybrid.testing.internal.SimService;
import io.github.ackhybrid.testing.internal.Times;
import io.github.ackhybrid.testing.internal.ack.ClusterStore;
import io.github.ackhybrid.testing.internal.ack.SimCluster;
import io.github.ackhybrid.testing.internal.kube.KubeApiServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The ASM (servicemesh 2020-01-11) RPC operations for meshes and member clusters. Every mutation
 * answers at once with a {@code RequestId} and no task id; the work then shows in
 * {@code ServiceMeshInfo.State}: {@code initial -> running} on create, {@code running -> updating
 * -> running} on adding or removing a cluster and on a feature change, {@code deleting} and then
 * gone on delete, after which the mesh answers 403 {@code StatusForbidden}.
 */
public final class AsmMeshService implements SimService {
  /** How long a new mesh stays {@code initial}. */
  static final Duration CREATE_TIME = Duration.ofMinutes(2);
  /** How long adding or removing a member cluster takes. */
  static final Duration MEMBER_CHANGE_TIME = Duration.ofMinutes(1);
  /** How long a feature change keeps the mesh {@code updating}. */
  static final Duration FEATURE_CHANGE_TIME = Duration.ofSeconds(30);
  /** How long a deletion takes before the mesh is gone. */
  static final Duration DELETE_TIME = Duration.ofMinutes(1);

  // The reference names no codes for these two; they follow ACK's naming and are kept here so a
  // live observation changes one line.
  static final String CLUSTER_NOT_FOUND = "ErrorClusterNotFound";
  static final String CLUSTER_IN_ANOTHER_MESH = "ErrorClusterAlreadyInServiceMesh";

  private static final Set<String> CLUSTER_SPECS = Set.of("standard", "enterprise", "ultimate");
  private static final Set<String> EDITIONS = Set.of("Default", "Pro");
  private static final String ISTIO_VERSION = "v1.22.6.71-g7d9dd0b1-aliyun";

  private final CloudState state;
  private final ClusterStore clusters;
  private final KubeApiServer kube;
  private final Map<String, SimMesh> meshes = new LinkedHashMap<>();
  private final Set<String> deleted = new HashSet<>();

  /**
   * Creates the service.
   *
   * @param state the shared state
   * @param clusters the ACK clusters, the candidates for membership
   * @param kube the meshes' control-plane Kubernetes API
   */
  public AsmMeshService(CloudState state, ClusterStore clusters, KubeApiServer kube) {
    this.state = state;
    this.clusters = clusters;
    this.kube = kube;
  }

  @Override
  public void register(Routes routes) {
    routes.rpc(Product.ASM, "CreateServiceMesh", (r, now) -> create(r, now))
        .rpc(Product.ASM, "DescribeServiceMeshes", (r, now) -> list(r))
        .rpc(Product.ASM, "DescribeServiceMeshDetail", (r, now) -> detail(r))
        .rpc(Product.ASM, "DeleteServiceMesh", (r, now) -> delete(r, now))
        .rpc(Product.ASM, "DescribeServiceMeshClusters", (r, now) -> candidates(r))
        .rpc(Product.ASM, "AddClusterIntoServiceMesh", (r, now) -> addCluster(r, now))
        .rpc(Product.ASM, "RemoveClusterFromServiceMesh", (r, now) -> removeCluster(r, now))
        .rpc(Product.ASM, "DescribeClustersInServiceMesh", (r, now) -> members(r))
        .rpc(Product.ASM, "DescribeServiceMeshKubeconfig", (r, now) -> kubeconfig(r, now))
        .rpc(Product.ASM, "UpdateMeshFeature", (r, now) -> updateFeature(r, now));
  }

  @Override
  public void reset() {
    meshes.values().forEach(mesh -> kube.closeMesh(mesh.id()));
    meshes.clear();
    deleted.clear();
  }

  /**
   * Returns every mesh as {@code DescribeServiceMeshDetail} shows it, oldest first.
   *
   * @return deep copies
   */
  public List<ObjectNode> all() {
    return meshes.values().stream().map(SimMesh::snapshot).toList();
  }

  /**
   * Returns one mesh as {@code DescribeServiceMeshDetail} shows it.
   *
   * @param meshId the mesh id
   * @return a deep copy, empty if there is no such mesh (or it is gone)
   */
  public Optional<ObjectNode> find(String meshId) {
    return Optional.ofNullable(meshes.get(meshId)).map(SimMesh::snapshot);
  }

  private SimResponse create(SimRequest request, Instant now) {
    Map<String, String> p = request.parameters();
    String region = required(p, "RegionId");
    String vpcId = required(p, "VpcId");
    List<String> vSwitches = stringArray(required(p, "VSwitches"), "VSwitches");
    if (vSwitches.isEmpty()) {
      throw ApiError.invalidParameter("VSwitches must name at least one vSwitch.");
    }
    String edition = optional(p, "Edition").orElse("Default");
    if (!EDITIONS.contains(edition)) {
      throw ApiError.invalidParameter("Edition must be Default or Pro, was " + edition + ".");
    }
    Optional<String> spec = optional(p, "ClusterSpec");
    if (spec.isPresent() && !CLUSTER_SPECS.contains(spec.get())) {
      throw ApiError.invalidParameter("ClusterSpec must be standard, enterprise or ultimate, was " + spec.get() + ".");
    }
    String name = optional(p, "Name").orElse("");
    if (!name.isEmpty() && meshes.values().stream().anyMatch(m -> m.info().path("Name").asText().equals(name))) {
      throw new ApiError(400, "NameAlreadyExist", "The service mesh name " + name + " already exists.");
    }
    boolean localityLb = bool(p, "LocalityLoadBalancing");
    Optional<JsonNode> localityConf = optional(p, "LocalityLBConf").map(text -> localityConf(text));
    boolean publicApiServer = bool(p, "ApiServerPublicEip");

    String id = Ids.hex("c", 32);
    ObjectNode mesh = Json.mapper().createObjectNode();
    mesh.put("ClusterSpec", spec.orElse(edition.equals("Pro") ? "enterprise" : "standard"));
    mesh.putArray("Clusters");
    ObjectNode endpoints = mesh.putObject("Endpoints");
    String apiServer = kube.openMesh(id);
    endpoints.put("IntranetApiServerEndpoint", apiServer);
    endpoints.put("PublicApiServerEndpoint", publicApiServer ? apiServer : "");
    endpoints.put("IntranetPilotEndpoint", "192.168.0.11:15011");
    endpoints.put("PublicPilotEndpoint", "");
    mesh.put("OwnerId", "");
    mesh.put("OwnerType", "");
    ObjectNode info = mesh.putObject("ServiceMeshInfo");
    info.put("ServiceMeshId", id);
    info.put("Name", name);
    info.put("RegionId", region);
    info.put("Profile", edition);
    info.put("State", "initial");
    info.put("ErrorMessage", "");
    info.put("Version", optional(p, "IstioVersion").orElse(ISTIO_VERSION));
    info.put("CreationTime", Times.rfc3339(now));
    info.put("UpdateTime", Times.rfc3339(now));
    ObjectNode meshSpec = mesh.putObject("Spec");
    ObjectNode lb = meshSpec.putObject("LoadBalancer");
    lb.put("ApiServerLoadbalancerId", Ids.hex("lb-", 20));
    lb.put("ApiServerPublicEip", publicApiServer);
    lb.put("PilotPublicEip", false);
    ObjectNode config = meshSpec.putObject("MeshConfig");
    config.put("OutboundTrafficPolicy", "ALLOW_ANY");
    config.put("Telemetry", bool(p, "Telemetry"));
    config.put("Tracing", bool(p, "Tracing"));
    ObjectNode network = meshSpec.putObject("Network");
    network.put("VpcId", vpcId);
    ArrayNode vsw = network.putArray("VSwitches");
    vSwitches.forEach(vsw::add);
    network.put("SecurityGroupId", Ids.hex("sg-", 20));
    ArrayNode tagArray = mesh.putArray("Tag");
    tags(p).forEach((key, value) -> tagArray.addObject().put("Key", key).put("Value", value));
    mesh.put("Upgradable", false);
    SimMesh created = new SimMesh(id, mesh);
    setLocality(created, localityLb, localityConf);
    meshes.put(id, created);
    state.timeline().at(now.plus(CREATE_TIME), at -> {
      if (meshes.get(id) == created && created.state().equals("initial")) {
        created.state("running", at);
      }
    });
    ObjectNode body = ok(request);
    body.put("ServiceMeshId", id);
    return SimResponse.json(200, body);
  }

  private SimResponse list(SimRequest request) {
    Map<String, String> wanted = tags(request.parameters());
    ObjectNode body = ok(request);
    ArrayNode items = body.putArray("ServiceMeshes");
    meshes.values().stream()
        .map(SimMesh::snapshot)
        .filter(mesh -> wanted.entrySet().stream().allMatch(w -> hasTag(mesh, w.getKey(), w.getValue())))
        .forEach(items::add);
    return SimResponse.json(200, body);
  }

  private static boolean hasTag(ObjectNode mesh, String key, String value) {
    for (JsonNode tag : mesh.path("Tag")) {
      if (tag.path("Key").asText().equals(key) && tag.path("Value").asText().equals(value)) {
        return true;
      }
    }
    return false;
  }

  /** Reads the flattened {@code Tag.N.Key} / {@code Tag.N.Value} parameters, N from 1 (asm-mesh-api.md §2). */
  private static Map<String, String> tags(Map<String, String> p) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (int i = 1; p.containsKey("Tag." + i + ".Key"); i++) {
      tags.put(p.get("Tag." + i + ".Key"), p.getOrDefault("Tag." + i + ".Value", ""));
    }
    return tags;
  }

  private SimResponse detail(SimRequest request) {
    SimMesh mesh = mesh(request);
    ObjectNode body = ok(request);
    body.set("ServiceMesh", mesh.snapshot());
    return SimResponse.json(200, body);
  }

  private SimResponse delete(SimRequest request, Instant now) {
    SimMesh mesh = mesh(request);
    if (mesh.state().equals("initial")) {
      throw new ApiError(400, "StillInitializing", "The service mesh " + mesh.id() + " is still initializing.");
    }
    if (mesh.state().equals("deleting")) {
      return SimResponse.json(200, ok(request));
    }
    if (!mesh.members().isEmpty() && !bool(request.parameters(), "Force")) {
      throw new ApiError(400, "ErrorPermitted.ClustersNotEmpty",
          "The service mesh " + mesh.id() + " still has member clusters; remove them or delete with Force=true.");
    }
    mesh.state("deleting", now);
    state.timeline().at(now.plus(DELETE_TIME), at -> {
      if (meshes.remove(mesh.id()) != null) {
        deleted.add(mesh.id());
        kube.closeMesh(mesh.id());
      }
    });
    return SimResponse.json(200, ok(request));
  }

  private SimResponse candidates(SimRequest request) {
    Map<String, String> p = request.parameters();
    long limit = number(p, "Limit", 100);
    long offset = number(p, "Offset", 0);
    List<SimCluster> all = clusters.all();
    ObjectNode body = ok(request);
    body.put("NumberOfClusters", all.size());
    ArrayNode items = body.putArray("Clusters");
    all.stream().skip(offset).limit(limit).forEach(cluster -> {
      ObjectNode item = clusterJson(cluster, cluster.state());
      Optional<SimMesh> owner = owner(cluster.id());
      item.put("ServiceMeshId", owner.map(SimMesh::id).orElse(""));
      item.put("ForbiddenFlag", 0);
      item.put("ForbiddenInfo", "");
      items.add(item);
    });
    return SimResponse.json(200, body);
  }

  private SimResponse addCluster(SimRequest request, Instant now) {
    SimMesh mesh = runningMesh(request);
    String clusterId = required(request.parameters(), "ClusterId");
    SimCluster cluster = clusters.find(clusterId).orElseThrow(() -> new ApiError(404, CLUSTER_NOT_FOUND,
        "The cluster " + clusterId + " does not exist."));
    Optional<SimMesh> owner = owner(clusterId);
    if (owner.isPresent()) {
      throw new ApiError(400, CLUSTER_IN_ANOTHER_MESH, "The cluster " + clusterId
          + " is already in the service mesh " + owner.get().id() + ".");
    }
    if (!cluster.state().equals("running")) {
      throw new ApiError(400, "InvalidParameter", "The cluster " + clusterId + " is " + cluster.state()
          + "; only a running cluster can join a service mesh.");
    }
    SimMesh.Member member = new SimMesh.Member(clusterId, "starting", now);
    mesh.members().put(clusterId, member);
    mesh.state("updating", now);
    state.timeline().at(now.plus(MEMBER_CHANGE_TIME), at -> {
      if (mesh.members().get(clusterId) == member && member.state().equals("starting")) {
        member.state("running", at);
      }
      settle(mesh, at);
    });
    return SimResponse.json(200, success(request));
  }

  private SimResponse removeCluster(SimRequest request, Instant now) {
    SimMesh mesh = runningMesh(request);
    String clusterId = required(request.parameters(), "ClusterId");
    SimMesh.Member member = mesh.members().get(clusterId);
    if (member == null) {
      throw new ApiError(404, CLUSTER_NOT_FOUND, "The cluster " + clusterId + " is not in the service mesh "
          + mesh.id() + ".");
    }
    member.state("stopping", now);
    mesh.state("updating", now);
    state.timeline().at(now.plus(MEMBER_CHANGE_TIME), at -> {
      mesh.members().remove(clusterId, member);
      settle(mesh, at);
    });
    return SimResponse.json(200, success(request));
  }

  private SimResponse members(SimRequest request) {
    SimMesh mesh = mesh(request);
    ObjectNode body = ok(request);
    ArrayNode items = body.putArray("Clusters");
    for (SimMesh.Member member : mesh.members().values()) {
      Optional<SimCluster> cluster = clusters.find(member.clusterId());
      ObjectNode item = cluster.map(c -> clusterJson(c, member.state()))
          .orElseGet(() -> Json.mapper().createObjectNode().put("ClusterId", member.clusterId())
              .put("State", "failed").put("ErrorMessage", "The cluster no longer exists."));
      item.put("CreationTime", member.created());
      item.put("UpdateTime", member.updated());
      item.put("LogtailInstalledState", "logtail_uninstalled");
      item.putArray("AccessLogDashboards");
      item.putObject("GuestClusterConfig").putObject("SMC").put("Enabled", false);
      items.add(item);
    }
    return SimResponse.json(200, body);
  }

  private SimResponse kubeconfig(SimRequest request, Instant now) {
    SimMesh mesh = mesh(request);
    if (mesh.state().equals("initial")) {
      throw new ApiError(400, "StillInitializing", "The service mesh " + mesh.id() + " is still initializing.");
    }
    boolean intranet = bool(request.parameters(), "PrivateIpAddress");
    if (!intranet && !mesh.snapshot().path("Spec").path("LoadBalancer").path("ApiServerPublicEip").asBoolean()) {
      throw ApiError.invalidParameter("The service mesh " + mesh.id()
          + " has no public API server endpoint; set PrivateIpAddress=true or bind an EIP.");
    }
    ObjectNode body = ok(request);
    body.put("Kubeconfig", kube.meshKubeconfig(mesh.id()));
    body.put("ExpireTime", Times.stage(now.plus(Duration.ofDays(3 * 365))));
    return SimResponse.json(200, body);
  }

  private SimResponse updateFeature(SimRequest request, Instant now) {
    SimMesh mesh = runningMesh(request);
    Map<String, String> p = request.parameters();
    Optional<JsonNode> conf = optional(p, "LocalityLBConf").map(text -> localityConf(text));
    boolean enabled = optional(p, "LocalityLoadBalancing").map(Boolean::parseBoolean)
        .orElse(mesh.meshConfig().path("EnableLocalityLB").asBoolean());
    setLocality(mesh, enabled, conf);
    mesh.state("updating", now);
    state.timeline().at(now.plus(FEATURE_CHANGE_TIME), at -> settle(mesh, at));
    return SimResponse.json(200, ok(request));
  }

  /** The mesh is running again once no member is still joining or leaving. */
  private void settle(SimMesh mesh, Instant at) {
    if (meshes.get(mesh.id()) != mesh || !mesh.state().equals("updating")) {
      return;
    }
    boolean busy = mesh.members().values().stream()
        .anyMatch(m -> m.state().equals("starting") || m.state().equals("stopping"));
    if (!busy) {
      mesh.state("running", at);
    }
  }

  private static void setLocality(SimMesh mesh, boolean enabled, Optional<JsonNode> conf) {
    ObjectNode config = mesh.meshConfig();
    config.put("EnableLocalityLB", enabled);
    ObjectNode locality = config.has("LocalityLB") ? (ObjectNode) config.get("LocalityLB") : config.putObject("LocalityLB");
    locality.put("Enabled", enabled);
    if (conf.isPresent()) {
      locality.remove(List.of("Failover", "Distribute", "FailoverPriority"));
      copy(conf.get(), "failover", locality, "Failover");
      copy(conf.get(), "distribute", locality, "Distribute");
      copy(conf.get(), "failoverPriority", locality, "FailoverPriority");
    }
  }

  private static void copy(JsonNode conf, String from, ObjectNode to, String field) {
    if (conf.has(from)) {
      to.set(field, conf.get(from).deepCopy());
    }
  }

  private static JsonNode localityConf(String text) {
    JsonNode conf;
    try {
      conf = Json.mapper().readTree(text);
    } catch (IOException e) {
      throw ApiError.invalidParameter("LocalityLBConf is not valid JSON.");
    }
    if (conf == null || !conf.isObject()) {
      throw ApiError.invalidParameter("LocalityLBConf must be a JSON object.");
    }
    if (conf.has("failover") && conf.has("distribute")) {
      throw ApiError.invalidParameter("LocalityLBConf: can not simultaneously specify 'distribute' and 'failover'");
    }
    for (JsonNode f : conf.path("failover")) {
      if (f.path("from").asText().equals(f.path("to").asText())) {
        throw ApiError.invalidParameter("LocalityLBConf: locality lb failover settings must specify different regions");
      }
    }
    for (JsonNode d : conf.path("distribute")) {
      int total = 0;
      for (JsonNode weight : d.path("to")) {
        total += weight.asInt();
      }
      if (total != 100) {
        throw ApiError.invalidParameter("LocalityLBConf: total locality weight " + total + " != 100");
      }
    }
    return conf;
  }

  private ObjectNode clusterJson(SimCluster cluster, String memberState) {
    ObjectNode c = cluster.snapshot();
    ObjectNode item = Json.mapper().createObjectNode();
    item.put("ClusterId", cluster.id());
    item.put("Name", c.path("name").asText());
    item.put("ClusterType", c.path("cluster_type").asText());
    item.put("ClusterDomain", c.path("cluster_domain").asText("cluster.local"));
    item.put("RegionId", cluster.region());
    item.put("VpcId", c.path("vpc_id").asText());
    item.put("SgId", c.path("security_group_id").asText());
    item.put("Version", c.path("current_version").asText());
    item.put("State", memberState);
    item.put("ErrorMessage", "");
    item.put("CreationTime", c.path("created").asText());
    item.put("UpdateTime", c.path("updated").asText());
    return item;
  }

  private Optional<SimMesh> owner(String clusterId) {
    return meshes.values().stream().filter(m -> m.members().containsKey(clusterId)).findFirst();
  }

  /**
   * Finds the mesh a request names in {@code ServiceMeshId}, for the other ASM operations.
   *
   * @param request the request
   * @return the mesh
   * @throws ApiError 400 {@code MissingParameter} without an id, 403 {@code StatusForbidden} for a
   *     deleted mesh, 404 {@code ServiceMesh.NotFound} for an unknown one
   */
  SimMesh mesh(SimRequest request) {
    String id = required(request.parameters(), "ServiceMeshId");
    SimMesh mesh = meshes.get(id);
    if (mesh != null) {
      return mesh;
    }
    if (deleted.contains(id)) {
      throw new ApiError(403, "StatusForbidden", "The service mesh " + id + " has been deleted.");
    }
    throw new ApiError(404, "ServiceMesh.NotFound", "The service mesh " + id + " does not exist.");
  }

  private SimMesh runningMesh(SimRequest request) {
    SimMesh mesh = mesh(request);
    if (mesh.state().equals("initial")) {
      throw new ApiError(400, "StillInitializing", "The service mesh " + mesh.id() + " is still initializing.");
    }
    if (mesh.state().equals("deleting")) {
      throw new ApiError(403, "StatusForbidden", "The service mesh " + mesh.id() + " is being deleted.");
    }
    return mesh;
  }

  private static ObjectNode ok(SimRequest request) {
    return Json.mapper().createObjectNode().put("RequestId", request.requestId());
  }

  private static ObjectNode success(SimRequest request) {
    return ok(request).put("Message", "success").put("Code", "200");
  }

  private static String required(Map<String, String> p, String name) {
    return optional(p, name).orElseThrow(() -> ApiError.missingParameter(name));
  }

  private static Optional<String> optional(Map<String, String> p, String name) {
    String value = p.get(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static boolean bool(Map<String, String> p, String name) {
    Optional<String> value = optional(p, name);
    if (value.isPresent() && !value.get().equals("true") && !value.get().equals("false")) {
      throw ApiError.invalidParameter(name + " must be true or false, was " + value.get() + ".");
    }
    return value.map(Boolean::parseBoolean).orElse(false);
  }

  private static long number(Map<String, String> p, String name, long fallback) {
    Optional<String> value = optional(p, name);
    try {
      long n = value.map(Long::parseLong).orElse(fallback);
      if (n < 0) {
        throw ApiError.invalidParameter(name + " must not be negative, was " + n + ".");
      }
      return n;
    } catch (NumberFormatException e) {
      throw ApiError.invalidParameter(name + " must be a number, was " + value.orElse("") + ".");
    }
  }

  private static List<String> stringArray(String text, String name) {
    JsonNode node;
    try {
      node = Json.mapper().readTree(text);
    } catch (IOException e) {
      throw ApiError.invalidParameter(name + " must be a JSON array of strings, such as [\"vsw-1\"].");
    }
    if (node == null || !node.isArray()) {
      throw ApiError.invalidParameter(name + " must be a JSON array of strings, such as [\"vsw-1\"].");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : node) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw ApiError.invalidParameter(name + " must be a JSON array of strings, such as [\"vsw-1\"].");
      }
      out.add(item.asText());
    }
    return out;
  }
}
