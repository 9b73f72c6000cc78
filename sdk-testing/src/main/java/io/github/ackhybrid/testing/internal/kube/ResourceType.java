package io.github.ackhybrid.testing.internal.kube;

import java.util.Optional;
import java.util.Set;

/** The kinds the simulated API servers serve, found by API group, version and plural. */
enum ResourceType {
  NAMESPACE("", "Namespace", "namespaces", false, Set.of("v1")),
  VIRTUAL_SERVICE("networking.istio.io", "VirtualService", "virtualservices", true,
      Set.of("v1alpha3", "v1beta1", "v1")),
  DESTINATION_RULE("networking.istio.io", "DestinationRule", "destinationrules", true,
      Set.of("v1alpha3", "v1beta1", "v1")),
  RESOURCE_POLICY("scheduling.alibabacloud.com", "ResourcePolicy", "resourcepolicies", true, Set.of("v1alpha1"));

  private final String group;
  private final String kind;
  private final String plural;
  private final boolean namespaced;
  private final Set<String> versions;

  ResourceType(String group, String kind, String plural, boolean namespaced, Set<String> versions) {
    this.group = group;
    this.kind = kind;
    this.plural = plural;
    this.namespaced = namespaced;
    this.versions = versions;
  }

  static Optional<ResourceType> find(String group, String version, String plural) {
    for (ResourceType type : values()) {
      if (type.group.equals(group) && type.versions.contains(version) && type.plural.equals(plural)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }

  /** Tells whether some kind is served in this group and version, the path prefix of its resources. */
  static boolean knownGroupVersion(String group, String version) {
    for (ResourceType type : values()) {
      if (type.group.equals(group) && type.versions.contains(version)) {
        return true;
      }
    }
    return false;
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

  /** The kind as validation messages write it: {@code ResourcePolicy.scheduling.alibabacloud.com}. */
  String qualifiedKind() {
    return group.isEmpty() ? kind : kind + "." + group;
  }

  String apiVersion(String version) {
    return group.isEmpty() ? version : group + "/" + version;
  }
}
