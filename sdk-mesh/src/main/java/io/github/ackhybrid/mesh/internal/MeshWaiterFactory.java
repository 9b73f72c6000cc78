package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.WaitDecision;
import io.github.ackhybrid.core.Waiter;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Builds the mesh waiters, each with a blocking and a non-blocking poll, so the two twins judge
 * every state alike. ASM gives no task ids: every wait polls the mesh or its member list.
 */
final class MeshWaiterFactory {
  // CloudConfig promises that waiters back off from its poll interval up to six times it.
  private static final int MAX_INTERVAL_FACTOR = 6;

  private final MeshCaller caller;
  private final Duration initialInterval;
  private final Executor executor;

  MeshWaiterFactory(MeshCaller caller, CloudConfig config) {
    this.caller = caller;
    this.initialInterval = config.pollInterval();
    this.executor = config.completionExecutor().orElse(SdkExecutors.completion());
  }

  Waiter<ServiceMesh> running(String meshId, Duration timeout) {
    MeshValidation.id(meshId, "meshId");
    return this.<ServiceMesh>start("mesh " + meshId + " to be running", timeout)
        .poll(() -> caller.sync(MeshRequests.describeMesh(meshId)))
        .pollAsync(() -> caller.async(() -> MeshRequests.describeMesh(meshId)))
        .acceptor(mesh -> switch (mesh.state()) {
          case RUNNING -> WaitDecision.SUCCESS;
          default -> failed(mesh) ? WaitDecision.FAILURE : WaitDecision.RETRY;
        })
        .describeState(MeshWaiterFactory::describe)
        .build();
  }

  Waiter<Optional<MeshMemberCluster>> clusterRunning(String meshId, String clusterId, Duration timeout) {
    MeshValidation.id(meshId, "meshId");
    MeshValidation.id(clusterId, "clusterId");
    return this.<Optional<MeshMemberCluster>>start(
            "cluster " + clusterId + " to be running in mesh " + meshId, timeout)
        .poll(() -> find(caller.sync(MeshRequests.memberClusters(meshId)), clusterId))
        .pollAsync(() -> MeshCaller.map(caller.async(() -> MeshRequests.memberClusters(meshId)),
            clusters -> find(clusters, clusterId)))
        .acceptor(found -> found.map(c -> switch (c.state()) {
          case RUNNING -> WaitDecision.SUCCESS;
          case FAILED -> WaitDecision.FAILURE;
          default -> WaitDecision.RETRY;
        }).orElse(WaitDecision.RETRY))
        .describeState(found -> found.map(c -> c.stateAsString()
                + c.errorMessage().map(m -> " (" + m + ")").orElse(""))
            .orElse("not yet a member"))
        .build();
  }

  /**
   * Polls until the mesh cannot be read any more. Not-found and {@code StatusForbidden} mean gone
   * here only; 5xx keeps the wait going because ASM answers 500 and 503 during deletion too, and
   * reading those as "gone" could report a deletion that has not happened.
   */
  Waiter<ServiceMesh> deleted(String meshId, Duration timeout) {
    MeshValidation.id(meshId, "meshId");
    return this.<ServiceMesh>start("mesh " + meshId + " to be deleted", timeout)
        .poll(() -> caller.sync(MeshRequests.describeMesh(meshId)))
        .pollAsync(() -> caller.async(() -> MeshRequests.describeMesh(meshId)))
        .acceptor(mesh -> failed(mesh) ? WaitDecision.FAILURE : WaitDecision.RETRY)
        .onError(error -> MeshErrors.meshGone(error) ? WaitDecision.SUCCESS
            : error instanceof ServiceException && ((ServiceException) error).statusCode() >= 500
                ? WaitDecision.RETRY : WaitDecision.FAILURE)
        .describeState(MeshWaiterFactory::describe)
        .build();
  }

  private <T> Waiter.Builder<T> start(String description, Duration timeout) {
    Validate.positive(timeout, "timeout");
    return Waiter.<T>builder(description)
        .timeout(timeout)
        .initialInterval(initialInterval)
        .maxInterval(initialInterval.multipliedBy(MAX_INTERVAL_FACTOR))
        .executor(executor);
  }

  /**
   * A known failure state, or any {@code *_failed} state: the reference documents
   * {@code upgrading_failed} only, so other failures are expected to follow its spelling.
   */
  private static boolean failed(ServiceMesh mesh) {
    return mesh.state().isFailure() || mesh.stateAsString().endsWith("_failed");
  }

  private static String describe(ServiceMesh mesh) {
    return (mesh.stateAsString().isEmpty() ? "(none)" : mesh.stateAsString())
        + mesh.errorMessage().map(m -> " (" + m + ")").orElse("");
  }

  private static Optional<MeshMemberCluster> find(List<MeshMemberCluster> clusters, String clusterId) {
    return clusters.stream().filter(c -> c.id().equals(clusterId)).findFirst();
  }
}
