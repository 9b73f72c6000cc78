package io.github.ackhybrid.testing.internal.ack;

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
import io.github.ackhybrid.testing.internal.kube.KubeApiServer;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ACK cluster API (CS 2015-12-15, ROA) as the reference describes it: CreateCluster,
 * DescribeClusterDetail, DescribeClustersV1, ModifyCluster, DeleteCluster, DescribeTaskInfo,
 * DescribeExternalAgent and DescribeClusterUserKubeconfig.
 *
 * <p>Lifecycles, in simulated time:
 * <ul>
 *   <li>registered ({@code ExternalKubernetes}): {@code initial} for 30 s, then {@code waiting}
 *       until its agent connects ({@link #connectAgent}, or by itself a configurable delay after the
 *       agent manifest was first fetched), then {@code running}; {@link #disconnectAgent} makes it
 *       {@code disconnected};
 *   <li>managed ({@code ManagedKubernetes}, {@code ack.pro.small} or {@code ack.standard}):
 *       {@code initial} for 10 minutes, then {@code running};
 *   <li>modify: a running cluster is {@code updating} for 1 minute;
 *   <li>delete: {@code deleting} for 5 minutes (1 for a registered cluster), then gone: every
 *       read answers 404 {@code ErrorClusterNotFound}. Deleting a cluster already being deleted
 *       answers its existing task again.
 * </ul>
 * Each of these runs as a task ({@code cluster_create} as in the reference; {@code cluster_update}
 * and {@code cluster_delete} are the simulator's names); a task made to fail leaves the cluster
 * {@code failed}, {@code updating_failed} or {@code delete_failed}.
 *
 * <p>The agent manifest is served from creation on for registered clusters (400
 * {@code InvalidParameter} for a managed one); the first fetch starts the auto-connect countdown.
 * A kubeconfig is served once the cluster has left {@code initial}, valid for
 * {@code TemporaryDurationMinutes} (15-4320) or, without it, three years; every call mints a new
 * token. An unknown task answers 404 {@code ErrorTaskNotFound} (the simulator's choice; no source
 * names the real code). {@code DescribeClustersV1} lists newest first, {@code page_size} 1-100
 * (default 10; the reference gives no bounds).
 *
 * <p>Validation answers 400: {@code MissingParameter} or {@code InvalidParameter} for the body
 * (see {@link ClusterBodies}), {@code ClusterNameAlreadyExist} for a name taken
 * in the region, {@code QuotaExceeded.Cluster} beyond the quotas, and {@code ErrorClusterState}
 * for an operation the cluster's state does not allow. Deleting a cluster with deletion
 * protection answers 400 {@code ErrorDeletionProtection}.
 */
public final class AckClusterService implements SimService {
  private static final Duration REGISTERED_CREATE = Duration.ofSeconds(30);
  private static final Duration MANAGED_CREATE = Duration.ofMinutes(10);
  private static final Duration UPDATE = Duration.ofMinutes(1);
  private static final Duration REGISTERED_DELETE = Duration.ofMinutes(1);
  private static final Duration MANAGED_DELETE = Duration.ofMinutes(5);
  /** The Kubernetes version a registered cluster reports once its agent connects. */
  private static final String EXTERNAL_VERSION = "1.33.3";

  private static final Set<String> ENDED = Set.of("failed", "deleting", "delete_failed");
  private static final Duration DEFAULT_KUBECONFIG_VALIDITY = Duration.ofDays(3 * 365);

  private final CloudState state;
  private final ClusterStore clusters;
  private final Duration agentAutoConnect;
  private final KubeApiServer kube;
  private final String defaultResourceGroup = Ids.hex("rg-acfm", 11);
  private int addresses;

  /**
   * Creates the service.
   *
   * @param state the shared state
   * @param clusters the cluster store it manages
   * @param agentAutoConnect how long after the agent manifest is first fetched a registered
   *     cluster's agent connects by itself; zero for never
   * @param kube the Kubernetes API server the clusters' kubeconfigs point at
   */
  public AckClusterService(CloudState state, ClusterStore clusters, Duration agentAutoConnect, KubeApiServer kube) {
    this.state = state;
    this.clusters = clusters;
    this.agentAutoConnect = agentAutoConnect;
    this.kube = kube;
  }

  @Override
  public void register(Routes routes) {
    routes.roa(Product.ACK, "POST", "/clusters", "CreateCluster", this::createCluster)
        .roa(Product.ACK, "GET", "/clusters/{ClusterId}", "DescribeClusterDetail", this::describeClusterDetail)
        .roa(Product.ACK, "GET", "/api/v1/clusters", "DescribeClustersV1", this::describeClustersV1)
        .roa(Product.ACK, "PUT", "/api/v2/clusters/{ClusterId}", "ModifyCluster", this::modifyCluster)
        .roa(Product.ACK, "DELETE", "/clusters/{ClusterId}", "DeleteCluster", this::deleteCluster)
        .roa(Product.ACK, "GET", "/tasks/{task_id}", "DescribeTaskInfo", this::describeTaskInfo)
        .roa(Product.ACK, "GET", "/k8s/{ClusterId}/external/agent/deployment", "DescribeExternalAgent",
            this::describeExternalAgent)
        .roa(Product.ACK, "GET", "/k8s/{ClusterId}/user_config", "DescribeClusterUserKubeconfig",
            this::describeClusterUserKubeconfig);
  }

  @Override
  public void reset() {
    clusters.all().forEach(cluster -> kube.closeCluster(cluster.id()));
    clusters.clear();
    addresses = 0;
  }

  /**
   * Connects a registered cluster's agent: a {@code waiting} or {@code disconnected} cluster
   * becomes {@code running}; one still {@code initial} becomes {@code running} when its creation
   * task ends. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @param now the simulated time
   * @throws IllegalStateException if there is no such cluster, it is not a registered cluster, or
   *     it failed or is being deleted
   */
  public void connectAgent(String clusterId, Instant now) {
    SimCluster cluster = registeredCluster(clusterId);
    if (ENDED.contains(cluster.state())) {
      throw new IllegalStateException("cluster " + clusterId + " is " + cluster.state() + "; its agent cannot connect");
    }
    connect(cluster, now);
  }

  /**
   * Disconnects a running registered cluster's agent; the cluster becomes {@code disconnected}.
   * Call under the state lock.
   *
   * @param clusterId the cluster id
   * @param now the simulated time
   * @throws IllegalStateException if there is no such cluster, it is not a registered cluster, or
   *     it is not running
   */
  public void disconnectAgent(String clusterId, Instant now) {
    SimCluster cluster = registeredCluster(clusterId);
    if (!cluster.state().equals("running")) {
      throw new IllegalStateException("cluster " + clusterId + " is " + cluster.state() + ", not running");
    }
    cluster.agentConnected(false);
    cluster.state("disconnected", now);
  }

  private SimCluster registeredCluster(String clusterId) {
    SimCluster cluster = clusters.find(clusterId)
        .orElseThrow(() -> new IllegalStateException("the simulator has no cluster " + clusterId));
    if (!cluster.registered()) {
      throw new IllegalStateException("cluster " + clusterId
          + " is a ManagedKubernetes cluster; only registered (ExternalKubernetes) clusters have an agent");
    }
    return cluster;
  }

  private void connect(SimCluster cluster, Instant at) {
    cluster.agentConnected(true);
    ObjectNode json = cluster.json();
    if (json.path("current_version").asText().isEmpty()) {
      json.put("current_version", EXTERNAL_VERSION);
      json.put("init_version", EXTERNAL_VERSION);
      cluster.refreshMetaData();
    }
    if (cluster.state().equals("waiting") || cluster.state().equals("disconnected")) {
      cluster.state("running", at);
    }
  }

  private SimResponse createCluster(SimRequest request, Instant now) {
    ClusterBodies.Created spec = ClusterBodies.create(request.jsonBody(), defaultResourceGroup);
    boolean registered = spec.registered();
    ObjectNode json = spec.json();
    checkUnique(spec.name(), spec.region());
    checkQuota(registered);
    String id = Ids.hex("c", 32);
    json.put("cluster_id", id);
    json.put("state", "initial");
    json.put("size", 0);
    json.put("created", Times.rfc3339(now));
    json.put("updated", Times.rfc3339(now));
    SimCluster cluster = clusters.add(id, registered, json);
    String intranet = "https://192.168." + (addresses / 250) + "." + (addresses % 250 + 2) + ":6443";
    String internet = spec.publicEndpoint()
        ? "https://47.96." + (addresses / 250) + "." + (addresses % 250 + 10) + ":6443" : "";
    addresses++;
    json.put("master_url", ClusterBodies.masterUrl(intranet, internet));
    for (ObjectNode addon : spec.addons()) {
      addon.put("state", "updating");
      cluster.addons().put(addon.path("name").asText(), addon);
    }
    cluster.refreshMetaData();
    String taskId = state.tasks().start("cluster_create", id, "CreateCluster", now,
        registered ? REGISTERED_CREATE : MANAGED_CREATE,
        at -> created(cluster, at),
        (at, code) -> {
          if (clusters.contains(cluster) && cluster.state().equals("initial")) {
            cluster.state("failed", at);
          }
        });
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("cluster_id", id);
    answer.put("request_id", request.requestId());
    answer.put("task_id", taskId);
    return SimResponse.json(200, answer);
  }

  private void created(SimCluster cluster, Instant at) {
    if (!clusters.contains(cluster) || !cluster.state().equals("initial")) {
      return;
    }
    cluster.addons().values().forEach(addon -> addon.put("state", "active"));
    if (cluster.registered() && !cluster.agentConnected()) {
      cluster.state("waiting", at);
    } else {
      cluster.state("running", at);
    }
  }

  private void checkUnique(String name, String region) {
    for (SimCluster other : clusters.all()) {
      if (other.region().equals(region) && other.json().path("name").asText().equals(name)) {
        throw new ApiError(400, "ClusterNameAlreadyExist", "The cluster name " + name + " already exists in " + region + ".");
      }
    }
  }

  private void checkQuota(boolean registered) {
    List<SimCluster> all = clusters.all();
    if (all.size() >= Quotas.CLUSTERS) {
      throw new ApiError(400, "QuotaExceeded.Cluster", "The cluster quota of " + Quotas.CLUSTERS + " is used up.");
    }
    long managed = all.stream().filter(c -> !c.registered()).count();
    if (!registered && managed >= Quotas.MANAGED_CLUSTERS) {
      throw new ApiError(400, "QuotaExceeded.Cluster",
          "The managed cluster quota of " + Quotas.MANAGED_CLUSTERS + " is used up.");
    }
  }

  private SimResponse describeClusterDetail(SimRequest request, Instant now) {
    return SimResponse.json(200, clusters.require(request.pathParam("ClusterId")).snapshot());
  }

  private SimResponse describeClustersV1(SimRequest request, Instant now) {
    int pageNumber = Fields.intParam(request.queryParam("page_number"), "page_number", 1, 1, Integer.MAX_VALUE);
    int pageSize = Fields.intParam(request.queryParam("page_size"), "page_size", 10, 1, 100);
    Optional<String> name = request.queryParam("name");
    List<SimCluster> matching = new ArrayList<>();
    List<SimCluster> all = clusters.all();
    for (int i = all.size() - 1; i >= 0; i--) {
      SimCluster cluster = all.get(i);
      ObjectNode json = cluster.json();
      if (name.map(n -> json.path("name").asText().contains(n)).orElse(true)
          && equalsFilter(request, "cluster_type", json)
          && equalsFilter(request, "cluster_spec", json)
          && equalsFilter(request, "profile", json)
          && equalsFilter(request, "region_id", json)
          && equalsFilter(request, "cluster_id", json)) {
        matching.add(cluster);
      }
    }
    ObjectNode answer = Json.mapper().createObjectNode();
    ArrayNode page = answer.putArray("clusters");
    long from = (long) (pageNumber - 1) * pageSize;
    for (long i = from; i < Math.min(matching.size(), from + pageSize); i++) {
      page.add(matching.get((int) i).snapshot());
    }
    ObjectNode info = answer.putObject("page_info");
    info.put("page_number", pageNumber);
    info.put("page_size", pageSize);
    info.put("total_count", matching.size());
    return SimResponse.json(200, answer);
  }

  private static boolean equalsFilter(SimRequest request, String field, ObjectNode json) {
    return request.queryParam(field).map(v -> v.equals(json.path(field).asText())).orElse(true);
  }

  private SimResponse modifyCluster(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    JsonNode body = request.jsonBody();
    if (body.isNull()) {
      body = Json.mapper().createObjectNode();
    }
    if (!body.isObject()) {
      throw ApiError.invalidParameter("The request body must be a JSON object.");
    }
    if (ENDED.contains(cluster.state())) {
      throw clusterState(cluster, "modified");
    }
    ObjectNode json = cluster.json();
    Optional<String> newName = Fields.text(body, "cluster_name").map(n -> ClusterBodies.checkName("cluster_name", n));
    Optional<Boolean> protection = Fields.bool(body, "deletion_protection");
    Optional<String> group = Fields.text(body, "resource_group_id");
    Optional<JsonNode> window = Fields.object(body, "maintenance_window");
    Optional<JsonNode> policy = Fields.object(body, "operation_policy");
    Optional<String> timezone = Fields.text(body, "timezone");
    if (newName.isPresent() && !newName.get().equals(json.path("name").asText())) {
      checkUnique(newName.get(), cluster.region());
    }
    newName.ifPresent(n -> json.put("name", n));
    protection.ifPresent(p -> json.put("deletion_protection", p));
    group.ifPresent(g -> json.put("resource_group_id", g));
    window.ifPresent(w -> json.withObject("maintenance_window").setAll((ObjectNode) w));
    policy.ifPresent(p -> json.set("operation_policy", p.deepCopy()));
    timezone.ifPresent(t -> json.put("timezone", t));
    json.put("updated", Times.rfc3339(now));
    boolean wasRunning = cluster.state().equals("running");
    if (wasRunning) {
      cluster.state("updating", now);
    }
    String taskId = state.tasks().start("cluster_update", cluster.id(), "ModifyCluster", now, UPDATE,
        at -> {
          if (clusters.contains(cluster) && cluster.state().equals("updating")) {
            cluster.state("running", at);
          }
        },
        (at, code) -> {
          if (clusters.contains(cluster) && cluster.state().equals("updating")) {
            cluster.state("updating_failed", at);
          }
        });
    return SimResponse.json(200, taskAnswer(cluster.id(), request.requestId(), taskId));
  }

  private SimResponse deleteCluster(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    request.queryParam("keep_slb").ifPresent(v -> Fields.parseBool("keep_slb", v));
    request.queryParam("retain_all_resources").ifPresent(v -> Fields.parseBool("retain_all_resources", v));
    request.queryParam("retain_resources").ifPresent(AckClusterService::checkRetainResources);
    request.queryParam("delete_options").ifPresent(AckClusterService::checkDeleteOptions);
    if (cluster.state().equals("deleting")) {
      return SimResponse.json(200, taskAnswer(cluster.id(), request.requestId(), cluster.deleteTaskId()));
    }
    // No public source states the code ACK refuses a protected cluster with (docs, the CS SDK and
    // terraform-provider-alicloud were searched); the simulator uses CS's Error* naming, which
    // sdk-core's ServiceErrors already maps to ConflictException.
    if (cluster.json().path("deletion_protection").asBoolean()) {
      throw new ApiError(400, "ErrorDeletionProtection", "The cluster " + cluster.id()
          + " has deletion protection enabled; disable it with ModifyCluster before deleting the cluster.");
    }
    cluster.state("deleting", now);
    String taskId = state.tasks().start("cluster_delete", cluster.id(), "DeleteCluster", now,
        cluster.registered() ? REGISTERED_DELETE : MANAGED_DELETE,
        at -> {
          clusters.remove(cluster, at);
          kube.closeCluster(cluster.id());
        },
        (at, code) -> {
          if (clusters.contains(cluster)) {
            cluster.state("delete_failed", at);
          }
        });
    cluster.deleteTaskId(taskId);
    return SimResponse.json(200, taskAnswer(cluster.id(), request.requestId(), taskId));
  }

  private static void checkRetainResources(String text) {
    JsonNode ids = parseJsonText("retain_resources", text);
    if (!ids.isArray()) {
      throw ApiError.invalidParameter("retain_resources must be a JSON array of resource ids, was \"" + text + "\".");
    }
    for (JsonNode id : ids) {
      if (!id.isTextual()) {
        throw ApiError.invalidParameter("retain_resources must be a JSON array of resource ids, was \"" + text + "\".");
      }
    }
  }

  private static void checkDeleteOptions(String text) {
    JsonNode options = parseJsonText("delete_options", text);
    if (!options.isArray()) {
      throw ApiError.invalidParameter("delete_options must be a JSON array of {resource_type, delete_mode}.");
    }
    for (JsonNode option : options) {
      String mode = option.path("delete_mode").asText("");
      if (option.path("resource_type").asText("").isEmpty() || !(mode.equals("delete") || mode.equals("retain"))) {
        throw ApiError.invalidParameter("delete_options entries need a resource_type and a delete_mode of"
            + " delete or retain.");
      }
    }
  }

  private static JsonNode parseJsonText(String field, String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (IOException e) {
      throw ApiError.invalidParameter(field + " must be JSON text, was \"" + text + "\".");
    }
  }

  private static ObjectNode taskAnswer(String clusterId, String requestId, String taskId) {
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("cluster_id", clusterId);
    answer.put("request_id", requestId);
    answer.put("task_id", taskId);
    return answer;
  }

  private static ApiError clusterState(SimCluster cluster, String what) {
    return new ApiError(400, "ErrorClusterState", "The cluster " + cluster.id() + " is " + cluster.state()
        + " and cannot be " + what + " now.");
  }

  private SimResponse describeTaskInfo(SimRequest request, Instant now) {
    String taskId = request.pathParam("task_id");
    return SimResponse.json(200, state.tasks().find(taskId)
        .orElseThrow(() -> new ApiError(404, "ErrorTaskNotFound", "The task " + taskId + " was not found.")));
  }

  private SimResponse describeExternalAgent(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    if (!cluster.registered()) {
      throw ApiError.invalidParameter("The cluster " + cluster.id() + " is a ManagedKubernetes cluster;"
          + " agent manifests exist for registered (ExternalKubernetes) clusters only.");
    }
    if (ENDED.contains(cluster.state())) {
      throw clusterState(cluster, "connected");
    }
    boolean privateNetwork = request.queryParam("PrivateIpAddress")
        .map(v -> Fields.parseBool("PrivateIpAddress", v)).orElse(false);
    String mode = request.queryParam("AgentMode").orElse("admin");
    if (!mode.equals("admin") && !mode.equals("restricted")) {
      throw ApiError.invalidParameter("AgentMode must be admin or restricted, was \"" + mode + "\".");
    }
    if (!agentAutoConnect.isZero() && cluster.scheduleAutoConnect()) {
      state.timeline().at(now.plus(agentAutoConnect), at -> {
        if (clusters.contains(cluster) && !cluster.agentConnected()
            && (cluster.state().equals("initial") || cluster.state().equals("waiting"))) {
          connect(cluster, at);
        }
      });
    }
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("config", AgentManifests.render(cluster, privateNetwork, mode.equals("restricted")));
    return SimResponse.json(200, answer);
  }

  private SimResponse describeClusterUserKubeconfig(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    request.queryParam("PrivateIpAddress").ifPresent(v -> Fields.parseBool("PrivateIpAddress", v));
    int minutes = Fields.intParam(request.queryParam("TemporaryDurationMinutes"), "TemporaryDurationMinutes",
        0, 15, 4320);
    if (ENDED.contains(cluster.state()) || cluster.state().equals("initial")) {
      throw clusterState(cluster, "accessed");
    }
    Duration validity = minutes == 0 ? DEFAULT_KUBECONFIG_VALIDITY : Duration.ofMinutes(minutes);
    ObjectNode answer = Json.mapper().createObjectNode();
    // Both the intranet and the public endpoint lead to the simulator's one loopback API server.
    boolean pro = !cluster.registered() && cluster.spec().equals("ack.pro.small");
    answer.put("config", kube.clusterKubeconfig(cluster.id(), pro, now.plus(validity)));
    answer.put("expiration", Times.utc(now.plus(validity)));
    return SimResponse.json(200, answer);
  }
}
