package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which cluster {@code RemoveClusterFromServiceMesh} takes out of a mesh. The mesh goes back to
 * {@code running} when done; wait for that before the next change. Immutable.
 */
@RequestStyle
@Value.Immutable
public abstract class RemoveClusterRequest {

  /**
   * Returns the mesh. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns the cluster to remove. Required.
   *
   * @return the cluster id
   */
  public abstract String clusterId();

  /**
   * Returns whether to keep the {@code istio-system} namespace in the cluster.
   *
   * @return the setting
   */
  public abstract Optional<Boolean> reserveNamespace();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
    MeshValidation.id(clusterId(), "clusterId");
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RemoveClusterRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableRemoveClusterRequest.Builder {}
}
