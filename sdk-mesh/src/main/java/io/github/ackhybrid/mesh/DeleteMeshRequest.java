package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code DeleteServiceMesh} deletes and how. Without {@code force}, the service refuses while
 * clusters are still in the mesh ({@code ErrorPermitted.ClustersNotEmpty}, a
 * {@link io.github.ackhybrid.core.exception.ConflictException}). Immutable.
 */
@RequestStyle
@Value.Immutable
public abstract class DeleteMeshRequest {

  /**
   * Returns the mesh to delete. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns whether to delete even though clusters are still in the mesh.
   *
   * @return the setting; the service's default (false) when absent
   */
  public abstract Optional<Boolean> force();

  /**
   * Returns the resources (such as the CLB instances) to keep, sent as the JSON array text
   * {@code RetainResources}.
   *
   * @return the resource ids, possibly empty
   */
  public abstract List<String> retainResourceIds();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
    MeshValidation.distinctIds(retainResourceIds(), "deleteMesh.retainResourceIds", 0, 100);
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeleteMeshRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableDeleteMeshRequest.Builder {}
}
