package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.mesh.MeshAsyncWaiters;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** The non-blocking {@link MeshAsyncWaiters}: each poll is scheduled, none is slept for. */
final class DefaultMeshAsyncWaiters implements MeshAsyncWaiters {
  private final MeshWaiterFactory waiters;

  DefaultMeshAsyncWaiters(MeshWaiterFactory waiters) {
    this.waiters = waiters;
  }

  @Override
  public CompletableFuture<ServiceMesh> untilRunning(String meshId, Duration timeout) {
    return start(() -> waiters.running(meshId, timeout).awaitAsync());
  }

  @Override
  public CompletableFuture<MeshMemberCluster> untilClusterRunning(String meshId, String clusterId, Duration timeout) {
    return start(() -> MeshCaller.map(waiters.clusterRunning(meshId, clusterId, timeout).awaitAsync(),
        Optional::orElseThrow));
  }

  @Override
  public CompletableFuture<Void> untilDeleted(String meshId, Duration timeout) {
    return start(() -> MeshCaller.map(waiters.deleted(meshId, timeout).awaitAsync(), mesh -> null));
  }

  private static <T> CompletableFuture<T> start(Supplier<CompletableFuture<T>> wait) {
    try {
      return wait.get();
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
  }
}
