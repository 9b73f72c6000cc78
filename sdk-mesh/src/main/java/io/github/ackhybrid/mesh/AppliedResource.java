package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One Istio resource as the mesh's Kubernetes API stored it after {@link MeshClient#applyPolicy}:
 * which object it is and the {@code resourceVersion} the API server gave it. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class AppliedResource {

  /**
   * Returns the group and version the resource was written in.
   *
   * @return for example {@code networking.istio.io/v1beta1}
   */
  public abstract String apiVersion();

  /**
   * Returns the kind.
   *
   * @return for example {@code VirtualService}
   */
  public abstract String kind();

  /**
   * Returns the namespace on the mesh's control plane.
   *
   * @return the namespace
   */
  public abstract String namespace();

  /**
   * Returns {@code metadata.name}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the {@code metadata.resourceVersion} the API server answered with, which changes on
   * every write to the object.
   *
   * @return the resource version, absent if the server sent none
   */
  public abstract Optional<String> resourceVersion();

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

  /** Builds an {@link AppliedResource}. */
  public static final class Builder extends ImmutableAppliedResource.Builder {}
}
