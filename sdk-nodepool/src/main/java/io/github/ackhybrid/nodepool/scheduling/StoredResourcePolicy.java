package io.github.ackhybrid.nodepool.scheduling;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Optional;

/**
 * A {@code ResourcePolicy} object as a cluster's API server stores it: its identity, whether this
 * SDK wrote it, and the policy read back when it can be. Immutable: the object is copied on the way
 * in and on the way out.
 */
public final class StoredResourcePolicy {
  private final ObjectNode resource;
  private final String name;
  private final String namespace;
  private final Optional<PriorityScheduling> policy;

  private StoredResourcePolicy(ObjectNode resource, String name, String namespace,
      Optional<PriorityScheduling> policy) {
    this.resource = resource;
    this.name = name;
    this.namespace = namespace;
    this.policy = policy;
  }

  /**
   * Wraps an object read from an API server.
   *
   * @param resource the {@code ResourcePolicy} object; copied
   * @return the stored policy
   * @throws ValidationException if the object has no {@code metadata.name} or {@code metadata.namespace}
   */
  public static StoredResourcePolicy of(ObjectNode resource) {
    Validate.notNull(resource, "resourcePolicy");
    ObjectNode copy = resource.deepCopy();
    JsonNode metadata = copy.path("metadata");
    String name = metadata.path("name").asText("");
    String namespace = metadata.path("namespace").asText("");
    if (name.isEmpty() || namespace.isEmpty()) {
      throw new ValidationException("resourcePolicy.metadata", "must carry a name and a namespace");
    }
    Optional<PriorityScheduling> policy;
    try {
      policy = Optional.of(PriorityScheduling.fromResource(copy));
    } catch (ValidationException e) {
      policy = Optional.empty();
    }
    return new StoredResourcePolicy(copy, name, namespace, policy);
  }

  /**
   * Returns the object's name.
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Returns the object's namespace, whose pods the policy places.
   *
   * @return the namespace
   */
  public String namespace() {
    return namespace;
  }

  /**
   * Returns the version the API server gave this state of the object.
   *
   * @return the resource version, if the object carries one
   */
  public Optional<String> resourceVersion() {
    return text("resourceVersion");
  }

  /**
   * Returns the object's unique id.
   *
   * @return the uid, if the object carries one
   */
  public Optional<String> uid() {
    return text("uid");
  }

  /**
   * Returns whether this SDK wrote the object: it carries
   * {@value PriorityScheduling#MANAGED_BY_LABEL}={@value PriorityScheduling#MANAGED_BY}.
   *
   * @return true if so
   */
  public boolean managedBySdk() {
    return PriorityScheduling.MANAGED_BY.equals(
        resource.path("metadata").path("labels").path(PriorityScheduling.MANAGED_BY_LABEL).asText(null));
  }

  /**
   * Returns the policy the object holds, read as by {@link PriorityScheduling#fromResource(ObjectNode)}.
   *
   * @return the policy; empty when the object holds something a {@link PriorityScheduling} cannot
   *     represent, in which case {@link #toJson()} still has all of it
   */
  public Optional<PriorityScheduling> policy() {
    return policy;
  }

  /**
   * Returns the whole object.
   *
   * @return a copy of the object as the API server returned it
   */
  public ObjectNode toJson() {
    return resource.deepCopy();
  }

  /**
   * Describes the object.
   *
   * @return e.g. {@code StoredResourcePolicy{prod/web, resourceVersion=42, managedBySdk=true}}
   */
  @Override
  public String toString() {
    return "StoredResourcePolicy{" + namespace + "/" + name
        + resourceVersion().map(v -> ", resourceVersion=" + v).orElse("")
        + ", managedBySdk=" + managedBySdk() + "}";
  }

  private Optional<String> text(String field) {
    JsonNode value = resource.path("metadata").path(field);
    return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}
