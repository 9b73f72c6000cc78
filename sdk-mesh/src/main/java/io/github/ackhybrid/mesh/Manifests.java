package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import java.util.Map;

/** What every policy's rendering shares: the service host, the SDK label, the resource kinds. */
final class Manifests {
  static final String DESTINATION_RULE = "DestinationRule";
  static final String VIRTUAL_SERVICE = "VirtualService";

  private Manifests() {}

  /**
   * Returns the in-mesh host of a service. The cluster domain is ASM's default; a fully qualified
   * host keeps the rule unambiguous when it is read from another namespace.
   */
  static String host(String service, String namespace) {
    return service + "." + namespace + ".svc.cluster.local";
  }

  static ObjectNode object() {
    return Json.mapper().createObjectNode();
  }

  static IstioResource resource(IstioApiVersion version, String kind, String name, String namespace, ObjectNode spec) {
    Validate.notNull(version, "version");
    return IstioResource.of(version.apiVersion(), kind, name, namespace,
        Map.of(TrafficPolicy.MANAGED_BY_LABEL, TrafficPolicy.MANAGED_BY), spec);
  }

  /** Checks the service and namespace every policy starts from; {@code policy} prefixes the field names. */
  static void checkTarget(String service, String namespace, String policy) {
    KubernetesNames.dns1035Label(service, policy + ".service");
    KubernetesNames.dns1123Label(namespace, policy + ".namespace");
  }
}
