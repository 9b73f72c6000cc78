package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import io.github.ackhybrid.mesh.model.IngressRoutingStrategy;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.WeightedIngressRule;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change to a traffic-lane group ({@code UpdateSwimLaneGroup}): its services, its baseline lane,
 * and how ingress traffic is routed among its lanes. Unset fields stay as they are. Per-lane
 * weights are not settable through this API; they live in the lane's {@code ASMSwimLane} resource.
 * Immutable.
 */
@RequestStyle
@Value.Immutable
public abstract class UpdateSwimLaneGroupRequest {

  /**
   * Returns the mesh. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns the group to change. Required.
   *
   * @return the group name
   */
  public abstract String groupName();

  /**
   * Returns the new services of the group.
   *
   * @return the services; empty leaves them unchanged
   */
  public abstract List<LaneService> services();

  /**
   * Returns the baseline lane of a permissive group.
   *
   * @return the lane name
   */
  public abstract Optional<String> fallbackTarget();

  /**
   * Returns how ingress traffic is routed among the lanes.
   *
   * @return the strategy
   */
  public abstract Optional<IngressRoutingStrategy> routingStrategy();

  /**
   * Returns the rule choosing the requests a weighted group splits by weight, sent as the
   * {@code WeightedIngressRule} JSON text. Only with {@link IngressRoutingStrategy#WEIGHTED}.
   *
   * @return the rule
   */
  public abstract Optional<WeightedIngressRule> weightedIngressRule();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
    KubernetesNames.dns1123Label(groupName(), "swimLaneGroup.name");
    MeshValidation.laneServices(services(), "swimLaneGroup.services", 0);
    fallbackTarget().ifPresent(t -> KubernetesNames.dns1123Label(t, "swimLaneGroup.fallbackTarget"));
    if (routingStrategy().orElse(null) == IngressRoutingStrategy.UNKNOWN) {
      throw new ValidationException("swimLaneGroup.routingStrategy", "must be WEIGHTED or RULE_BASED, was UNKNOWN");
    }
    if (weightedIngressRule().isPresent()) {
      if (routingStrategy().orElse(null) != IngressRoutingStrategy.WEIGHTED) {
        throw new ValidationException("swimLaneGroup.weightedIngressRule",
            "may be set only with routingStrategy WEIGHTED, was " + routingStrategy().map(Enum::name).orElse("unset"));
      }
      MeshValidation.weightedIngressRule(weightedIngressRule().get(), "swimLaneGroup.weightedIngressRule");
    }
    if (services().isEmpty() && fallbackTarget().isEmpty() && routingStrategy().isEmpty()) {
      throw new ValidationException("swimLaneGroup", "must change at least one of services, fallbackTarget, routingStrategy");
    }
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link UpdateSwimLaneGroupRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableUpdateSwimLaneGroupRequest.Builder {}
}
