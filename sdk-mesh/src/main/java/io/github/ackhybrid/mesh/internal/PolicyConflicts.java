package io.github.ackhybrid.mesh.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.mesh.IstioResource;
import java.util.List;
import java.util.Optional;

/**
 * Spots SDK-managed {@code DestinationRule}s that would fight over one host's locality load
 * balancing. A {@code NearestAccess} and a {@code Failover} for the same service both set the
 * host's {@code trafficPolicy}; Istio keeps only the older rule's, so the newer one silently does
 * nothing. Nothing is refused: the user may be replacing one with the other.
 */
final class PolicyConflicts {
  private PolicyConflicts() {}

  /**
   * Describes the first existing rule that sets the same host's locality load balancing as
   * {@code rendered} under another name.
   *
   * @param rendered a rule about to be applied
   * @param existing the rules already on the control plane, as the API server lists them
   * @return a warning naming both rules and the host, or empty when there is no conflict
   */
  static Optional<String> find(IstioResource rendered, List<ObjectNode> existing) {
    if (!"DestinationRule".equals(rendered.kind()) || !setsLocality(rendered.spec())) {
      return Optional.empty();
    }
    String host = rendered.spec().path("host").asText();
    for (ObjectNode other : existing) {
      String name = other.path("metadata").path("name").asText();
      JsonNode spec = other.path("spec");
      if (!name.equals(rendered.name()) && host.equals(spec.path("host").asText()) && setsLocality(spec)) {
        return Optional.of("DestinationRule " + rendered.namespace() + "/" + rendered.name()
            + " and DestinationRule " + rendered.namespace() + "/" + name + " both set the locality load balancing of host "
            + host + "; Istio applies only the older rule, so remove the nearest-access or the failover policy");
      }
    }
    return Optional.empty();
  }

  private static boolean setsLocality(JsonNode spec) {
    return spec.path("trafficPolicy").path("loadBalancer").has("localityLbSetting");
  }
}
