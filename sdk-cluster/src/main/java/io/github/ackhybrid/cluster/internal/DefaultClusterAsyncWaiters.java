package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.cluster.ClusterAsyncWaiters;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterTask;
import io.github.ackhybrid.core.Waiter;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The non-blocking waiters: each builds its waiter and awaits it without parking a thread. */
final class DefaultClusterAsyncWaiters implements ClusterAsyncWaiters {
  private final ClusterWaiterFactory waiters;

  DefaultClusterAsyncWaiters(ClusterWaiterFactory waiters) {
    this.waiters = waiters;
  }

  @Override
  public CompletableFuture<Cluster> untilRunning(String clusterId, Duration timeout) {
    return await(() -> waiters.running(clusterId, timeout));
  }

  @Override
  public CompletableFuture<Cluster> untilConnected(String clusterId, Duration timeout) {
    return await(() -> waiters.connected(clusterId, timeout));
  }

  @Override
  public CompletableFuture<ClusterTask> untilTaskComplete(String taskId, Duration timeout) {
    return await(() -> waiters.taskComplete(taskId, timeout));
  }

  @Override
  public CompletableFuture<Void> untilDeleted(String clusterId, Duration timeout) {
    CompletableFuture<Cluster> wait = await(() -> waiters.deleted(clusterId, timeout));
    CompletableFuture<Void> done = wait.thenApply(lastSeen -> null);
    done.whenComplete((v, e) -> {
      if (e instanceof CancellationException) {
        wait.cancel(false);
      }
    });
    return done;
  }

  /** Invalid input fails the future rather than throwing, as every asynchronous call does. */
  private static <T> CompletableFuture<T> await(Supplier<Waiter<T>> waiter) {
    try {
      return waiter.get().awaitAsync();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
