package io.github.ackhybrid.kube;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.regex.Pattern;

/**
 * Names one Kubernetes resource type as the REST API addresses it: the API group and version, the
 * kind written in manifests, the plural used in paths, and whether objects live in a namespace.
 * Constants cover the kinds the SDK applies; {@link #namespaced} and {@link #clusterScoped} make
 * any other, such as a custom resource.
 *
 * @param group the API group, such as {@code networking.istio.io}; empty for the core group
 *     ({@code /api/v1})
 * @param version the API version within the group, such as {@code v1beta1}
 * @param kind the kind as written in manifests, such as {@code VirtualService}
 * @param plural the lowercase plural used in REST paths, such as {@code virtualservices}
 * @param namespaced whether objects of this kind live in a namespace
 */
public record ResourceKind(String group, String version, String kind, String plural, boolean namespaced) {
  private static final Pattern VERSION = Pattern.compile("[a-z0-9]+");
  private static final Pattern KIND = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

  private static final String ISTIO_NETWORKING = "networking.istio.io";

  /** Istio {@code VirtualService} at {@code v1beta1}, the version served by every ASM release. */
  public static final ResourceKind VIRTUAL_SERVICE_V1BETA1 =
      namespaced(ISTIO_NETWORKING, "v1beta1", "VirtualService", "virtualservices");

  /** Istio {@code VirtualService} at {@code v1}, served from Istio 1.22 on. */
  public static final ResourceKind VIRTUAL_SERVICE_V1 =
      namespaced(ISTIO_NETWORKING, "v1", "VirtualService", "virtualservices");

  /** Istio {@code DestinationRule} at {@code v1beta1}, the version served by every ASM release. */
  public static final ResourceKind DESTINATION_RULE_V1BETA1 =
      namespaced(ISTIO_NETWORKING, "v1beta1", "DestinationRule", "destinationrules");

  /** Istio {@code DestinationRule} at {@code v1}, served from Istio 1.22 on. */
  public static final ResourceKind DESTINATION_RULE_V1 =
      namespaced(ISTIO_NETWORKING, "v1", "DestinationRule", "destinationrules");

  /** Core {@code Namespace}; on an ASM control plane it must exist before resources are put in it. */
  public static final ResourceKind NAMESPACE = clusterScoped("", "v1", "Namespace", "namespaces");

  /** ACK scheduler {@code ResourcePolicy}, which orders where a namespace's pods are placed. */
  public static final ResourceKind RESOURCE_POLICY =
      namespaced("scheduling.alibabacloud.com", "v1alpha1", "ResourcePolicy", "resourcepolicies");

  /**
   * Checks every part.
   *
   * @param group the API group; empty for the core group
   * @param version the API version within the group
   * @param kind the kind as written in manifests
   * @param plural the lowercase plural used in REST paths
   * @param namespaced whether objects of this kind live in a namespace
   * @throws ValidationException if a part is null or malformed, e.g. a plural with capitals
   */
  public ResourceKind {
    Validate.notNull(group, "resourceKind.group");
    if (!group.isEmpty()) {
      KubernetesNames.dns1123Subdomain(group, "resourceKind.group");
    }
    Validate.matches(version, "resourceKind.version", 1, 63, VERSION, "[a-z0-9]");
    Validate.matches(kind, "resourceKind.kind", 1, 63, KIND, "[A-Za-z0-9] starting with a letter");
    KubernetesNames.dns1123Label(plural, "resourceKind.plural");
  }

  /**
   * Makes the kind of a namespaced resource.
   *
   * @param group the API group, empty for the core group
   * @param version the API version
   * @param kind the kind as written in manifests
   * @param plural the lowercase plural used in paths
   * @return the resource kind
   * @throws ValidationException if a part is malformed
   */
  public static ResourceKind namespaced(String group, String version, String kind, String plural) {
    return new ResourceKind(group, version, kind, plural, true);
  }

  /**
   * Makes the kind of a cluster-scoped resource.
   *
   * @param group the API group, empty for the core group
   * @param version the API version
   * @param kind the kind as written in manifests
   * @param plural the lowercase plural used in paths
   * @return the resource kind
   * @throws ValidationException if a part is malformed
   */
  public static ResourceKind clusterScoped(String group, String version, String kind, String plural) {
    return new ResourceKind(group, version, kind, plural, false);
  }

  /**
   * Returns the same resource at another version of its group, such as {@code v1} instead of
   * {@code v1beta1} for a newer mesh.
   *
   * @param otherVersion the API version
   * @return the resource kind at that version
   * @throws ValidationException if the version is malformed
   */
  public ResourceKind withVersion(String otherVersion) {
    return new ResourceKind(group, otherVersion, kind, plural, namespaced);
  }

  /**
   * Returns the {@code apiVersion} written in manifests of this kind.
   *
   * @return {@code group/version}, or just the version for the core group
   */
  public String apiVersion() {
    return group.isEmpty() ? version : group + "/" + version;
  }

  /**
   * Returns the path prefix of this kind's group and version on the API server.
   *
   * @return {@code /api/v1} for the core group, else {@code /apis/<group>/<version>}
   */
  public String apiPath() {
    return group.isEmpty() ? "/api/" + version : "/apis/" + group + "/" + version;
  }
}
