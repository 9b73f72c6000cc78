package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The share of a weighted lane group's ingress traffic that a lane receives, and where it goes. Immutable. */
@ModelStyle
@Value.Immutable
public abstract class LaneIngressWeight {

  /**
   * Returns the destination host, such as {@code mocka.default.svc.cluster.local}.
   *
   * @return the host
   */
  public abstract String host();

  /**
   * Returns the destination subset.
   *
   * @return the subset
   */
  public abstract Optional<String> subset();

  /**
   * Returns the weight of the lane.
   *
   * @return the weight
   */
  public abstract int weight();

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

  /** Builds a {@link LaneIngressWeight}. */
  public static final class Builder extends ImmutableLaneIngressWeight.Builder {}
}
