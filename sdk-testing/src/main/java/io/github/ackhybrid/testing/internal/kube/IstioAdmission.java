package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** A mesh control plane's admission: Istio's validation webhook on VirtualServices and DestinationRules. */
final class IstioAdmission implements Admission {
  @Override
  public void admit(ResourceType type, String namespace, String name, ObjectNode object, ControlPlane plane) {
    String problem = null;
    if (type == ResourceType.VIRTUAL_SERVICE) {
      List<JsonNode> rules = new ArrayList<>(plane.stored(ResourceType.DESTINATION_RULE, namespace));
      problem = IstioValidation.virtualService(object, namespace, rules);
    } else if (type == ResourceType.DESTINATION_RULE) {
      problem = IstioValidation.destinationRule(object);
    }
    if (problem != null) {
      throw KubeError.webhook(type, name, problem);
    }
  }
}
