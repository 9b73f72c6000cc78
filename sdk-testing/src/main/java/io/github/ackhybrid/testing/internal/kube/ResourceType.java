package io.github.ackhybrid.testing.internal.kube;

import java.util.Optional;

/** The kinds the simulated control plane serves, found by API group and plural. */
enum ResourceType {
  NAMESPACE("", "Namespace", "namespaces", false),
  VIRTUAL_SERVICE("networking.istio.io", "VirtualService", "virtualservices", true),
  DESTINATION_RULE("networking.istio.io", "DestinationRule", "destinationrules", true);

  private final String group;
  private final String kind;
  private final String plural;
  private final boolean namespaced;

  ResourceType(String group, String kind, String plural, boolean namespaced) {
    this.group = group;
    this.kind = kind;
    this.plural = plural;
    this.namespaced = namespaced;
  }

  static Optional<ResourceType> find(String group, String plural) {
    for (ResourceType type : values()) {
      if (type.group.equals(group) && type.plural.equals(plural)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  String group() {
    return group;
  }

  String kind() {
    return kind;
  }

  String plural() {
    return plural;
  }

  boolean namespaced() {
    return namespaced;
  }

  /** The plural as API server messages write it: {@code virtualservices.networking.istio.io}. */
  String qualifiedPlural() {
    return group.isEmpty() ? plural : plural + "." + group;
  }

  String apiVersion(String version) {
    return group.isEmpty() ? version : group + "/" + version;
  }
}
