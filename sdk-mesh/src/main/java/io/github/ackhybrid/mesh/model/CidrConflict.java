package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** One CIDR block of a candidate cluster that conflicts with the mesh. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class CidrConflict {

  /**
   * Returns the cluster the conflicting block belongs to.
   *
   * @return the cluster id, empty when the service reports none
   */
  @Value.Default
  public String clusterId() {
    return "";
  }

  /**
   * Returns what the block is assigned to: {@code Pod}, {@code Service}, {@code VSwitch},
   * {@code VPC} or {@code VPC CIDR}.
   *
   * @return the kind of object, empty when the service reports none
   */
  @Value.Default
  public String objectType() {
    return "";
  }

  /**
   * Returns the conflicting block.
   *
   * @return the CIDR, such as {@code 172.16.0.0/24}, empty when the service reports none
   */
  @Value.Default
  public String cidr() {
    return "";
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

  /** Builds a {@link CidrConflict}. */
  public static final class Builder extends ImmutableCidrConflict.Builder {}
}
