package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolSnapshot;
import java.time.Duration;

/**
 * Blocking waits for node pools and nodes, polling at {@link CloudConfig#pollInterval()} and
 * backing off to six times that. Transient failures (throttling, 5xx, lost connections) are ridden
 * out until the timeout; a failure state or any other error ends the wait with a
 * {@link WaiterException} carrying the last observed value. Thread-safe.
 */
public interface NodePoolWaiters {

  /** How long, from the start of a wait, "pool not found" is taken for read-after-create lag. */
  Duration DEFAULT_NOT_FOUND_GRACE = Duration.ofSeconds(30);

  /**
   * Waits until a pool is {@code active}. Right after creation the service may answer
   * {@code ErrorNodePoolNotFound} for a short while (reference §2, §7); that is absorbed for the
   * not-found grace period, after which "not found" ends the wait.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param timeout how long to wait
   * @return the active pool
   * @throws WaiterException if the pool reaches {@code deleting} or {@code failed}, stays missing
   *     past the grace period, or is not active in time; {@code lastState()} is the last pool seen
   * @throws ValidationException if an argument is invalid
   */
  NodePool untilActive(String clusterId, String poolId, Duration timeout);

  /**
   * Waits until at least {@code count} nodes of a pool are {@code Ready}.
   *
   * @param clusterId the cluster
   * @param poolId the pool
   * @param count how many ready nodes to wait for, at least 1
   * @param timeout how long to wait
   * @return the pool and its nodes when enough were ready
   * @throws WaiterException if the pool reaches {@code deleting} or {@code failed}, disappears, or
   *     not enough nodes are ready in time; {@code lastState()} is the last {@link NodePoolSnapshot}
   * @throws ValidationException if an argument is invalid
   */
  NodePoolSnapshot untilNodesReady(String clusterId, String poolId, int count, Duration timeout);

  /**
   * Waits until a node is no longer listed in the cluster.
   *
   * @param clusterId the cluster
   * @param nodeName the Kubernetes node name
   * @param timeout how long to wait
   * @throws WaiterException if the node is still listed when time runs out; {@code lastState()} is
   *     the list of matching nodes last seen
   * @throws ValidationException if an argument is invalid
   */
  void untilNodeRemoved(String clusterId, String nodeName, Duration timeout);

  /**
   * Returns waiters that take "pool not found" for read-after-create lag for a different time.
   *
   * @param grace zero or more; zero treats "not found" as final at once
   * @return new waiters
   * @throws ValidationException if the grace is null or negative
   */
  NodePoolWaiters withNotFoundGrace(Duration grace);
}
