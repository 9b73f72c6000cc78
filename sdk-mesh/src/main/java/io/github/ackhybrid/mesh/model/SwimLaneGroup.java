package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A traffic-lane ("swim lane") group: the services that take part in full-link grey release, the
 * ingress gateway in front of them, and how ingress traffic is routed among the lanes. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class SwimLaneGroup {

  /**
   * Returns the group name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the ingress gateway the group routes through.
   *
   * @return the gateway name
   */
  public abstract Optional<String> ingressGatewayName();

  /**
   * Returns the ingress type; ASM supports only {@code ASM}.
   *
   * @return the type
   */
  public abstract Optional<String> ingressType();

  /**
   * Returns the routing strategy exactly as the service sent it.
   *
   * @return the raw strategy
   */
  public abstract Optional<String> routingStrategyAsString();

  /**
   * Returns how ingress traffic is routed among the lanes.
   *
   * @return the strategy, {@link IngressRoutingStrategy#UNKNOWN} for a value this SDK does not know
   */
  public Optional<IngressRoutingStrategy> routingStrategy() {
    return routingStrategyAsString().map(IngressRoutingStrategy::fromWire);
  }

  /**
   * Returns whether the group is in permissive mode, where unmatched requests fall back to a baseline lane.
   *
   * @return true if permissive; false when not reported
   */
  @Value.Default
  public boolean permissive() {
    return false;
  }

  /**
   * Returns the baseline lane of a permissive group.
   *
   * @return the lane name
   */
  public abstract Optional<String> fallbackTarget();

  /**
   * Returns the header that carries the preferred lane in permissive mode.
   *
   * @return the header name
   */
  public abstract Optional<String> routeHeader();

  /**
   * Returns the header that carries the trace id in permissive mode.
   *
   * @return the header name
   */
  public abstract Optional<String> traceHeader();

  /**
   * Returns the services of the group.
   *
   * @return the services, possibly empty
   */
  public abstract List<LaneService> services();

  /**
   * Returns the lane label values in use, by label key ({@code SwimLaneLabels}).
   *
   * @return the label values by key, possibly empty
   */
  public abstract Map<String, List<String>> laneLabels();

  /**
   * Returns the weighted ingress rule of a weighted group.
   *
   * @return the rule
   */
  public abstract Optional<WeightedIngressRule> weightedIngressRule();

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

  /** Builds a {@link SwimLaneGroup}. */
  public static final class Builder extends ImmutableSwimLaneGroup.Builder {}
}
