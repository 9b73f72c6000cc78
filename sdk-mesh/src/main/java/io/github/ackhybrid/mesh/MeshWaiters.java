package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import io.github.ackhybrid.mesh.model.ServiceMesh;
import java.time.Duration;

/**
 * Blocking waits for the states ASM reaches in the background, since its mutating calls return
 * before the work is done and give no task to follow. Polls start at once and then back off from
 * {@link CloudConfig#pollInterval()} to six times it. From {@link MeshClient#waiters()}.
 */
public interface MeshWaiters {

  /**
   * Waits until a mesh is {@code running}.
   *
   * @param meshId the mesh
   * @param timeout how long to wait at most
   * @return the running mesh
   * @throws ValidationException if meshId is blank or timeout is not positive
   * @throws WaiterException on a failure state such as {@code upgrading_failed} (reason
   *     {@code FAILURE_STATE}), on a poll error such as an unknown mesh ({@code POLL_FAILED}), or
   *     when time runs out ({@code TIMEOUT}); the message carries the mesh's error message if any
   * @throws SdkException if the thread is interrupted
   */
  ServiceMesh untilRunning(String meshId, Duration timeout);

  /**
   * Waits until a cluster is a {@code running} member of a mesh, as after
   * {@link MeshClient#addCluster(String, String)}. A cluster not yet listed keeps the wait going.
   *
   * @param meshId the mesh
   * @param clusterId the cluster
   * @param timeout how long to wait at most
   * @return the running member cluster
   * @throws ValidationException if an id is blank or timeout is not positive
   * @throws WaiterException if the cluster {@code failed}, a poll failed, or time ran out
   * @throws SdkException if the thread is interrupted
   */
  MeshMemberCluster untilClusterRunning(String meshId, String clusterId, Duration timeout);

  /**
   * Waits until a mesh is gone after {@link MeshClient#deleteMesh(String)}. Here, and only here,
   * not-found answers ({@code ServiceMesh.NotFound}) and HTTP 403 {@code StatusForbidden}, which
   * ASM gives for a deleted mesh, mean success; 5xx answers keep the wait going.
   *
   * @param meshId the mesh
   * @param timeout how long to wait at most
   * @throws ValidationException if meshId is blank or timeout is not positive
   * @throws WaiterException if the mesh reached a failure state, a poll failed otherwise, or time
   *     ran out
   * @throws SdkException if the thread is interrupted
   */
  void untilDeleted(String meshId, Duration timeout);
}
