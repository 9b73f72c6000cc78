package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.mesh.internal.MeshValidation;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import io.github.ackhybrid.mesh.model.LaneService;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A new traffic-lane group ({@code CreateSwimLaneGroup}): the services that take part in full-link
 * grey release behind an ASM ingress gateway. In permissive mode requests that match no lane fall
 * back to a baseline lane, which needs the route and trace headers. Immutable.
 */
@RequestStyle
@Value.Immutable
public abstract class CreateSwimLaneGroupRequest {

  /**
   * Returns the mesh. Required.
   *
   * @return the mesh id
   */
  public abstract String meshId();

  /**
   * Returns the group name. Required.
   *
   * @return the name
   */
  public abstract String groupName();

  /**
   * Returns the ASM ingress gateway in front of the group. Required.
   *
   * @return the gateway name
   */
  public abstract String ingressGatewayName();

  /**
   * Returns the namespace of the ingress gateway.
   *
   * @return the namespace, such as {@code istio-system}
   */
  public abstract Optional<String> ingressGatewayNamespace();

  /**
   * Returns the services of the group, sent as the JSON array text {@code ServicesList}. At least
   * one is required.
   *
   * @return the services
   */
  public abstract List<LaneService> services();

  /**
   * Returns whether the group is permissive: unmatched requests fall back to a baseline lane.
   *
   * @return true for permissive mode; defaults to false
   */
  @Value.Default
  public boolean permissive() {
    return false;
  }

  /**
   * Returns the header that carries the preferred lane, such as {@code x-asm-prefer-tag}.
   * Required in permissive mode.
   *
   * @return the header name
   */
  public abstract Optional<String> routeHeader();

  /**
   * Returns the header that carries the request's trace id, such as {@code my-request-id}.
   * Required in permissive mode.
   *
   * @return the header name
   */
  public abstract Optional<String> traceHeader();

  @Value.Check
  void check() {
    MeshValidation.id(meshId(), "meshId");
    KubernetesNames.dns1123Label(groupName(), "swimLaneGroup.name");
    KubernetesNames.dns1123Label(ingressGatewayName(), "swimLaneGroup.ingressGatewayName");
    ingressGatewayNamespace().ifPresent(ns -> KubernetesNames.dns1123Label(ns, "swimLaneGroup.ingressGatewayNamespace"));
    MeshValidation.laneServices(services(), "swimLaneGroup.services", 1);
    if (permissive() && (routeHeader().isEmpty() || traceHeader().isEmpty())) {
      throw new ValidationException(routeHeader().isEmpty() ? "swimLaneGroup.routeHeader" : "swimLaneGroup.traceHeader",
          "must be set in permissive mode");
    }
    routeHeader().ifPresent(h -> MeshValidation.headerName(h, "swimLaneGroup.routeHeader"));
    traceHeader().ifPresent(h -> MeshValidation.headerName(h, "swimLaneGroup.traceHeader"));
  }

  /**
   * Starts a request.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CreateSwimLaneGroupRequest}; {@code build()} throws {@link ValidationException} naming the first bad field. */
  public static final class Builder extends ImmutableCreateSwimLaneGroupRequest.Builder {}
}
