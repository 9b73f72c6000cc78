package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What {@code CreateServiceMesh} answers: the new mesh's id. The mesh starts in {@code initial};
 * wait for {@code running} before changing it. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class CreatedMesh {

  /**
   * Returns the id of the new mesh.
   *
   * @return the mesh id
   */
  public abstract String id();

  /**
   * Returns the service's request id for the create call.
   *
   * @return the request id, if the answer carried one
   */
  public abstract Optional<String> requestId();

  /**
   * Tells whether the create's answer was lost after the service may have acted and the SDK found
   * the mesh by the creation token it had tagged it with ({@code ackhybrid.io/create-token}). The
   * {@link #requestId()} is then empty: the lost answer's id is unknown.
   *
   * @return true for a reconciled result
   */
  @Value.Default
  public boolean reconciled() {
    return false;
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this value's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link CreatedMesh}. */
  public static final class Builder extends ImmutableCreatedMesh.Builder {}
}
