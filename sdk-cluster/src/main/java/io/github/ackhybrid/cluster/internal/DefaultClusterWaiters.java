package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.cluster.ClusterWaiters;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterTask;
import java.time.Duration;

/** The blocking waiters: each builds its waiter and awaits it on the caller's thread. */
final class DefaultClusterWaiters implements ClusterWaiters {
  private final ClusterWaiterFactory waiters;

  DefaultClusterWaiters(ClusterWaiterFactory waiters) {
    this.waiters = waiters;
  }

  @Override
  public Cluster untilRunning(String clusterId, Duration timeout) {
    return waiters.running(clusterId, timeout).await();
  }

  @Override
  public Cluster untilConnected(String clusterId, Duration timeout) {
    return waiters.connected(clusterId, timeout).await();
  }

  @Override
  public ClusterTask untilTaskComplete(String taskId, Duration timeout) {
    return waiters.taskComplete(taskId, timeout).await();
  }

  @Override
  public void untilDeleted(String clusterId, Duration timeout) {
    waiters.deleted(clusterId, timeout).await();
  }
}
