package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.nodepool.NodePoolAsyncWaiters;
import io.github.ackhybrid.nodepool.NodePoolWaiters;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** The non-blocking {@link NodePoolAsyncWaiters}. */
final class DefaultNodePoolAsyncWaiters implements NodePoolAsyncWaiters {
  private final PoolWaiterFactory factory;
  private final Duration notFoundGrace;

  DefaultNodePoolAsyncWaiters(PoolWaiterFactory factory) {
    this(factory, NodePoolWaiters.DEFAULT_NOT_FOUND_GRACE);
  }

  private DefaultNodePoolAsyncWaiters(PoolWaiterFactory factory, Duration notFoundGrace) {
    this.factory = factory;
    this.notFoundGrace = notFoundGrace;
  }

  @Override
  public CompletableFuture<NodePool> untilActive(String clusterId, String poolId, Duration timeout) {
    return PoolWaiterFactory.awaitAsync(() -> factory.active(clusterId, poolId, timeout, notFoundGrace), p -> p);
  }

  @Override
  public CompletableFuture<NodePoolSnapshot> untilNodesReady(String clusterId, String poolId, int count,
      Duration timeout) {
    return PoolWaiterFactory.awaitAsync(() -> factory.nodesReady(clusterId, poolId, count, timeout, notFoundGrace),
        s -> s);
  }

  @Override
  public CompletableFuture<Void> untilNodeRemoved(String clusterId, String nodeName, Duration timeout) {
    return PoolWaiterFactory.awaitAsync(() -> factory.nodeRemoved(clusterId, nodeName, timeout), found -> null);
  }

  @Override
  public NodePoolAsyncWaiters withNotFoundGrace(Duration grace) {
    return new DefaultNodePoolAsyncWaiters(factory, DefaultNodePoolWaiters.checkGrace(grace));
  }
}
