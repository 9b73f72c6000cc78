package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterTask;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking twins of {@link ClusterWaiters}, from {@link ClusterAsyncClient#waiters()}: the
 * same rules, with no thread parked between polls. Nothing is thrown from these methods: each
 * future fails with the exception the blocking waiter would throw, a
 * {@link io.github.ackhybrid.core.exception.ValidationException} for bad input included (nothing
 * is polled then); cancelling it stops the wait.
 */
public interface ClusterAsyncWaiters {

  /**
   * Waits until a cluster is {@code running}. See {@link ClusterWaiters#untilRunning}.
   *
   * @param clusterId the cluster
   * @param timeout how long to wait at most
   * @return the running cluster
   */
  CompletableFuture<Cluster> untilRunning(String clusterId, Duration timeout);

  /**
   * Waits until a registered cluster's agent has connected. See {@link ClusterWaiters#untilConnected}.
   *
   * @param clusterId the registered cluster
   * @param timeout how long to wait at most
   * @return the connected cluster
   */
  CompletableFuture<Cluster> untilConnected(String clusterId, Duration timeout);

  /**
   * Waits until a task finishes successfully. See {@link ClusterWaiters#untilTaskComplete}.
   *
   * @param taskId the task
   * @param timeout how long to wait at most
   * @return the finished task
   */
  CompletableFuture<ClusterTask> untilTaskComplete(String taskId, Duration timeout);

  /**
   * Waits until a cluster is gone. See {@link ClusterWaiters#untilDeleted}.
   *
   * @param clusterId the cluster
   * @param timeout how long to wait at most
   * @return a future that completes once the cluster is gone
   */
  CompletableFuture<Void> untilDeleted(String clusterId, Duration timeout);
}
