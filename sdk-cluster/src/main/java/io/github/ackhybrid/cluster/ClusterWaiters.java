package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import java.time.Duration;

/**
 * Blocks until a cluster or task reaches a state, from {@link ClusterClient#waiters()}. Each wait
 * polls at once, then at the configuration's poll interval, backing off to six times it.
 * Throttling, 5xx answers and I/O failures of a poll do not end a wait; it polls again until the
 * timeout. Every method throws {@link ValidationException} for a bad id or a timeout that is not
 * positive, {@link WaiterException} when the awaited state can no longer come
 * ({@code FAILURE_STATE}, carrying the last cluster or task), when time runs out ({@code TIMEOUT}),
 * or when a poll fails for good ({@code POLL_FAILED}), and {@link SdkException} if interrupted.
 */
public interface ClusterWaiters {

  /**
   * Waits until a cluster is {@code running}. Fails on {@code failed}, {@code updating_failed},
   * {@code deleting}, {@code deleted} and {@code delete_failed}.
   *
   * @param clusterId the cluster
   * @param timeout how long to wait at most
   * @return the running cluster
   */
  Cluster untilRunning(String clusterId, Duration timeout);

  /**
   * Waits until a registered cluster's agent has connected, which the service shows as
   * {@code running}. Keeps waiting through {@code initial}, {@code waiting} and
   * {@code disconnected}; fails on {@code failed} and on deletion.
   *
   * @param clusterId the registered cluster
   * @param timeout how long to wait at most
   * @return the connected cluster
   */
  Cluster untilConnected(String clusterId, Duration timeout);

  /**
   * Waits until a task finishes successfully ({@code success} or {@code succeeded}). A failed or
   * cancelled task ends the wait with a {@link WaiterException} whose message holds the task's
   * error code and message and whose {@code lastState()} is the {@link ClusterTask}.
   *
   * @param taskId the task
   * @param timeout how long to wait at most
   * @return the finished task
   */
  ClusterTask untilTaskComplete(String taskId, Duration timeout);

  /**
   * Waits until a cluster is gone: the service answers "not found" ({@code ErrorClusterNotFound})
   * or reports it {@code deleted}. Fails on {@code delete_failed}.
   *
   * @param clusterId the cluster
   * @param timeout how long to wait at most
   */
  void untilDeleted(String clusterId, Duration timeout);
}
