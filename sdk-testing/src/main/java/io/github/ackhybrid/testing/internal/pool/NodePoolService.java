package io.github.ackhybrid.testing.internal.pool;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.CloudState;
import io.github.ackhybrid.testing.internal.Ids;
import io.github.ackhybrid.testing.internal.InstanceUsage;
import io.github.ackhybrid.testing.internal.Routes;
import io.github.ackhybrid.testing.internal.SimRequest;
import io.github.ackhybrid.testing.internal.SimResponse;
import io.github.ackhybrid.testing.internal.SimService;
import io.github.ackhybrid.testing.internal.Times;
import io.github.ackhybrid.testing.internal.ack.ClusterStore;
import io.github.ackhybrid.testing.internal.ack.Fields;
import io.github.ackhybrid.testing.internal.ack.SimCluster;
import io.github.ackhybrid.testing.internal.kube.NodePoolFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ACK node pool API (CS 2015-12-15, ROA) as the reference's section 4 describes it:
 * CreateClusterNodePool, DescribeClusterNodePools, DescribeClusterNodePoolDetail,
 * ModifyClusterNodePool, ScaleClusterNodePool, DeleteClusterNodepool, DescribeClusterAttachScripts,
 * AttachInstancesToNodePool, DescribeClusterNodes and RemoveNodePoolNodes.
 *
 * <p>Lifecycles, in simulated time, each run as a task (the task type names are the simulator's):
 * <ul>
 *   <li>create ({@code nodepool_create}, 1 minute): the pool is {@code initial}, its ECS nodes
 *       {@code pending}; then {@code active}, nodes {@code running}/{@code Ready}. For the first
 *       seconds after creation (the read-after-create lag, configurable) DescribeClusterNodePoolDetail
 *       answers 404 {@code ErrorNodePoolNotFound}, as the reference reports ACK doing;
 *   <li>scale out ({@code nodepool_scale_out}, 3 minutes): {@code scaling}, new nodes
 *       {@code pending}, then {@code active}; also ModifyClusterNodePool raising
 *       {@code scaling_group.desired_size}; lowering it removes the newest nodes;
 *   <li>modify ({@code nodepool_update}, 1 minute): {@code updating}, then {@code active};
 *       {@code update_nodes} pushes the new labels and taints to existing nodes;
 *   <li>attach ECS instances ({@code nodepool_attach}, 3 minutes): {@code scaling}, as scale out;
 *   <li>remove nodes ({@code nodepool_remove_nodes}, 1 minute, plus 1 minute to drain first with
 *       {@code drain_node}, when the nodes are cordoned): {@code removing}, the nodes
 *       {@code removing}, then gone and the pool {@code active};
 *   <li>delete ({@code nodepool_delete}, 2 minutes): {@code deleting}, then gone; a pool with nodes
 *       needs {@code force} (else 400 {@code DependencyResourceExist}).
 * </ul>
 * A scale, modify, attach or removal asked while the pool is not {@code active} answers 400
 * {@code ErrorNodePoolState} with the message Terraform retries on. A task made to fail leaves its
 * pool {@code failed} and its new nodes {@code failed}.
 *
 * <p>Hybrid pools ({@code nodepool_info.type} {@code hybrid}, the simulator's convention) need a
 * cluster that meets {@link HybridPrerequisites}; they carry the default label and taint, have no
 * scaling group (ScaleClusterNodePool, a desired size and AttachInstancesToNodePool answer 400
 * {@code ErrorNodePoolNotSupportScale} or {@code InvalidParameter}, pointing to the attach script),
 * and gain nodes only when a server runs an attach script ({@link #runAttachScript}). Attach
 * tokens expire at {@code expired} (UNIX seconds; 24 hours by default, the simulator's choice
 * since no source states the default) and, with {@code one_time_token}, serve one join. Since
 * clients compute {@code expired} from the real clock while simulated time runs faster, the
 * simulator keeps a token for the validity the client asked for ({@code expired} minus the real
 * time of the call), counted in simulated time; the script shows {@code expired} as sent.
 */
public final class NodePoolService implements SimService {
  private static final Duration CREATE = Duration.ofMinutes(1);
  private static final Duration SCALE = Duration.ofMinutes(3);
  private static final Duration UPDATE = Duration.ofMinutes(1);
  private static final Duration REMOVE = Duration.ofMinutes(1);
  private static final Duration DRAIN = Duration.ofMinutes(1);
  private static final Duration DELETE = Duration.ofMinutes(2);
  private static final Duration JOIN = Duration.ofSeconds(30);
  private static final Duration DEFAULT_TOKEN_VALIDITY = Duration.ofHours(24);
  private static final int POOL_QUOTA = 20;
  private static final int MAX_SCALE = 500;
  private static final String BUSY = "The current status of the resource does not support this operation, please retry"
      + " again.";
  private static final Set<String> CLUSTER_READY = Set.of("running", "updating", "scaling", "removing", "upgrading");
  private static final Set<String> ARCHES = Set.of("amd64", "arm", "arm64");
  private static final Set<String> NODE_STATES = Set.of("all", "running", "removing", "initial", "failed", "pending",
      "starting", "stopping", "stopped");

  private final CloudState state;
  private final ClusterStore clusters;
  private final Duration readAfterCreateLag;
  private final Clock wallClock;
  private final NodePoolStore store = new NodePoolStore();
  private final AttachTokens tokens = new AttachTokens();
  private final String defaultResourceGroup = Ids.hex("rg-acfm", 11);

  /**
   * Creates the service.
   *
   * @param state the shared state
   * @param clusters the clusters pools belong to
   * @param readAfterCreateLag how long after creation DescribeClusterNodePoolDetail still answers
   *     404 {@code ErrorNodePoolNotFound}; zero for never
   * @param wallClock the real clock clients read when they send absolute times such as
   *     {@code expired}
   */
  public NodePoolService(CloudState state, ClusterStore clusters, Duration readAfterCreateLag, Clock wallClock) {
    this.state = state;
    this.clusters = clusters;
    this.readAfterCreateLag = readAfterCreateLag;
    this.wallClock = wallClock;
  }

  @Override
  public void register(Routes routes) {
    routes.roa(Product.ACK, "POST", "/clusters/{ClusterId}/nodepools", "CreateClusterNodePool", this::create)
        .roa(Product.ACK, "GET", "/clusters/{ClusterId}/nodepools", "DescribeClusterNodePools", this::list)
        .roa(Product.ACK, "GET", "/clusters/{ClusterId}/nodepools/{NodepoolId}", "DescribeClusterNodePoolDetail",
            this::detail)
        .roa(Product.ACK, "PUT", "/clusters/{ClusterId}/nodepools/{NodepoolId}", "ModifyClusterNodePool", this::modify)
        .roa(Product.ACK, "POST", "/clusters/{ClusterId}/nodepools/{NodepoolId}", "ScaleClusterNodePool", this::scale)
        .roa(Product.ACK, "DELETE", "/clusters/{ClusterId}/nodepools/{NodepoolId}", "DeleteClusterNodepool",
            this::delete)
        .roa(Product.ACK, "POST", "/clusters/{ClusterId}/attachscript", "DescribeClusterAttachScripts",
            this::attachScript)
        .roa(Product.ACK, "POST", "/clusters/{ClusterId}/nodepools/{NodepoolId}/attach", "AttachInstancesToNodePool",
            this::attachInstances)
        .roa(Product.ACK, "GET", "/clusters/{ClusterId}/nodes", "DescribeClusterNodes", this::nodes)
        .roa(Product.ACK, "DELETE", "/clusters/{ClusterId}/nodepools/{NodepoolId}/nodes", "RemoveNodePoolNodes",
            this::removeNodes);
  }

  @Override
  public void reset() {
    store.clear();
    tokens.clear();
  }

  /**
   * Returns a cluster's pools as DescribeClusterNodePools shows them now. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @return deep copies, oldest first; empty for an unknown cluster
   */
  public List<ObjectNode> pools(String clusterId) {
    if (clusters.find(clusterId).isEmpty()) {
      return List.of();
    }
    return store.pools(clusterId).stream().map(SimNodePool::snapshot).toList();
  }

  /**
   * Returns the lifetimes of every pay-as-you-go ECS node there has been, removed ones included,
   * for the bills. Call under the state lock.
   *
   * @return the lifetimes, oldest node first
   */
  public List<InstanceUsage> instanceUsage() {
    return store.usage();
  }

  /**
   * Returns what a cluster's API server knows of its node pools: ids, node labels, whether each
   * scales by itself or is hybrid. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @return one entry per pool, oldest first; empty for an unknown cluster
   */
  public List<NodePoolFacts> poolFacts(String clusterId) {
    List<NodePoolFacts> out = new ArrayList<>();
    for (SimNodePool pool : store.pools(clusterId)) {
      out.add(new NodePoolFacts(pool.id(), pool.nodeLabels(), NodePoolBodies.autoScaling(pool.json()), pool.hybrid()));
    }
    return out;
  }

  /**
   * Returns a cluster's nodes as DescribeClusterNodes lists them, plus their Kubernetes
   * {@code labels} (an object), {@code taints} and {@code unschedulable}. Call under the state lock.
   *
   * @param clusterId the cluster id
   * @return deep copies, oldest first; empty for an unknown cluster
   */
  public List<ObjectNode> nodes(String clusterId) {
    if (clusters.find(clusterId).isEmpty()) {
      return List.of();
    }
    return store.nodes(clusterId).stream().map(SimNode::inspect).toList();
  }

  /**
   * Joins a server to the pool an attach script belongs to, as running the script on it would:
   * the node is {@code pending}/{@code NotReady}, then {@code running}/{@code Ready} 30 simulated
   * seconds later, with the pool's labels and taints. Call under the state lock.
   *
   * @param script the script text, raw or as the JSON string literal the API answers with
   * @param hostname the server's host name, its node name unless the script overrides it
   * @param ip the server's IP address
   * @param now the simulated time
   * @return the new node's name
   * @throws IllegalArgumentException if the script holds no token the simulator minted
   * @throws IllegalStateException if the token expired, is a one-time token already used, or its
   *     pool or cluster is gone, failed or being deleted, or the node name is taken
   */
  public String runAttachScript(String script, String hostname, String ip, Instant now) {
    String text = script.strip();
    if (text.startsWith("\"")) {
      try {
        text = Json.mapper().readTree(text).asText();
      } catch (IOException e) {
        throw new IllegalArgumentException("the attach script is neither a command nor a JSON string", e);
      }
    }
    String token = AttachScripts.token(text)
        .orElseThrow(() -> new IllegalArgumentException("the attach script has no --openapi-token"));
    AttachTokens.Grant grant = tokens.find(token)
        .orElseThrow(() -> new IllegalArgumentException("the attach script's token was not issued by this simulator"));
    if (!now.isBefore(grant.expires())) {
      throw new IllegalStateException("the join was refused: the attach script's token expired at "
          + grant.expires() + "; fetch a new script with DescribeClusterAttachScripts");
    }
    if (grant.usedBy().isPresent()) {
      throw new IllegalStateException("the join was refused: the attach script's one-time token was already used"
          + " by " + grant.usedBy().get() + "; fetch a new script with DescribeClusterAttachScripts");
    }
    SimNodePool pool = store.find(grant.clusterId(), grant.poolId())
        .filter(p -> clusters.find(p.clusterId()).isPresent())
        .orElseThrow(() -> new IllegalStateException("the join was refused: node pool " + grant.poolId()
            + " no longer exists"));
    if (pool.state().equals("deleting") || pool.state().equals("failed")) {
      throw new IllegalStateException("the join was refused: node pool " + pool.id() + " is " + pool.state());
    }
    String nodeName = nodeName(grant.nodeNameOverride(), hostname);
    if (store.nodeExists(pool.clusterId(), nodeName)) {
      throw new IllegalStateException("the join was refused: cluster " + pool.clusterId() + " already has a node named "
          + nodeName);
    }
    grant.use(hostname);
    SimNode node = SimNode.server(pool, nodeName, hostname, ip, now);
    node.applyPoolConfig();
    store.addNode(node);
    state.timeline().at(now.plus(JOIN), at -> {
      if (store.contains(pool) && pool.nodes().contains(node) && node.state().equals("pending")) {
        node.ready();
      }
    });
    return nodeName;
  }

  private static String nodeName(String override, String hostname) {
    if (override.isEmpty()) {
      return hostname;
    }
    if (override.equals("*")) {
      return Ids.hex("", 6);
    }
    if (override.startsWith("*.")) {
      return Ids.hex("", 6) + override.substring(1);
    }
    return override;
  }

  private SimCluster readyCluster(SimRequest request) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    if (!CLUSTER_READY.contains(cluster.state())) {
      throw new ApiError(400, "ErrorClusterState", "The cluster " + cluster.id() + " is " + cluster.state()
          + "; node pools can be changed in a running cluster only.");
    }
    return cluster;
  }

  private SimNodePool activePool(SimRequest request) {
    SimCluster cluster = readyCluster(request);
    SimNodePool pool = store.require(cluster.id(), request.pathParam("NodepoolId"));
    if (!pool.state().equals("active")) {
      throw new ApiError(400, "ErrorNodePoolState", BUSY + " The node pool " + pool.id() + " is " + pool.state() + ".");
    }
    return pool;
  }

  private SimResponse create(SimRequest request, Instant now) {
    SimCluster target = clusters.require(request.pathParam("ClusterId"));
    boolean hybridAsked = request.jsonBody().path("nodepool_info").path("type").asText().equals(NodePoolBodies.HYBRID);
    if (target.registered() && !target.agentConnected() && !hybridAsked) {
      // A waiting or disconnected registered cluster is refused for its agent with every other
      // missing prerequisite, rather than for its state alone.
      CloudNodePrerequisites.check(target);
    }
    SimCluster cluster = readyCluster(request);
    ObjectNode json = NodePoolBodies.create(request.jsonBody());
    String type = json.path("nodepool_info").path("type").asText();
    if (type.equals(NodePoolBodies.HYBRID)) {
      boolean ecsNode = store.nodes(cluster.id()).stream()
          .anyMatch(n -> n.cloudNode() && n.state().equals("running"));
      HybridPrerequisites.check(cluster, ecsNode);
    } else if (cluster.registered()) {
      CloudNodePrerequisites.check(cluster);
    }
    if (store.pools(cluster.id()).size() >= POOL_QUOTA) {
      throw new ApiError(400, "QuotaExceeded.NodePool", "The node pool quota of " + POOL_QUOTA + " per cluster is"
          + " used up in cluster " + cluster.id() + ".");
    }
    String id = Ids.hex("np", 32);
    ObjectNode info = json.withObject("nodepool_info");
    info.put("nodepool_id", id);
    info.put("is_default", false);
    info.put("region_id", cluster.region());
    info.put("resource_group_id", Fields.text(info, "resource_group_id").orElse(defaultResourceGroup));
    info.put("created", Times.rfc3339(now));
    info.put("updated", Times.rfc3339(now));
    if (json.path("scaling_group").isObject()) {
      json.withObject("scaling_group").put("scaling_group_id", Ids.hex("asg-", 20));
    }
    json.withObject("status").put("state", "initial");
    SimNodePool pool = new SimNodePool(id, cluster.id(), json, now, cluster.registered());
    store.add(pool);
    // While auto scaling is on, ACK ignores desired_size and starts the pool at min_instances.
    long initial = NodePoolBodies.autoScaling(json) ? json.path("auto_scaling").path("min_instances").asLong()
        : json.path("scaling_group").path("desired_size").asLong();
    List<SimNode> added = addCloudNodes(pool, initial, "ess", now);
    String taskId = state.tasks().start("nodepool_create", cluster.id(), "CreateNodePool", now, CREATE,
        at -> settle(pool, added, at),
        (at, code) -> fail(pool, added, code, at));
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("nodepool_id", id);
    answer.put("request_id", request.requestId());
    answer.put("task_id", taskId);
    return SimResponse.json(200, answer);
  }

  /** The pools and nodes, for the elastic scheduler of the same package. */
  NodePoolStore store() {
    return store;
  }

  /** Adds {@code count} pending ECS nodes to a pool, with its instance type, charge type and labels. */
  List<SimNode> addCloudNodes(SimNodePool pool, long count, String source, Instant now) {
    JsonNode group = pool.json().path("scaling_group");
    String instanceType = group.path("instance_types").path(0).asText("ecs.g7.xlarge");
    String charge = group.path("instance_charge_type").asText("PostPaid");
    List<SimNode> added = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      SimNode node = SimNode.cloud(pool, Ids.hex("i-", 20), store.nextAddress(), instanceType, charge, source, now);
      node.applyPoolConfig();
      store.addNode(node);
      added.add(node);
    }
    pool.syncDesiredSize();
    return added;
  }

  /** Ends a task that added nodes: they are Ready and the pool is active again. */
  private void settle(SimNodePool pool, List<SimNode> added, Instant at) {
    if (!store.contains(pool) || pool.state().equals("deleting")) {
      return;
    }
    for (SimNode node : added) {
      if (node.state().equals("pending")) {
        node.ready();
      }
    }
    pool.state("active", at);
  }

  private void fail(SimNodePool pool, List<SimNode> added, String code, Instant at) {
    if (!store.contains(pool) || pool.state().equals("deleting")) {
      return;
    }
    for (SimNode node : added) {
      if (node.state().equals("pending")) {
        node.failed("The node failed to join the cluster: " + code);
      }
    }
    pool.state("failed", at);
  }

  private SimResponse list(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    Optional<String> name = request.queryParam("NodepoolName");
    ObjectNode answer = Json.mapper().createObjectNode();
    ArrayNode list = answer.putArray("nodepools");
    for (SimNodePool pool : store.pools(cluster.id())) {
      if (name.map(n -> pool.name().contains(n)).orElse(true)) {
        list.add(pool.snapshot());
      }
    }
    return SimResponse.json(200, answer);
  }

  private SimResponse detail(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    SimNodePool pool = store.require(cluster.id(), request.pathParam("NodepoolId"));
    if (now.isBefore(pool.created().plus(readAfterCreateLag))) {
      throw NodePoolStore.notFound(cluster.id(), pool.id());
    }
    return SimResponse.json(200, pool.snapshot());
  }

  private SimResponse modify(SimRequest request, Instant now) {
    SimNodePool pool = activePool(request);
    JsonNode body = request.jsonBody();
    if (body.isNull()) {
      body = Json.mapper().createObjectNode();
    }
    Optional<Long> desired = body.path("scaling_group").has("desired_size")
        ? Optional.of(NodePoolBodies.desiredSize(body)) : Optional.empty();
    if (desired.isPresent() && !pool.scalable()) {
      throw scaleRefused(pool);
    }
    boolean updateNodes = body.isObject() && Fields.bool(body, "update_nodes").orElse(false);
    NodePoolBodies.merge(pool, body);
    if (NodePoolBodies.autoScaling(pool.json())) {
      // desired_size governs only while auto scaling is off (elastic-scheduling.md 4.1).
      desired = Optional.empty();
    }
    pool.touch(now);
    if (updateNodes) {
      pool.nodes().forEach(SimNode::applyPoolConfig);
    }
    long kept = pool.nodes().size();
    String taskId;
    if (desired.isPresent() && desired.get() > kept) {
      taskId = scaleOut(pool, desired.get() - kept, "nodepool_scale_out", now);
    } else if (desired.isPresent() && desired.get() < kept) {
      List<SimNode> newest = new ArrayList<>(pool.nodes().subList((int) (long) desired.get(), (int) kept));
      taskId = startRemoval(pool, newest, false, now);
    } else {
      pool.state("updating", now);
      taskId = state.tasks().start("nodepool_update", pool.clusterId(), "UpdateNodePool", now, UPDATE,
          at -> settle(pool, List.of(), at),
          (at, code) -> fail(pool, List.of(), code, at));
    }
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("nodepool_id", pool.id());
    answer.put("request_id", request.requestId());
    answer.put("task_id", taskId);
    return SimResponse.json(200, answer);
  }

  private static ApiError scaleRefused(SimNodePool pool) {
    return new ApiError(400, "ErrorNodePoolNotSupportScale", "The node pool " + pool.id() + " is a " + pool.type()
        + " node pool without a scaling group and cannot be scaled; add servers to it by running the script from"
        + " DescribeClusterAttachScripts on them.");
  }

  private String scaleOut(SimNodePool pool, long count, String type, Instant now) {
    pool.state("scaling", now);
    List<SimNode> added = addCloudNodes(pool, count, type.equals("nodepool_attach") ? "attach" : "ess", now);
    return state.tasks().start(type, pool.clusterId(), "ScaleOut", now, SCALE,
        at -> settle(pool, added, at),
        (at, code) -> fail(pool, added, code, at));
  }

  private SimResponse scale(SimRequest request, Instant now) {
    SimCluster cluster = readyCluster(request);
    SimNodePool pool = store.require(cluster.id(), request.pathParam("NodepoolId"));
    if (!pool.scalable()) {
      throw scaleRefused(pool);
    }
    JsonNode body = request.jsonBody();
    long count = NodePoolBodies.count(body.isObject() ? body : Json.mapper().createObjectNode(), "count");
    if (count < 1 || count > MAX_SCALE) {
      throw ApiError.invalidParameter("count must be 1-" + MAX_SCALE + ", was " + count + ".");
    }
    pool = activePool(request);
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("task_id", scaleOut(pool, count, "nodepool_scale_out", now));
    return SimResponse.json(200, answer);
  }

  private SimResponse attachInstances(SimRequest request, Instant now) {
    SimCluster cluster = readyCluster(request);
    SimNodePool pool = store.require(cluster.id(), request.pathParam("NodepoolId"));
    if (pool.hybrid()) {
      throw ApiError.invalidParameter("AttachInstancesToNodePool adds ECS instances; the node pool " + pool.id()
          + " is a hybrid cloud node pool, whose servers join by running the script from DescribeClusterAttachScripts.");
    }
    JsonNode body = request.jsonBody();
    if (!body.isObject()) {
      throw ApiError.invalidParameter("The request body must be a JSON object.");
    }
    List<String> instances = Fields.textList(body, "instances");
    if (instances.isEmpty()) {
      throw ApiError.missingParameter("instances");
    }
    for (String instance : instances) {
      if (!instance.startsWith("i-")) {
        throw ApiError.invalidParameter("instances must hold ECS instance ids starting with i-, was \"" + instance + "\".");
      }
      if (store.nodeExists(cluster.id(), instance)) {
        throw ApiError.invalidParameter("The instance " + instance + " is already a node of cluster " + cluster.id() + ".");
      }
    }
    if (new LinkedHashSet<>(instances).size() != instances.size()) {
      throw ApiError.invalidParameter("instances must not repeat an instance id.");
    }
    pool = activePool(request);
    SimNodePool target = pool;
    target.state("scaling", now);
    JsonNode group = target.json().path("scaling_group");
    List<SimNode> added = new ArrayList<>();
    for (String instance : instances) {
      SimNode node = SimNode.cloud(target, instance, store.nextAddress(),
          group.path("instance_types").path(0).asText("ecs.g7.xlarge"), group.path("instance_charge_type").asText("PostPaid"),
          "attach", now);
      node.applyPoolConfig();
      store.addNode(node);
      added.add(node);
    }
    target.syncDesiredSize();
    String taskId = state.tasks().start("nodepool_attach", cluster.id(), "AttachInstances", now, SCALE,
        at -> settle(target, added, at),
        (at, code) -> fail(target, added, code, at));
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("request_id", request.requestId());
    answer.put("task_id", taskId);
    return SimResponse.json(200, answer);
  }

  private SimResponse delete(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    SimNodePool pool = store.require(cluster.id(), request.pathParam("NodepoolId"));
    boolean force = request.queryParam("force").map(v -> Fields.parseBool("force", v)).orElse(false);
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("request_id", request.requestId());
    if (pool.state().equals("deleting")) {
      answer.put("task_id", pool.deleteTaskId());
      return SimResponse.json(200, answer);
    }
    if (!pool.nodes().isEmpty() && !force) {
      throw new ApiError(400, "DependencyResourceExist", "The node pool " + pool.id() + " still has "
          + pool.nodes().size() + " nodes; remove them first or delete with force=true.");
    }
    pool.state("deleting", now);
    pool.nodes().forEach(SimNode::removing);
    String taskId = state.tasks().start("nodepool_delete", cluster.id(), "DeleteNodePool", now, DELETE,
        at -> {
          new ArrayList<>(pool.nodes()).forEach(node -> store.removeNode(node, at));
          store.remove(pool);
        },
        (at, code) -> pool.state("failed", at));
    pool.deleteTaskId(taskId);
    answer.put("task_id", taskId);
    return SimResponse.json(200, answer);
  }

  private SimResponse attachScript(SimRequest request, Instant now) {
    SimCluster cluster = readyCluster(request);
    JsonNode body = request.jsonBody();
    if (body.isNull()) {
      body = Json.mapper().createObjectNode();
    }
    if (!body.isObject()) {
      throw ApiError.invalidParameter("The request body must be a JSON object.");
    }
    String poolId = Fields.text(body, "nodepool_id").orElseThrow(() -> ApiError.invalidParameter(
        "nodepool_id is required: the cluster " + cluster.id() + " has no default node pool."));
    SimNodePool pool = store.require(cluster.id(), poolId);
    if (pool.state().equals("deleting") || pool.state().equals("failed")) {
      throw new ApiError(400, "ErrorNodePoolState", BUSY + " The node pool " + pool.id() + " is " + pool.state() + ".");
    }
    String arch = Fields.text(body, "arch").orElse("amd64");
    if (!ARCHES.contains(arch)) {
      throw ApiError.invalidParameter("arch must be amd64, arm or arm64, was \"" + arch + "\".");
    }
    JsonNode options = options(body);
    if (pool.type().equals("edge") && (body.path("arch").isMissingNode() || body.path("options").isMissingNode())) {
      throw ApiError.invalidParameter("arch and options are required for an edge node pool.");
    }
    Instant wallNow = wallClock.instant();
    Instant clientExpiry = clientExpiry(body, wallNow);
    // Clients compute expired from their real clock while simulated time runs faster, so the
    // token stays valid for as long as the client asked, counted in simulated time.
    Instant expires = now.plus(Duration.between(wallNow, clientExpiry));
    boolean oneTime = Fields.bool(body, "one_time_token").orElse(false);
    String nodeNameOverride = options.path("nodeNameOverride").asText("");
    List<String> addons = new ArrayList<>();
    options.path("allowedClusterAddons").forEach(a -> addons.add(a.asText()));
    String token = tokens.mint(cluster.id(), pool.id(), expires, oneTime, nodeNameOverride);
    String script = AttachScripts.render(new AttachScripts.Script(cluster.region(), cluster.version(), cluster.id(),
        pool.id(), pool.type(), token, clientExpiry.getEpochSecond(), arch, Fields.bool(body, "format_disk").orElse(false),
        Fields.bool(body, "keep_instance_name").orElse(true), addons,
        options.path("manageRuntime").asBoolean(false), options.path("enableIptables").asBoolean(true),
        nodeNameOverride));
    try {
      // The API's body type is string; ACK sends it as a JSON string literal, which clients unquote.
      return SimResponse.text(200, Json.mapper().writeValueAsString(script), SimResponse.JSON);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode options(JsonNode body) {
    JsonNode options = body.path("options");
    if (options.isMissingNode() || options.isNull()) {
      return Json.mapper().createObjectNode();
    }
    if (options.isObject()) {
      return options;
    }
    if (!options.isTextual()) {
      throw ApiError.invalidParameter("options must be JSON text holding an object.");
    }
    JsonNode parsed;
    try {
      parsed = options.textValue().isBlank() ? Json.mapper().createObjectNode()
          : Json.mapper().readTree(options.textValue());
    } catch (IOException e) {
      throw ApiError.invalidParameter("options must be JSON text holding an object, was \"" + options.textValue() + "\".");
    }
    if (!parsed.isObject()) {
      throw ApiError.invalidParameter("options must be JSON text holding an object, was \"" + options.textValue() + "\".");
    }
    return parsed;
  }

  private static Instant clientExpiry(JsonNode body, Instant wallNow) {
    JsonNode expired = body.path("expired");
    if (expired.isMissingNode() || expired.isNull()) {
      return wallNow.plus(DEFAULT_TOKEN_VALIDITY);
    }
    long seconds;
    if (expired.isIntegralNumber()) {
      seconds = expired.longValue();
    } else {
      try {
        seconds = Long.parseLong(expired.asText().trim());
      } catch (NumberFormatException e) {
        throw ApiError.invalidParameter("expired must be a UNIX time in seconds, was \"" + expired.asText() + "\".");
      }
    }
    Instant at = Instant.ofEpochSecond(seconds);
    if (!at.isAfter(wallNow)) {
      throw ApiError.invalidParameter("expired must be in the future, was " + seconds + " (" + at + ").");
    }
    return at;
  }

  private SimResponse nodes(SimRequest request, Instant now) {
    SimCluster cluster = clusters.require(request.pathParam("ClusterId"));
    int pageNumber = Fields.intParam(request.queryParam("pageNumber"), "pageNumber", 1, 1, Integer.MAX_VALUE);
    int pageSize = Fields.intParam(request.queryParam("pageSize"), "pageSize", 10, 1, 100);
    Optional<String> poolId = request.queryParam("nodepool_id");
    String wanted = request.queryParam("state").orElse("all");
    if (!NODE_STATES.contains(wanted)) {
      throw ApiError.invalidParameter("state must be all, running, removing, initial or failed, was \"" + wanted + "\".");
    }
    Set<String> ids = new LinkedHashSet<>();
    request.queryParam("instanceIds").ifPresent(text -> {
      for (String id : text.split(",")) {
        if (!id.isBlank()) {
          ids.add(id.strip());
        }
      }
    });
    poolId.ifPresent(id -> store.require(cluster.id(), id));
    List<SimNode> matching = new ArrayList<>();
    for (SimNode node : store.nodes(cluster.id())) {
      String nodeState = node.state();
      boolean stateMatches = wanted.equals("all") || nodeState.equals(wanted)
          || (wanted.equals("initial") && nodeState.equals("pending"));
      if (stateMatches && poolId.map(id -> node.pool().id().equals(id)).orElse(true)
          && (ids.isEmpty() || ids.contains(node.instanceId()))) {
        matching.add(node);
      }
    }
    ObjectNode answer = Json.mapper().createObjectNode();
    ArrayNode page = answer.putArray("nodes");
    long from = (long) (pageNumber - 1) * pageSize;
    for (long i = from; i < Math.min(matching.size(), from + pageSize); i++) {
      page.add(matching.get((int) i).wire());
    }
    ObjectNode info = answer.putObject("page");
    info.put("page_number", pageNumber);
    info.put("page_size", pageSize);
    info.put("total_count", matching.size());
    return SimResponse.json(200, answer);
  }

  private SimResponse removeNodes(SimRequest request, Instant now) {
    SimCluster cluster = readyCluster(request);
    SimNodePool pool = store.require(cluster.id(), request.pathParam("NodepoolId"));
    List<String> wanted = new ArrayList<>(jsonTextArray(request, "instance_ids"));
    wanted.addAll(jsonTextArray(request, "nodes"));
    if (wanted.isEmpty()) {
      throw ApiError.missingParameter("instance_ids");
    }
    boolean drain = request.queryParam("drain_node").map(v -> Fields.parseBool("drain_node", v)).orElse(false);
    request.queryParam("release_node").ifPresent(v -> Fields.parseBool("release_node", v));
    request.queryParam("concurrency").ifPresent(v -> Fields.parseBool("concurrency", v));
    List<SimNode> chosen = new ArrayList<>();
    for (String name : new LinkedHashSet<>(wanted)) {
      SimNode node = pool.nodes().stream()
          .filter(n -> n.instanceId().equals(name) || n.nodeName().equals(name))
          .findFirst()
          .orElseThrow(() -> ApiError.invalidParameter("The node " + name + " is not in node pool " + pool.id() + "."));
      if (!chosen.contains(node)) {
        chosen.add(node);
      }
    }
    activePool(request);
    ObjectNode answer = Json.mapper().createObjectNode();
    answer.put("request_id", request.requestId());
    answer.put("task_id", startRemoval(pool, chosen, drain, now));
    return SimResponse.json(200, answer);
  }

  private String startRemoval(SimNodePool pool, List<SimNode> chosen, boolean drain, Instant now) {
    pool.state("removing", now);
    for (SimNode node : chosen) {
      node.removing();
      if (drain) {
        node.cordon();
      }
    }
    pool.syncDesiredSize();
    return state.tasks().start("nodepool_remove_nodes", pool.clusterId(), drain ? "DrainNodes" : "RemoveNodes", now,
        drain ? DRAIN.plus(REMOVE) : REMOVE,
        at -> {
          if (!store.contains(pool)) {
            return;
          }
          chosen.forEach(node -> store.removeNode(node, at));
          pool.syncDesiredSize();
          if (pool.state().equals("removing")) {
            pool.state("active", at);
          }
        },
        (at, code) -> {
          if (store.contains(pool) && pool.state().equals("removing")) {
            pool.state("failed", at);
          }
        });
  }

  /** Reads a query parameter holding a JSON array as text, the way RemoveNodePoolNodes takes its lists. */
  private static List<String> jsonTextArray(SimRequest request, String name) {
    Optional<String> text = request.queryParam(name);
    if (text.isEmpty()) {
      return List.of();
    }
    JsonNode parsed;
    try {
      parsed = Json.mapper().readTree(text.get());
    } catch (IOException e) {
      parsed = null;
    }
    if (parsed == null || !parsed.isArray()) {
      throw ApiError.invalidParameter(name + " must be a JSON array of strings as text, such as [\"i-abc\"], was \""
          + text.get() + "\".");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : parsed) {
      if (!item.isTextual() || item.textValue().isBlank()) {
        throw ApiError.invalidParameter(name + " must hold non-empty strings.");
      }
      out.add(item.textValue());
    }
    return out;
  }
}
