package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One traffic lane of a lane group: the workloads it selects by label, its services, its share of
 * weighted ingress traffic and what ASM found wrong with it. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class SwimLane {

  /**
   * Returns the lane name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the group the lane belongs to.
   *
   * @return the group name
   */
  public abstract String groupName();

  /**
   * Returns the label key that selects the lane's workloads, normally {@code ASM_TRAFFIC_TAG}.
   *
   * @return the label key, empty when none was sent
   */
  @Value.Default
  public String labelSelectorKey() {
    return "";
  }

  /**
   * Returns the label value that selects the lane's workloads, such as {@code v1}.
   *
   * @return the label value, empty when none was sent
   */
  @Value.Default
  public String labelSelectorValue() {
    return "";
  }

  /**
   * Returns the services of the lane.
   *
   * @return the services, possibly empty
   */
  public abstract List<LaneService> services();

  /**
   * Returns the lane's share of ingress traffic in a weighted group.
   *
   * @return the weight, absent in other groups
   */
  public abstract Optional<LaneIngressWeight> ingressWeight();

  /**
   * Returns the problems ASM found with the lane's configuration.
   *
   * @return the messages, empty when the lane is in effect
   */
  public abstract List<LaneValidationMessage> validationMessages();

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

  /** Builds a {@link SwimLane}. */
  public static final class Builder extends ImmutableSwimLane.Builder {}
}
