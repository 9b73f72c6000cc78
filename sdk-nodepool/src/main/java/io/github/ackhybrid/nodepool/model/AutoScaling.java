package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The node auto scaling settings of an ECS pool ({@code auto_scaling}). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = AutoScaling.Builder.class)
public abstract class AutoScaling {

  /**
   * Returns whether the cluster autoscaler manages the pool's size.
   *
   * @return true if auto scaling is on
   */
  @JsonProperty("enable")
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /**
   * Returns the least number of instances.
   *
   * @return the minimum
   */
  @JsonProperty("min_instances")
  public abstract Optional<Long> minInstances();

  /**
   * Returns the greatest number of instances.
   *
   * @return the maximum
   */
  @JsonProperty("max_instances")
  public abstract Optional<Long> maxInstances();

  /**
   * Returns the scaling kind: {@code cpu}, {@code gpu}, {@code gpushare} or {@code spot}.
   *
   * @return the kind
   */
  @JsonProperty("type")
  public abstract Optional<String> type();

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AutoScaling}. */
  public static final class Builder extends ImmutableAutoScaling.Builder {}
}
