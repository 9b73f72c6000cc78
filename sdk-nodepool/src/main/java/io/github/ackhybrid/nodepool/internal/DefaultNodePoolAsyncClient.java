package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.AttachInstancesRequest;
import io.github.ackhybrid.nodepool.AttachScriptRequest;
import io.github.ackhybrid.nodepool.HybridPoolSpec;
import io.github.ackhybrid.nodepool.ListNodesRequest;
import io.github.ackhybrid.nodepool.NodePoolAsyncClient;
import io.github.ackhybrid.nodepool.NodePoolAsyncWaiters;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.NodePoolSpec;
import io.github.ackhybrid.nodepool.NodePoolUpdate;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.RemoveNodesRequest;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.CreatedNodePool;
import io.github.ackhybrid.nodepool.model.Node;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolTask;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The non-blocking {@link NodePoolAsyncClient}: runs the same prepared calls as the blocking
 * client through the pipeline's asynchronous path. Input errors become failed futures.
 */
final class DefaultNodePoolAsyncClient implements NodePoolAsyncClient {
  private final ClientRuntime runtime;
  private final NodePoolRequests requests;
  private final Executor completion;
  private final PoolWaiterFactory waiterFactory;
  private final NodePoolAsyncWaiters waiters;

  DefaultNodePoolAsyncClient(ClientRuntime runtime, NodePoolRequests requests, NodePoolClient sync) {
    this.runtime = runtime;
    this.requests = requests;
    this.completion = runtime.config().completionExecutor().orElse(SdkExecutors.completion());
    this.waiterFactory = new PoolWaiterFactory(sync, this, runtime.config().pollInterval(), completion);
    this.waiters = new DefaultNodePoolAsyncWaiters(waiterFactory);
  }

  PoolWaiterFactory waiterFactory() {
    return waiterFactory;
  }

  @Override
  public NodePoolAsyncWaiters waiters() {
    return waiters;
  }

  @Override
  public CompletableFuture<CreatedNodePool> createHybridPool(String clusterId, HybridPoolSpec spec) {
    return create(() -> requests.createPool(clusterId, Validate.notNull(spec, "hybridPool")));
  }

  @Override
  public CompletableFuture<CreatedNodePool> createPool(String clusterId, NodePoolSpec spec) {
    return create(() -> requests.createPool(clusterId, Validate.notNull(spec, "nodePool")));
  }

  @Override
  public CompletableFuture<List<NodePool>> listPools(String clusterId) {
    return run(() -> requests.listPools(clusterId, null));
  }

  @Override
  public CompletableFuture<List<NodePool>> listPools(String clusterId, String name) {
    return run(() -> requests.listPools(clusterId, Validate.notNull(name, "listPools.name")));
  }

  @Override
  public CompletableFuture<NodePool> describePool(String clusterId, String poolId) {
    return run(() -> requests.describePool(clusterId, poolId));
  }

  @Override
  public CompletableFuture<NodePoolTask> updatePool(String clusterId, NodePool current, NodePoolUpdate update) {
    return run(() -> requests.modifyPool(clusterId, current, update));
  }

  @Override
  public CompletableFuture<NodePoolTask> addNodes(String clusterId, String poolId, int count) {
    try {
      Validate.inRange(count, "addNodes.count", 1, NodePoolRequests.MAX_SCALE_OUT);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return describePool(clusterId, poolId)
        .thenCompose(pool -> run(() -> requests.addNodes(clusterId, pool, count)));
  }

  @Override
  public CompletableFuture<NodePoolTask> scaleTo(String clusterId, String poolId, int desiredSize) {
    try {
      Validate.inRange(desiredSize, "scaleTo.desiredSize", 0, 2000);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return describePool(clusterId, poolId).thenCompose(pool -> {
      OptionalLong add;
      try {
        add = NodePoolRequests.nodesToAdd(pool, desiredSize);
      } catch (RuntimeException e) {
        return CompletableFuture.failedFuture(e);
      }
      return add.isEmpty()
          ? CompletableFuture.completedFuture(NodePoolRequests.unchanged(clusterId, pool))
          : run(() -> requests.addNodes(clusterId, pool, add.getAsLong()));
    });
  }

  @Override
  public CompletableFuture<NodePoolTask> deletePool(String clusterId, String poolId) {
    return run(() -> requests.deletePool(clusterId, poolId, null));
  }

  @Override
  public CompletableFuture<NodePoolTask> deletePool(String clusterId, String poolId, boolean force) {
    return run(() -> requests.deletePool(clusterId, poolId, force));
  }

  @Override
  public CompletableFuture<AttachScript> attachScript(String clusterId, String poolId, AttachScriptRequest request) {
    return run(() -> requests.attachScript(clusterId, poolId, request));
  }

  @Override
  public CompletableFuture<NodePoolTask> attachInstances(String clusterId, String poolId,
      AttachInstancesRequest request) {
    return run(() -> requests.attachInstances(clusterId, poolId, request));
  }

  @Override
  public AsyncPaginator<Node> listNodes(String clusterId, ListNodesRequest request) {
    return Futures.failInstead(() -> {
      Ids.clusterId(clusterId);
      Validate.notNull(request, "listNodes");
      return AsyncPaginator.<Node>byPageNumber(request.pageSize(),
          (page, size) -> run(() -> requests.listNodes(clusterId, request, page))).withExecutor(completion);
    }, completion);
  }

  @Override
  public CompletableFuture<NodePoolTask> removeNodes(String clusterId, String poolId, RemoveNodesRequest request) {
    return run(() -> requests.removeNodes(clusterId, poolId, request));
  }

  @Override
  public CompletableFuture<OnboardingReport> onboardServers(String clusterId, String poolId,
      List<ServerSpec> servers, ServerRunner runner, OnboardingOptions options) {
    ServerOnboarding onboarding;
    try {
      onboarding = new ServerOnboarding(this, runtime.config(), completion, clusterId, poolId, servers, runner,
          options);
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return onboarding.start();
  }

  private <R> CompletableFuture<R> create(Supplier<UnsafeCreate<R>> prepare) {
    UnsafeCreate<R> create;
    try {
      create = prepare.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    return create.executeAsync(runtime);
  }

  private <W, R> CompletableFuture<R> run(Supplier<Call<W, R>> prepare) {
    return Futures.failInstead(() -> prepare.get().executeAsync(runtime));
  }
}
