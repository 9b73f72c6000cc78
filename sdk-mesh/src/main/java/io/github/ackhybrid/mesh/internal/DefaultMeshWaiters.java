package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.mesh.MeshWaiters;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Duration;

/** The blocking {@link MeshWaiters}: each wait polls on the caller's thread. */
final class DefaultMeshWaiters implements MeshWaiters {
  private final MeshWaiterFactory waiters;

  DefaultMeshWaiters(MeshWaiterFactory waiters) {
    this.waiters = waiters;
  }

  @Override
  public ServiceMesh untilRunning(String meshId, Duration timeout) {
    return waiters.running(meshId, timeout).await();
  }

  @Override
  public MeshMemberCluster untilClusterRunning(String meshId, String clusterId, Duration timeout) {
    // The waiter succeeds only on a present, running cluster.
    return waiters.clusterRunning(meshId, clusterId, timeout).await().orElseThrow();
  }

  @Override
  public void untilDeleted(String meshId, Duration timeout) {
    waiters.deleted(meshId, timeout).await();
  }
}
