package io.github.ackhybrid.nodepool.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.Page;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.ApiStyle;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Operation;
import io.github.ackhybrid.core.internal.ServiceDefinition;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.AttachInstancesRequest;
import io.github.ackhybrid.nodepool.AttachOptions;
import io.github.ackhybrid.nodepool.AttachScriptRequest;
import io.github.ackhybrid.nodepool.ListNodesRequest;
import io.github.ackhybrid.nodepool.NodePoolUpdate;
import io.github.ackhybrid.nodepool.PoolSpec;
import io.github.ackhybrid.nodepool.RemoveNodesRequest;
import io.github.ackhybrid.nodepool.UnsupportedPoolOperationException;
import io.github.ackhybrid.nodepool.internal.Answers.Answered;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolTask;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Every node pool operation of CS 2015-12-15 (reference §4, §10) and the one place each call is
 * built: ids and inputs are checked here, before anything is sent, and the sync and async clients
 * both run what this class prepares.
 */
final class NodePoolRequests {
  static final ServiceDefinition CS = ServiceDefinition.regional("cs", "2015-12-15", ApiStyle.ROA);
  private static final int MAX_POOL_NAME = 63;
  private static final String POOLS = "/clusters/{ClusterId}/nodepools";
  private static final String POOL = "/clusters/{ClusterId}/nodepools/{NodepoolId}";

  // Creates, scale-outs, attaches and attach scripts carry no client token, so repeating one after
  // an unknown outcome could make a second pool, add nodes twice or mint a second token (§1.4).
  static final Operation<Answered<Answers.Created>> CREATE = Operation.roa(CS, "CreateClusterNodePool", "POST",
      POOLS, false, PoolDecoders.lenient(Answers.Created.class));
  static final Operation<List<NodePool>> LIST = Operation.roa(CS, "DescribeClusterNodePools", "GET",
      POOLS, true, PoolDecoders.pools());
  static final Operation<NodePool> DESCRIBE = Operation.roa(CS, "DescribeClusterNodePoolDetail", "GET",
      POOL, true, PoolDecoders.pool());
  static final Operation<Answered<Answers.Task>> MODIFY = Operation.roa(CS, "ModifyClusterNodePool", "PUT",
      POOL, true, PoolDecoders.lenient(Answers.Task.class));
  static final Operation<Answered<Answers.Task>> SCALE = Operation.roa(CS, "ScaleClusterNodePool", "POST",
      POOL, false, PoolDecoders.lenient(Answers.Task.class));
  static final Operation<Answered<Answers.Task>> DELETE = Operation.roa(CS, "DeleteClusterNodepool", "DELETE",
      POOL, true, PoolDecoders.lenient(Answers.Task.class));
  static final Operation<Answered<String>> ATTACH_SCRIPT = Operation.roa(CS, "DescribeClusterAttachScripts",
      "POST", "/clusters/{ClusterId}/attachscript", false, PoolDecoders.script());
  static final Operation<Answered<Answers.Task>> ATTACH_INSTANCES = Operation.roa(CS, "AttachInstancesToNodePool",
      "POST", POOL + "/attach", false, PoolDecoders.lenient(Answers.Task.class));
  static final Operation<Answered<Answers.Nodes>> LIST_NODES = Operation.roa(CS, "DescribeClusterNodes", "GET",
      "/clusters/{ClusterId}/nodes", true, PoolDecoders.lenient(Answers.Nodes.class));
  static final Operation<Answered<Answers.Task>> REMOVE_NODES = Operation.roa(CS, "RemoveNodePoolNodes", "DELETE",
      POOL + "/nodes", true, PoolDecoders.lenient(Answers.Task.class));

  /** The most nodes one ScaleClusterNodePool call may add (reference §4.6). */
  static final int MAX_SCALE_OUT = 500;

  private final Clock clock;

  NodePoolRequests(Clock clock) {
    this.clock = clock;
  }

  UnsafeCreate<CreatedNodePool> createPool(String clusterId, PoolSpec spec) {
    Ids.clusterId(clusterId);
    Validate.notNull(spec, "nodePool");
    ObjectNode body = PoolBodies.create(spec);
    String howToCheck = "List the pools of cluster " + clusterId + " named " + Validate.quote(spec.name())
        + " (listPools) and wait a few seconds for a new one to show before creating it again.";
    Call<Answered<Answers.Created>, CreatedNodePool> call = new Call<>(
        CREATE.request().pathParam("ClusterId", clusterId).jsonBody(body).build(), answer -> {
          Answers.Created c = answer.value();
          if (c.nodePoolId() == null || c.nodePoolId().isBlank()) {
            throw new OutcomeUnknownException(CREATE.name(), "CreateClusterNodePool answered without a nodepool_id"
                + " (request id " + answer.metadata().requestId().orElse("unknown") + ")", null);
          }
          return CreatedNodePool.builder().clusterId(clusterId).id(c.nodePoolId())
              .taskId(blankToEmpty(c.taskId())).requestId(answer.requestId(c.requestId())).build();
        });
    return new UnsafeCreate<>(CREATE.name(), call, howToCheck);
  }

  Call<List<NodePool>, List<NodePool>> listPools(String clusterId, String nameFilter) {
    Ids.clusterId(clusterId);
    if (nameFilter != null) {
      // A filter matches names made anywhere, the console's included, so only its length is bounded.
      Validate.notBlank(nameFilter, "listPools.name");
      if (nameFilter.length() > MAX_POOL_NAME) {
        throw new ValidationException("listPools.name", "must be at most " + MAX_POOL_NAME
            + " characters, the longest a node pool name can be, was " + nameFilter.length());
      }
    }
    return new Call<>(LIST.request().pathParam("ClusterId", clusterId).query("NodepoolName", nameFilter).build(),
        pools -> pools);
  }

  Call<NodePool, NodePool> describePool(String clusterId, String poolId) {
    Ids.clusterId(clusterId);
    Ids.nodePoolId(poolId);
    return new Call<>(DESCRIBE.request().pathParam("ClusterId", clusterId).pathParam("NodepoolId", poolId).build(),
        pool -> pool);
  }

  Call<Answered<Answers.Task>, NodePoolTask> modifyPool(String clusterId, NodePool current, NodePoolUpdate update) {
    Ids.clusterId(clusterId);
    Validate.notNull(current, "nodePool");
    Validate.notNull(update, "nodePoolUpdate");
    ObjectNode body = PoolMerge.merge(current, update);
    return task(MODIFY.request().pathParam("ClusterId", clusterId).pathParam("NodepoolId", current.id())
        .jsonBody(body).build(), clusterId, current.id());
  }

  Call<Answered<Answers.Task>, NodePoolTask> addNodes(String clusterId, NodePool pool, long count) {
    Ids.clusterId(clusterId);
    Validate.inRange(count, "addNodes.count", 1, MAX_SCALE_OUT);
    checkScalable(pool);
    ObjectNode body = Json.mapper().createObjectNode().put("count", count);
    return task(SCALE.request().pathParam("ClusterId", clusterId).pathParam("NodepoolId", pool.id())
        .jsonBody(body).build(), clusterId, pool.id());
  }

  /**
   * Decides how {@code scaleTo} reaches a size: the number of nodes to add, or none.
   *
   * @return the nodes to add; empty when the pool already has the size
   * @throws ValidationException for a scale-in, which ScaleClusterNodePool cannot do
   * @throws UnsupportedPoolOperationException for a hybrid pool
   */
  static OptionalLong nodesToAdd(NodePool pool, long desired) {
    Validate.inRange(desired, "scaleTo.desiredSize", 0, 2000);
    checkScalable(pool);
    long current = pool.scalingGroup().flatMap(sg -> sg.desiredSize()).orElse(pool.status().totalNodes());
    if (desired < current) {
      throw new ValidationException("scaleTo.desiredSize", "is " + desired + ", below the pool's " + current
          + " nodes: ScaleClusterNodePool only adds nodes. Remove chosen nodes with removeNodes(...)"
          + " (RemoveNodePoolNodes), or set an absolute size with updatePool(..., u -> u.desiredSize(" + desired
          + ")), which lets the service pick the nodes to release");
    }
    if (desired - current > MAX_SCALE_OUT) {
      throw new ValidationException("scaleTo.desiredSize", "is " + desired + ", " + (desired - current)
          + " nodes above the pool's " + current + ": one ScaleClusterNodePool call adds at most " + MAX_SCALE_OUT);
    }
    return desired == current ? OptionalLong.empty() : OptionalLong.of(desired - current);
  }

  static NodePoolTask unchanged(String clusterId, NodePool pool) {
    return NodePoolTask.builder().clusterId(clusterId).nodePoolId(pool.id()).changed(false).build();
  }

  private static void checkScalable(NodePool pool) {
    Validate.notNull(pool, "nodePool");
    if (pool.isHybrid()) {
      throw new UnsupportedPoolOperationException(pool.id(), "ScaleClusterNodePool", "Node pool " + pool.id()
          + " is a hybrid cloud node pool: its nodes are your own servers, which the cloud cannot create, so it"
          + " cannot be scaled. Add servers by running an attach script on each of them: attachScript(clusterId, "
          + "poolId, ...) returns the command, and onboardServers(...) runs it on many servers for you. Take"
          + " servers out with removeNodes(...)");
    }
  }

  /** Deletes a pool; {@code force} null leaves the flag out, as the official clients do when unset. */
  Call<Answered<Answers.Task>, NodePoolTask> deletePool(String clusterId, String poolId, Boolean force) {
    Ids.clusterId(clusterId);
    Ids.nodePoolId(poolId);
    return task(DELETE.request().pathParam("ClusterId", clusterId).pathParam("NodepoolId", poolId)
        .query("force", force)
        .goneMeansDone(e -> e instanceof ResourceNotFoundException,
            metadata -> new Answered<>(new Answers.Task(null, null, poolId), metadata))
        .build(), clusterId, poolId);
  }

  Call<Answered<String>, AttachScript> attachScript(String clusterId, String poolId, AttachScriptRequest request) {
    Ids.clusterId(clusterId);
    Ids.nodePoolId(poolId);
    Validate.notNull(request, "attachScript");
    Instant now = clock.instant();
    Optional<Instant> expiresAt = request.expiresAt().or(() -> request.expiresIn().map(now::plus))
        .map(at -> Instant.ofEpochSecond(at.getEpochSecond()));
    expiresAt.ifPresent(at -> {
      if (!at.isAfter(now)) {
        throw new ValidationException("attachScript.expiresAt", "must be in the future, was " + at);
      }
    });
    ObjectNode body = Json.mapper().createObjectNode();
    body.put("nodepool_id", poolId);
    request.arch().ifPresent(a -> body.put("arch", a.wireValue()));
    request.formatDisk().ifPresent(f -> body.put("format_disk", f));
    request.keepInstanceName().ifPresent(k -> body.put("keep_instance_name", k));
    if (!request.rdsInstances().isEmpty()) {
      request.rdsInstances().forEach(body.putArray("rds_instances")::add);
    }
    request.options().ifPresent(o -> body.put("options", optionsText(o)));
    expiresAt.ifPresent(at -> body.put("expired", at.getEpochSecond()));
    request.oneTimeToken().ifPresent(o -> body.put("one_time_token", o));
    boolean oneTime = request.oneTimeToken().orElse(false);
    return new Call<>(ATTACH_SCRIPT.request().pathParam("ClusterId", clusterId).jsonBody(body).build(), answer -> {
      String command = answer.value();
      return AttachScript.builder().clusterId(clusterId).nodePoolId(poolId).command(command)
          .expiresAt(expiresAt.or(() -> ScriptText.expiry(command))).oneTimeToken(oneTime).build();
    });
  }

  Call<Answered<Answers.Task>, NodePoolTask> attachInstances(String clusterId, String poolId,
      AttachInstancesRequest request) {
    Ids.clusterId(clusterId);
    Ids.nodePoolId(poolId);
    Validate.notNull(request, "attachInstances");
    ObjectNode body = Json.mapper().createObjectNode();
    request.instanceIds().forEach(body.putArray("instances")::add);
    request.formatDisk().ifPresent(f -> body.put("format_disk", f));
    request.keepInstanceName().ifPresent(k -> body.put("keep_instance_name", k));
    request.password().ifPresent(p -> body.put("password", p));
    return task(ATTACH_INSTANCES.request().pathParam("ClusterId", clusterId).pathParam("NodepoolId", poolId)
        .jsonBody(body).build(), clusterId, poolId);
  }

  Call<Answered<Answers.Nodes>, Page<Node>> listNodes(String clusterId, ListNodesRequest request, int pageNumber) {
    Ids.clusterId(clusterId);
    Validate.notNull(request, "listNodes");
    return new Call<>(LIST_NODES.request().pathParam("ClusterId", clusterId)
        .query("nodepool_id", request.nodePoolId().orElse(null))
        .query("state", request.state().map(s -> s.wireValue()).orElse(null))
        .query("instanceIds", request.instanceIds().isEmpty() ? null : String.join(",", request.instanceIds()))
        .query("pageNumber", pageNumber)
        .query("pageSize", request.pageSize())
        .build(), answer -> {
          Answers.Nodes nodes = answer.value();
          List<Node> items = nodes.nodes() == null ? List.of() : nodes.nodes();
          Answers.PageInfo page = nodes.page();
          if (page == null || page.totalCount() == null) {
            return Page.of(items);
          }
          int number = page.pageNumber() == null || page.pageNumber() < 1 ? pageNumber : page.pageNumber();
          return Page.numbered(items, number, Math.max(0, page.totalCount()));
        });
  }

  Call<Answered<Answers.Task>, NodePoolTask> removeNodes(String clusterId, String poolId, RemoveNodesRequest request) {
    Ids.clusterId(clusterId);
    Ids.nodePoolId(poolId);
    Validate.notNull(request, "removeNodes");
    return task(REMOVE_NODES.request().pathParam("ClusterId", clusterId).pathParam("NodepoolId", poolId)
        .query("instance_ids", request.instanceIds().isEmpty() ? null : jsonArray(request.instanceIds()))
        .query("nodes", request.nodeNames().isEmpty() ? null : jsonArray(request.nodeNames()))
        .query("drain_node", request.drainNode().orElse(null))
        .query("release_node", request.releaseNode().orElse(null))
        .query("concurrency", request.concurrency().orElse(null))
        .build(), clusterId, poolId);
  }

  private static Call<Answered<Answers.Task>, NodePoolTask> task(
      io.github.ackhybrid.core.internal.ApiRequest<Answered<Answers.Task>> request, String clusterId, String poolId) {
    return new Call<>(request, answer -> NodePoolTask.builder()
        .clusterId(clusterId)
        .nodePoolId(poolId)
        .taskId(blankToEmpty(answer.value().taskId()))
        .requestId(answer.requestId(answer.value().requestId()))
        .build());
  }

  /** Array-valued query parameters travel as one JSON text, such as {@code ["i-1","i-2"]} (§1.2). */
  static String jsonArray(List<String> values) {
    try {
      return Json.mapper().writeValueAsString(values);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a list of strings is always writable as JSON", e);
    }
  }

  private static String optionsText(AttachOptions o) {
    ObjectNode node = Json.mapper().createObjectNode();
    o.enableIptables().ifPresent(v -> node.put("enableIptables", v));
    o.manageRuntime().ifPresent(v -> node.put("manageRuntime", v));
    o.quiet().ifPresent(v -> node.put("quiet", v));
    if (!o.allowedClusterAddons().isEmpty()) {
      o.allowedClusterAddons().forEach(node.putArray("allowedClusterAddons")::add);
    }
    o.flannelIface().ifPresent(v -> node.put("flannelIface", v));
    o.gpuVersion().ifPresent(v -> node.put("gpuVersion", v));
    o.nodeNameOverride().ifPresent(v -> node.put("nodeNameOverride", v));
    return node.toString();
  }

  private static Optional<String> blankToEmpty(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
