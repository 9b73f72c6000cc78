package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.DefaultNodePoolClient;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolTask;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Node pools of ACK clusters, hybrid cloud node pools first: create pools, mint attach scripts that
 * join your own servers, list and remove nodes, scale ECS pools. Calls block the calling thread;
 * {@link #async()} offers the same operations without blocking. Every input is checked before
 * anything is sent, and a failed call throws a typed {@link SdkException}.
 *
 * <pre>{@code
 * try (NodePoolClient pools = NodePoolClient.create(cloud)) {
 *   CreatedNodePool pool = pools.createHybridPool(clusterId, p -> p.name("idc-gpu").label("workload", "training"));
 *   pools.waiters().untilActive(clusterId, pool.id(), Duration.ofMinutes(10));
 *   AttachScript script = pools.attachScript(clusterId, pool.id(), s -> s.expiresIn(Duration.ofHours(2)));
 *   // run script.command() as root on each server, then:
 *   pools.waiters().untilNodesReady(clusterId, pool.id(), 3, Duration.ofMinutes(20));
 * }
 * }</pre>
 *
 * <p>Thread-safe. Close it when done; a transport given to the builder stays open.
 */
public interface NodePoolClient extends AutoCloseable {

  /**
   * Creates a client with its own transport.
   *
   * @param config the settings
   * @return the client
   * @throws ValidationException if the config is null
   */
  static NodePoolClient create(CloudConfig config) {
    return builder().config(config).build();
  }

  /**
   * Starts a client builder, to share a transport between clients.
   *
   * @return a new builder
   */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the non-blocking twin of this client, sharing its configuration and transport.
   *
   * @return the async client
   */
  NodePoolAsyncClient async();

  /**
   * Returns the waiters: pool active, nodes ready, node removed.
   *
   * @return the waiters
   */
  NodePoolWaiters waiters();

  /**
   * Creates a hybrid cloud node pool (CreateClusterNodePool). The pool starts {@code initial};
   * wait for {@code active} with {@link NodePoolWaiters#untilActive}. Never retried after the
   * request may have reached the service, and not reconcilable (docs/WRITE-SAFETY.md): list the
   * pools by name before trying again.
   *
   * @param clusterId the ACK managed Pro cluster
   * @param spec the pool
   * @return the new pool's id and creation task
   * @throws ValidationException if an id or the spec is invalid
   * @throws OutcomeUnknownException if the answer was lost after the service may have acted
   * @throws SdkException (a typed subclass) if the call fails
   */
  CreatedNodePool createHybridPool(String clusterId, HybridPoolSpec spec);

  /**
   * Creates a hybrid cloud node pool from a builder; see {@link #createHybridPool(String, HybridPoolSpec)}.
   *
   * @param clusterId the ACK managed Pro cluster
   * @param spec sets name, labels, taints, network mode, management flags
   * @return the new pool's id and creation task
   * @throws ValidationException if an id or the spec is invalid
   */
  default CreatedNodePool createHybridPool(String clusterId, Consumer<HybridPoolSpec.Builder> spec) {
    HybridPoolSpec.Builder b = HybridPoolSpec.builder();
    Validate.notNull(spec, "hybridPool").accept(b);
    return createHybridPool(clusterId, b.build());
  }

  /**
   * Checks the cluster with {@link HybridPoolPreflight} and, only if every check passes, creates the
   * hybrid cloud node pool.
   *
   * @param clusterId the ACK managed Pro cluster
   * @param cluster what is known about the cluster
   * @param spec sets name, labels, taints, network mode, management flags
   * @return the new pool's id and creation task
   * @throws HybridPoolPreflightException listing every failed check; nothing is sent
   * @throws ValidationException if an id or the spec is invalid
   */
  default CreatedNodePool createHybridPool(String clusterId, PreflightInput cluster,
      Consumer<HybridPoolSpec.Builder> spec) {
    HybridPoolSpec.Builder b = HybridPoolSpec.builder();
    Validate.notNull(spec, "hybridPool").accept(b);
    HybridPoolSpec built = b.build();
    HybridPoolPreflight.check(cluster).throwIfFailed();
    return createHybridPool(clusterId, built);
  }

  /**
   * Creates an ECS, edge or Lingjun node pool (CreateClusterNodePool); never retried blind, and
   * not reconcilable, as {@link #createHybridPool(String, HybridPoolSpec)}.
   *
   * @param clusterId the cluster
   * @param spec the pool
   * @return the new pool's id and creation task
   * @throws ValidationException if an id or the spec is invalid
   * @throws OutcomeUnknownException if the answer was lost after the service may have acted
   */
  CreatedNodePool createPool(String clusterId, NodePoolSpec spec);

  /**
   * Creates an ECS, edge or Lingjun node pool from a builder; see {@link #createPool(String, NodePoolSpec)}.
   *
   * @param clusterId the cluster
   * @param spec sets the kind, name, scaling group, labels and taints
   * @return the new pool's id and creation task
   * @throws ValidationException if an id or the spec is invalid
   */
  default CreatedNodePool createPool(String clusterId, Consumer<NodePoolSpec.Builder> spec) {
    NodePoolSpec.Builder b = NodePoolSpec.builder();
    Validate.notNull(spec, "nodePool").accept(b);
    return createPool(clusterId, b.build());
  }

  /**
   * Lists every pool of a cluster (DescribeClusterNodePools, not paged).
   *
   * @param clusterId the cluster
   * @return the pools
   * @throws ValidationException if the id is invalid
   */
  List<NodePool> listPools(String clusterId);

  /**
   * Lists the pools of a cluster with a given name ({@code NodepoolName}).
   *
   * @param clusterId the cluster
   * @param name the pool name to look for
   * @return the matching pools
   * @throws ValidationException if the id or name is invalid
   */
  List<NodePool> listPools(String clusterId, String name);

  /**
   * Reads one pool (DescribeClusterNodePoolDetail). Right after creation the service may briefly
   * answer {@code ErrorNodePoolNotFound}; {@link NodePoolWaiters#untilActive} rides that out.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @return the pool, its raw JSON kept for {@link #updatePool(String, NodePool, NodePoolUpdate)}
   * @throws ResourceNotFoundException if the pool or cluster does not exist
   */
  NodePool describePool(String clusterId, String poolId);

  /**
   * Changes a pool as last read (ModifyClusterNodePool): the body is the pool's own JSON with the
   * changes merged in, so settings this SDK does not model are sent back unchanged.
   *
   * @param clusterId the cluster
   * @param current the pool as read by {@link #describePool} or {@link #listPools}
   * @param update the changes
   * @return the update task
   * @throws ValidationException if the update would remove or change a hybrid pool's default label or taint
   * @throws UnsupportedPoolOperationException if it sets a size or auto scaling on a hybrid pool
   */
  NodePoolTask updatePool(String clusterId, NodePool current, NodePoolUpdate update);

  /**
   * Changes a pool as last read, from a builder; see {@link #updatePool(String, NodePool, NodePoolUpdate)}.
   *
   * @param clusterId the cluster
   * @param current the pool as read
   * @param update sets the changes
   * @return the update task
   * @throws ValidationException if the changes are invalid
   */
  default NodePoolTask updatePool(String clusterId, NodePool current, Consumer<NodePoolUpdate.Builder> update) {
    NodePoolUpdate.Builder b = NodePoolUpdate.builder();
    Validate.notNull(update, "nodePoolUpdate").accept(b);
    return updatePool(clusterId, current, b.build());
  }

  /**
   * Reads a pool, then changes it; see {@link #updatePool(String, NodePool, NodePoolUpdate)}. The
   * two calls are not atomic: a change another client makes in between is overwritten by the
   * values read here, except the desired size, which is sent only when this update sets it.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param update sets the changes
   * @return the update task
   * @throws ValidationException if the changes are invalid; checked before the pool is read
   */
  default NodePoolTask updatePool(String clusterId, String poolId, Consumer<NodePoolUpdate.Builder> update) {
    NodePoolUpdate.Builder b = NodePoolUpdate.builder();
    Validate.notNull(update, "nodePoolUpdate").accept(b);
    NodePoolUpdate built = b.build();
    return updatePool(clusterId, describePool(clusterId, poolId), built);
  }

  /**
   * Adds nodes to an ECS pool (ScaleClusterNodePool, whose {@code count} is the number of nodes to
   * add, not a size). Reads the pool first to refuse hybrid pools; never retried blind.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param count how many nodes to add, 1-500
   * @return the scaling task
   * @throws UnsupportedPoolOperationException for a hybrid pool, whose servers join by attach script
   * @throws ValidationException if the count is out of range
   */
  NodePoolTask addNodes(String clusterId, String poolId, int count);

  /**
   * Grows an ECS pool to a size: reads the pool and adds the difference with ScaleClusterNodePool.
   * Does nothing when the pool already has that size. Scale-in is refused, because
   * ScaleClusterNodePool only adds: remove chosen nodes with {@link #removeNodes}, or set an absolute
   * size with {@code updatePool(..., u -> u.desiredSize(n))}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param desiredSize the size to reach, at most 500 above the current one
   * @return the scaling task, with {@code changed() == false} when nothing was needed
   * @throws UnsupportedPoolOperationException for a hybrid pool
   * @throws ValidationException for a size below the current one or too far above it
   */
  NodePoolTask scaleTo(String clusterId, String poolId, int desiredSize);

  /**
   * Deletes a pool (DeleteClusterNodepool); the pool goes {@code deleting}, then disappears.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @return the deletion task
   * @throws ConflictException if the service refuses, for example for the last pool
   */
  NodePoolTask deletePool(String clusterId, String poolId);

  /**
   * Deletes a pool, forcibly if asked ({@code force}).
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param force true to delete even if nodes remain
   * @return the deletion task
   * @throws ConflictException if the service refuses
   */
  NodePoolTask deletePool(String clusterId, String poolId, boolean force);

  /**
   * Mints a join command for a pool (DescribeClusterAttachScripts). Each call mints a new token,
   * so the call is never retried after it may have reached the service. An answer that is not a
   * whole script (one that does not run {@code attach_node.sh} with {@code bash}, or
   * {@code edgeadm join}, with an {@code --openapi-token} value, as a body cut short would not) is
   * refused rather than handed over; call again for a new one.
   *
   * @param clusterId the cluster
   * @param poolId the pool the servers join
   * @param request the token's expiry and one-time use, the architecture and script options
   * @return the script; its {@code toString()} masks the token
   * @throws ValidationException if an input is invalid, including an expiry in the past
   * @throws io.github.ackhybrid.core.exception.ServiceException with the answer's 2xx status and
   *     request id if the answer is not a whole script
   */
  AttachScript attachScript(String clusterId, String poolId, AttachScriptRequest request);

  /**
   * Mints a join command from a builder; see {@link #attachScript(String, String, AttachScriptRequest)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool the servers join
   * @param request sets expiry, one-time use, architecture and options
   * @return the script
   * @throws ValidationException if an input is invalid
   */
  default AttachScript attachScript(String clusterId, String poolId, Consumer<AttachScriptRequest.Builder> request) {
    AttachScriptRequest.Builder b = AttachScriptRequest.builder();
    Validate.notNull(request, "attachScript").accept(b);
    return attachScript(clusterId, poolId, b.build());
  }

  /**
   * Mints a join command with the service's defaults: no expiry requested, reusable token, amd64.
   *
   * @param clusterId the cluster
   * @param poolId the pool the servers join
   * @return the script
   * @throws ValidationException if an id is invalid
   */
  default AttachScript attachScript(String clusterId, String poolId) {
    return attachScript(clusterId, poolId, AttachScriptRequest.builder().build());
  }

  /**
   * Adds existing ECS instances to a pool (AttachInstancesToNodePool); never retried blind. Your
   * own servers join with {@link #attachScript} instead.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request the instances and how to prepare them
   * @return the attach task
   * @throws ValidationException if an input is invalid
   */
  NodePoolTask attachInstances(String clusterId, String poolId, AttachInstancesRequest request);

  /**
   * Adds existing ECS instances from a builder; see {@link #attachInstances(String, String, AttachInstancesRequest)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request sets the instances
   * @return the attach task
   * @throws ValidationException if an input is invalid
   */
  default NodePoolTask attachInstances(String clusterId, String poolId,
      Consumer<AttachInstancesRequest.Builder> request) {
    AttachInstancesRequest.Builder b = AttachInstancesRequest.builder();
    Validate.notNull(request, "attachInstances").accept(b);
    return attachInstances(clusterId, poolId, b.build());
  }

  /**
   * Lists nodes page by page as they are iterated (DescribeClusterNodes); nothing is fetched until
   * then, and request errors surface while iterating.
   *
   * @param clusterId the cluster
   * @param request the pool, state and instance filters and the page size
   * @return the lazy list
   * @throws ValidationException if an input is invalid
   */
  Paginator<Node> listNodes(String clusterId, ListNodesRequest request);

  /**
   * Lists nodes with filters from a builder; see {@link #listNodes(String, ListNodesRequest)}.
   *
   * @param clusterId the cluster
   * @param request sets the filters
   * @return the lazy list
   * @throws ValidationException if an input is invalid
   */
  default Paginator<Node> listNodes(String clusterId, Consumer<ListNodesRequest.Builder> request) {
    ListNodesRequest.Builder b = ListNodesRequest.builder();
    Validate.notNull(request, "listNodes").accept(b);
    return listNodes(clusterId, b.build());
  }

  /**
   * Removes nodes from a pool (RemoveNodePoolNodes); the pool goes {@code removing}, then back to
   * {@code active}. Your own servers are not released, only taken out of the cluster.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request the instance ids or node names and the drain option
   * @return the removal task
   * @throws ValidationException if an input is invalid
   */
  NodePoolTask removeNodes(String clusterId, String poolId, RemoveNodesRequest request);

  /**
   * Removes nodes with options from a builder; see {@link #removeNodes(String, String, RemoveNodesRequest)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request sets the nodes and options
   * @return the removal task
   * @throws ValidationException if an input is invalid
   */
  default NodePoolTask removeNodes(String clusterId, String poolId, Consumer<RemoveNodesRequest.Builder> request) {
    RemoveNodesRequest.Builder b = RemoveNodesRequest.builder();
    Validate.notNull(request, "removeNodes").accept(b);
    return removeNodes(clusterId, poolId, b.build());
  }

  /**
   * Onboards many of your servers into a hybrid pool without blocking: mints one attach script per
   * batch, hands each server and its script to your runner with bounded concurrency, and waits until
   * every server's node is {@code Ready} or the deadline passes. Same as
   * {@code async().onboardServers(...)}.
   *
   * @param clusterId the cluster
   * @param poolId the hybrid pool
   * @param servers the servers, with unique names
   * @param runner runs a script on a server
   * @param options concurrency, batch size, deadline, script settings and progress callback
   * @return a future of the per-server report; it fails only for invalid input, and cancelling it
   *     stops onboarding
   */
  CompletableFuture<OnboardingReport> onboardServers(String clusterId, String poolId, List<ServerSpec> servers,
      ServerRunner runner, OnboardingOptions options);

  /**
   * Onboards servers with the default options; see
   * {@link #onboardServers(String, String, List, ServerRunner, OnboardingOptions)}.
   *
   * @param clusterId the cluster
   * @param poolId the hybrid pool
   * @param servers the servers, with unique names
   * @param runner runs a script on a server
   * @return a future of the per-server report
   */
  default CompletableFuture<OnboardingReport> onboardServers(String clusterId, String poolId,
      List<ServerSpec> servers, ServerRunner runner) {
    return onboardServers(clusterId, poolId, servers, runner, OnboardingOptions.defaults());
  }

  /** Releases the transport if this client created it. Calls in flight fail. */
  @Override
  void close();

  /** Builds a {@link NodePoolClient}. */
  final class Builder {
    private CloudConfig config;
    private HttpTransport transport;

    private Builder() {}

    /**
     * Sets the configuration. Required.
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
     * @param transport a transport from {@link HttpTransport#create(CloudConfig)}
     * @return this builder
     */
    public Builder transport(HttpTransport transport) {
      this.transport = transport;
      return this;
    }

    /**
     * Builds the client.
     *
     * @return the client
     * @throws ValidationException if no configuration was set
     */
    public NodePoolClient build() {
      return new DefaultNodePoolClient(Validate.notNull(config, "nodePoolClient.config"), transport);
    }
  }
}
