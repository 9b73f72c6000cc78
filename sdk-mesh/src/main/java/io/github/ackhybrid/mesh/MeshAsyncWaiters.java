package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The non-blocking twin of {@link MeshWaiters}, from {@link MeshAsyncClient#waiters()}: each poll
 * is scheduled on the SDK's shared scheduler, so no thread waits. A returned future fails with the
 * {@link ValidationException} or {@link WaiterException} the blocking wait would throw; cancelling
 * it stops polling.
 */
public interface MeshAsyncWaiters {

  /**
   * Waits until a mesh is {@code running}; see {@link MeshWaiters#untilRunning}.
   *
   * @param meshId the mesh
   * @param timeout how long to wait at most
   * @return the running mesh
   */
  CompletableFuture<ServiceMesh> untilRunning(String meshId, Duration timeout);

  /**
   * Waits until a cluster is a {@code running} member of a mesh; see
   * {@link MeshWaiters#untilClusterRunning}.
   *
   * @param meshId the mesh
   * @param clusterId the cluster
   * @param timeout how long to wait at most
   * @return the running member cluster
   */
  CompletableFuture<MeshMemberCluster> untilClusterRunning(String meshId, String clusterId, Duration timeout);

  /**
   * Waits until a mesh is gone; see {@link MeshWaiters#untilDeleted}.
   *
   * @param meshId the mesh
   * @param timeout how long to wait at most
   * @return a future that completes with null once the mesh is gone
   */
  CompletableFuture<Void> untilDeleted(String meshId, Duration timeout);
}
