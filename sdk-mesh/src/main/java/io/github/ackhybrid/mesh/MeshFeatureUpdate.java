package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change of mesh-wide features sent with {@code UpdateMeshFeature}: mesh-wide locality
 * (nearest-access) load balancing and its failover or distribution settings. Unset features stay
 * as they are. The mesh goes to {@code updating} and back to {@code running}. Immutable.
 *
 * <pre>{@code
 * mesh.updateMeshFeature(f -> f.meshId(id)
 *     .localityLoadBalancing(true)
 *     .localityLbConfig(LocalityLbConfig.builder().failover("cn-hangzhou", "cn-shanghai").build()));
 * }</pre>
 */
@RequestStyle
@Value.Immutable
public abstract class MeshFeatureUpdate {

  /**
   * Returns the mesh. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns whether to turn mesh-wide locality load balancing on or off.
   *
   * @return the setting; unchanged when absent
   */
  public abstract Optional<Boolean> localityLoadBalancing();

  /**
   * Returns the mesh-wide locality settings, sent as the {@code LocalityLBConf} JSON text. Failover
   * and distribution are mutually exclusive on the service too: to switch, send the new kind.
   *
   * @return the settings; unchanged when absent
   */
  public abstract Optional<LocalityLbConfig> localityLbConfig();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
    if (localityLoadBalancing().isEmpty() && localityLbConfig().isEmpty()) {
      throw new ValidationException("meshFeature", "must change at least one feature, none was set");
    }
    if (localityLbConfig().isPresent() && !localityLoadBalancing().orElse(true)) {
      throw new ValidationException("meshFeature.localityLbConfig",
          "must not be set while localityLoadBalancing is false: the settings would have no effect");
    }
  }

  /**
   * Starts an update.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeshFeatureUpdate}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableMeshFeatureUpdate.Builder {}
}
