package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Non-blocking waits for node pools and nodes: the same rules as {@link NodePoolWaiters}, with
 * polls scheduled on the SDK's shared scheduler so no thread is held while waiting. The waits
 * never throw: their futures fail with {@link WaiterException}, or with a
 * {@link io.github.ackhybrid.core.exception.ValidationException} for bad input, before any poll;
 * cancelling one stops polling.
 */
public interface NodePoolAsyncWaiters {

  /**
   * Waits until a pool is {@code active}; see {@link NodePoolWaiters#untilActive}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param timeout how long to wait
   * @return a future of the active pool
   */
  CompletableFuture<NodePool> untilActive(String clusterId, String poolId, Duration timeout);

  /**
   * Waits until enough nodes of a pool are {@code Ready}; see {@link NodePoolWaiters#untilNodesReady}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param count how many ready nodes to wait for
   * @param timeout how long to wait
   * @return a future of the pool and its nodes
   */
  CompletableFuture<NodePoolSnapshot> untilNodesReady(String clusterId, String poolId, int count, Duration timeout);

  /**
   * Waits until a node is no longer listed; see {@link NodePoolWaiters#untilNodeRemoved}.
   *
   * @param clusterId the cluster
   * @param nodeName the Kubernetes node name
   * @param timeout how long to wait
   * @return a future that completes once the node is gone
   */
  CompletableFuture<Void> untilNodeRemoved(String clusterId, String nodeName, Duration timeout);

  /**
   * Returns waiters that take "pool not found" for read-after-create lag for a different time.
   *
   * @param grace zero or more
   * @return new waiters
   */
  NodePoolAsyncWaiters withNotFoundGrace(Duration grace);
}
