package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import org.immutables.value.Value;

/**
 * The mesh-wide locality load balancing settings a mesh reports ({@code Spec.MeshConfig.LocalityLB}).
 * Read leniently: the service's shape for these lists is not settled, and entries it sends in a
 * shape this SDK cannot read are left out. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class MeshLocalityLb {

  /**
   * Returns whether locality load balancing is enabled.
   *
   * @return true if enabled; false when not reported
   */
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /**
   * Returns the region failover entries.
   *
   * @return the entries, possibly empty
   */
  public abstract List<LocalityFailover> failover();

  /**
   * Returns the weighted distribution entries.
   *
   * @return the entries, possibly empty
   */
  public abstract List<LocalityDistribution> distribute();

  /**
   * Returns the failover priority labels.
   *
   * @return the label keys or {@code key=value} pairs, possibly empty
   */
  public abstract List<String> failoverPriority();

  /**
   * Starts a settings value.
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

  /** Builds a {@link MeshLocalityLb}. */
  public static final class Builder extends ImmutableMeshLocalityLb.Builder {}
}
