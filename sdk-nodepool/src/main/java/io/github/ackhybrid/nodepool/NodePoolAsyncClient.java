package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
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
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The non-blocking twin of {@link NodePoolClient}: the same operations, each returning a
 * {@link CompletableFuture} completed on the client's completion executor. Methods never throw:
 * invalid input and failed calls complete the future exceptionally with the exceptions the
 * blocking client throws (invalid input before anything is sent), and a list given invalid input
 * fails the future of each pass the same way. Obtain one with {@link NodePoolClient#async()}; it
 * shares that client's transport and is closed with it.
 */
public interface NodePoolAsyncClient {

  /**
   * Returns the non-blocking waiters.
   *
   * @return the waiters
   */
  NodePoolAsyncWaiters waiters();

  /**
   * Creates a hybrid cloud node pool; see {@link NodePoolClient#createHybridPool(String, HybridPoolSpec)}.
   *
   * @param clusterId the ACK managed Pro cluster
   * @param spec the pool
   * @return a future of the new pool's id and creation task
   */
  CompletableFuture<CreatedNodePool> createHybridPool(String clusterId, HybridPoolSpec spec);

  /**
   * Creates a hybrid cloud node pool from a builder.
   *
   * @param clusterId the ACK managed Pro cluster
   * @param spec sets the pool
   * @return a future of the new pool's id and creation task; fails with {@link ValidationException}
   *     for an invalid spec
   */
  default CompletableFuture<CreatedNodePool> createHybridPool(String clusterId, Consumer<HybridPoolSpec.Builder> spec) {
    return built(() -> {
      HybridPoolSpec.Builder b = HybridPoolSpec.builder();
      Validate.notNull(spec, "hybridPool").accept(b);
      return b.build();
    }, s -> createHybridPool(clusterId, s));
  }

  /**
   * Checks the cluster with {@link HybridPoolPreflight} and creates the pool only if every check passes.
   *
   * @param clusterId the ACK managed Pro cluster
   * @param cluster what is known about the cluster
   * @param spec sets the pool
   * @return a future of the new pool's id; fails with {@link HybridPoolPreflightException} listing
   *     every failed check, and nothing is sent
   */
  default CompletableFuture<CreatedNodePool> createHybridPool(String clusterId, PreflightInput cluster,
      Consumer<HybridPoolSpec.Builder> spec) {
    return built(() -> {
      HybridPoolSpec.Builder b = HybridPoolSpec.builder();
      Validate.notNull(spec, "hybridPool").accept(b);
      HybridPoolSpec built = b.build();
      HybridPoolPreflight.check(cluster).throwIfFailed();
      return built;
    }, s -> createHybridPool(clusterId, s));
  }

  /**
   * Creates an ECS, edge or Lingjun pool; see {@link NodePoolClient#createPool(String, NodePoolSpec)}.
   *
   * @param clusterId the cluster
   * @param spec the pool
   * @return a future of the new pool's id and creation task
   */
  CompletableFuture<CreatedNodePool> createPool(String clusterId, NodePoolSpec spec);

  /**
   * Creates an ECS, edge or Lingjun pool from a builder.
   *
   * @param clusterId the cluster
   * @param spec sets the pool
   * @return a future of the new pool's id and creation task
   */
  default CompletableFuture<CreatedNodePool> createPool(String clusterId, Consumer<NodePoolSpec.Builder> spec) {
    return built(() -> {
      NodePoolSpec.Builder b = NodePoolSpec.builder();
      Validate.notNull(spec, "nodePool").accept(b);
      return b.build();
    }, s -> createPool(clusterId, s));
  }

  /**
   * Lists every pool of a cluster; see {@link NodePoolClient#listPools(String)}.
   *
   * @param clusterId the cluster
   * @return a future of the pools
   */
  CompletableFuture<List<NodePool>> listPools(String clusterId);

  /**
   * Lists the pools with a given name; see {@link NodePoolClient#listPools(String, String)}.
   *
   * @param clusterId the cluster
   * @param name the pool name
   * @return a future of the matching pools
   */
  CompletableFuture<List<NodePool>> listPools(String clusterId, String name);

  /**
   * Reads one pool; see {@link NodePoolClient#describePool(String, String)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @return a future of the pool
   */
  CompletableFuture<NodePool> describePool(String clusterId, String poolId);

  /**
   * Changes a pool as last read; see {@link NodePoolClient#updatePool(String, NodePool, NodePoolUpdate)}.
   *
   * @param clusterId the cluster
   * @param current the pool as read
   * @param update the changes
   * @return a future of the update task
   */
  CompletableFuture<NodePoolTask> updatePool(String clusterId, NodePool current, NodePoolUpdate update);

  /**
   * Reads a pool, then changes it.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param update sets the changes
   * @return a future of the update task
   */
  default CompletableFuture<NodePoolTask> updatePool(String clusterId, String poolId,
      Consumer<NodePoolUpdate.Builder> update) {
    return built(() -> {
      NodePoolUpdate.Builder b = NodePoolUpdate.builder();
      Validate.notNull(update, "nodePoolUpdate").accept(b);
      return b.build();
    }, u -> describePool(clusterId, poolId).thenCompose(pool -> updatePool(clusterId, pool, u)));
  }

  /**
   * Adds nodes to an ECS pool; see {@link NodePoolClient#addNodes(String, String, int)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param count how many nodes to add, 1-500
   * @return a future of the scaling task
   */
  CompletableFuture<NodePoolTask> addNodes(String clusterId, String poolId, int count);

  /**
   * Grows an ECS pool to a size; see {@link NodePoolClient#scaleTo(String, String, int)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param desiredSize the size to reach
   * @return a future of the scaling task
   */
  CompletableFuture<NodePoolTask> scaleTo(String clusterId, String poolId, int desiredSize);

  /**
   * Deletes a pool; see {@link NodePoolClient#deletePool(String, String)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @return a future of the deletion task
   */
  CompletableFuture<NodePoolTask> deletePool(String clusterId, String poolId);

  /**
   * Deletes a pool, forcibly if asked; see {@link NodePoolClient#deletePool(String, String, boolean)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param force true to delete even if nodes remain
   * @return a future of the deletion task
   */
  CompletableFuture<NodePoolTask> deletePool(String clusterId, String poolId, boolean force);

  /**
   * Mints a join command; see {@link NodePoolClient#attachScript(String, String, AttachScriptRequest)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request the token and script settings
   * @return a future of the script
   */
  CompletableFuture<AttachScript> attachScript(String clusterId, String poolId, AttachScriptRequest request);

  /**
   * Mints a join command from a builder.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request sets the token and script settings
   * @return a future of the script
   */
  default CompletableFuture<AttachScript> attachScript(String clusterId, String poolId,
      Consumer<AttachScriptRequest.Builder> request) {
    return built(() -> {
      AttachScriptRequest.Builder b = AttachScriptRequest.builder();
      Validate.notNull(request, "attachScript").accept(b);
      return b.build();
    }, r -> attachScript(clusterId, poolId, r));
  }

  /**
   * Mints a join command with the service's defaults.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @return a future of the script
   */
  default CompletableFuture<AttachScript> attachScript(String clusterId, String poolId) {
    return attachScript(clusterId, poolId, AttachScriptRequest.builder().build());
  }

  /**
   * Adds existing ECS instances to a pool; see
   * {@link NodePoolClient#attachInstances(String, String, AttachInstancesRequest)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request the instances
   * @return a future of the attach task
   */
  CompletableFuture<NodePoolTask> attachInstances(String clusterId, String poolId, AttachInstancesRequest request);

  /**
   * Lists nodes page by page without blocking; see {@link NodePoolClient#listNodes(String, ListNodesRequest)}.
   * Invalid input surfaces as a failed future from the paginator's first pass.
   *
   * @param clusterId the cluster
   * @param request the filters and page size
   * @return the lazy list
   */
  AsyncPaginator<Node> listNodes(String clusterId, ListNodesRequest request);

  /**
   * Lists nodes with filters from a builder.
   *
   * @param clusterId the cluster
   * @param request sets the filters
   * @return the lazy list
   */
  default AsyncPaginator<Node> listNodes(String clusterId, Consumer<ListNodesRequest.Builder> request) {
    return Futures.failInstead(() -> {
      ListNodesRequest.Builder b = ListNodesRequest.builder();
      Validate.notNull(request, "listNodes").accept(b);
      return listNodes(clusterId, b.build());
    }, SdkExecutors.completion());
  }

  /**
   * Removes nodes from a pool; see {@link NodePoolClient#removeNodes(String, String, RemoveNodesRequest)}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request the nodes and options
   * @return a future of the removal task
   */
  CompletableFuture<NodePoolTask> removeNodes(String clusterId, String poolId, RemoveNodesRequest request);

  /**
   * Removes nodes with options from a builder.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param request sets the nodes and options
   * @return a future of the removal task
   */
  default CompletableFuture<NodePoolTask> removeNodes(String clusterId, String poolId,
      Consumer<RemoveNodesRequest.Builder> request) {
    return built(() -> {
      RemoveNodesRequest.Builder b = RemoveNodesRequest.builder();
      Validate.notNull(request, "removeNodes").accept(b);
      return b.build();
    }, r -> removeNodes(clusterId, poolId, r));
  }

  /**
   * Onboards many servers into a hybrid pool; see
   * {@link NodePoolClient#onboardServers(String, String, List, ServerRunner, OnboardingOptions)}.
   *
   * @param clusterId the cluster
   * @param poolId the hybrid pool
   * @param servers the servers, with unique names
   * @param runner runs a script on a server
   * @param options concurrency, batch size, deadline, script settings and progress callback
   * @return a future of the per-server report
   */
  CompletableFuture<OnboardingReport> onboardServers(String clusterId, String poolId, List<ServerSpec> servers,
      ServerRunner runner, OnboardingOptions options);

  private static <S, R> CompletableFuture<R> built(Supplier<S> build, Function<S, CompletableFuture<R>> call) {
    S spec;
    try {
      spec = build.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return call.apply(spec);
  }
}
