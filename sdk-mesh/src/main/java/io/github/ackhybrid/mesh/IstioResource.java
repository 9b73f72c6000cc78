package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.kube.KubernetesNames;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One namespaced Istio custom resource, such as a {@code VirtualService} or a
 * {@code DestinationRule}, ready to be applied to a mesh's Kubernetes API. Immutable: the spec is
 * copied on the way in and on every way out, so no caller can change a resource another holds.
 */
public final class IstioResource {
  private static final Pattern API_VERSION = Pattern.compile("[a-z0-9.-]+/[a-z0-9]+");
  private static final Pattern KIND = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private final String apiVersion;
  private final String kind;
  private final String name;
  private final String namespace;
  private final Map<String, String> labels;
  private final ObjectNode spec;

  private IstioResource(String apiVersion, String kind, String name, String namespace,
      Map<String, String> labels, ObjectNode spec) {
    this.apiVersion = apiVersion;
    this.kind = kind;
    this.name = name;
    this.namespace = namespace;
    this.labels = labels;
    this.spec = spec;
  }

  /**
   * Creates a resource after checking every part against the Kubernetes rules.
   *
   * @param apiVersion group and version, such as {@code networking.istio.io/v1beta1}
   * @param kind the kind, such as {@code DestinationRule}
   * @param name the resource name, a DNS-1123 subdomain
   * @param namespace the namespace, a DNS-1123 label
   * @param labels the metadata labels; copied, iteration order kept
   * @param spec the {@code spec} object; deep-copied
   * @return the resource
   * @throws ValidationException if any part is missing or breaks its rule
   */
  public static IstioResource of(String apiVersion, String kind, String name, String namespace,
      Map<String, String> labels, ObjectNode spec) {
    Validate.matches(apiVersion, "istioResource.apiVersion", 3, 253, API_VERSION, "<group>/<version> [a-z0-9.-]");
    Validate.matches(kind, "istioResource.kind", 1, 63, KIND, "[A-Za-z0-9] starting with an upper-case letter");
    KubernetesNames.dns1123Subdomain(name, "istioResource.name");
    KubernetesNames.dns1123Label(namespace, "istioResource.namespace");
    KubernetesNames.labels(labels, "istioResource.labels");
    Validate.notNull(spec, "istioResource.spec");
    return new IstioResource(apiVersion, kind, name, namespace,
        Collections.unmodifiableMap(new LinkedHashMap<>(labels)), spec.deepCopy());
  }

  /**
   * Returns the group and version, such as {@code networking.istio.io/v1beta1}.
   *
   * @return the API version
   */
  public String apiVersion() {
    return apiVersion;
  }

  /**
   * Returns the kind, such as {@code VirtualService}.
   *
   * @return the kind
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns {@code metadata.name}.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns {@code metadata.namespace}.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Returns {@code metadata.labels} in the order they were given.
   *
   * @return an unmodifiable map, empty when there are none
   */
  public Map<String, String> labels() {
    return labels;
  }

  /**
   * Returns a copy of the {@code spec} object; changing it does not change this resource.
   *
   * @return a deep copy of the spec
   */
  public ObjectNode spec() {
    return spec.deepCopy();
  }

  /**
   * Returns the full manifest: {@code apiVersion}, {@code kind}, {@code metadata} (name, namespace
   * and, when present, labels) and {@code spec}. The tree is a fresh copy the caller may change.
   *
   * @return the manifest as a new JSON tree
   */
  public ObjectNode toJson() {
    ObjectNode root = Json.mapper().createObjectNode();
    root.put("apiVersion", apiVersion);
    root.put("kind", kind);
    ObjectNode metadata = root.putObject("metadata");
    metadata.put("name", name);
    metadata.put("namespace", namespace);
    if (!labels.isEmpty()) {
      ObjectNode labelNode = metadata.putObject("labels");
      labels.forEach(labelNode::put);
    }
    root.set("spec", spec.deepCopy());
    return root;
  }

  /**
   * Returns the manifest as indented JSON, for logs, dry runs and {@code kubectl apply -f}.
   *
   * @return the manifest text
   */
  public String toPrettyJson() {
    return toJson().toPrettyString();
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof IstioResource)) {
      return false;
    }
    IstioResource other = (IstioResource) o;
    return apiVersion.equals(other.apiVersion) && kind.equals(other.kind) && name.equals(other.name)
        && namespace.equals(other.namespace) && labels.equals(other.labels) && spec.equals(other.spec);
  }

  @Override
  public int hashCode() {
    return Objects.hash(apiVersion, kind, name, namespace, labels, spec);
  }

  /** Returns {@code Kind namespace/name (apiVersion)}, without the spec. */
  @Override
  public String toString() {
    return kind + " " + namespace + "/" + name + " (" + apiVersion + ")";
  }
}
