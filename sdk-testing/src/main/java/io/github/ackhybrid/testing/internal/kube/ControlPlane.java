package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.Times;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The objects stored in one simulated API server (a mesh's control plane or a cluster's), with the
 * API machinery around them: {@code resourceVersion}, {@code uid}, {@code generation}, optimistic
 * concurrency, merge patch, server-side apply, and the server's {@link Admission} before anything
 * is stored. It serves only the kinds it is opened with. Objects are kept in one storage form; a
 * read answers with the {@code apiVersion} it was asked in, as an API server serving several
 * versions of one schema does. Touched only under the state lock.
 */
final class ControlPlane {
  private final Map<ResourceType, Map<String, ObjectNode>> objects = new EnumMap<>(ResourceType.class);
  private final Set<ResourceType> served;
  private final Admission admission;
  private long resourceVersion = 1000;

  ControlPlane(Instant now, Set<ResourceType> served, List<String> namespaces, Admission admission) {
    this.served = Set.copyOf(served);
    this.admission = admission;
    for (ResourceType type : ResourceType.values()) {
      objects.put(type, new TreeMap<>());
    }
    for (String name : namespaces) {
      ObjectNode ns = Json.mapper().createObjectNode();
      ns.putObject("metadata").put("name", name);
      store(ResourceType.NAMESPACE, "", name, ns, now, null);
    }
  }

  boolean serves(ResourceType type) {
    return served.contains(type);
  }

  /** Returns deep copies of the stored objects of some kinds, kind by kind, each ordered by namespace and name. */
  List<ObjectNode> copies(List<ResourceType> types) {
    List<ObjectNode> out = new ArrayList<>();
    for (ResourceType type : types) {
      for (ObjectNode stored : objects.get(type).values()) {
        out.add(stored.deepCopy());
      }
    }
    return out;
  }

  /** Returns the stored objects of one kind in one namespace, not copied: for admission checks to read. */
  List<ObjectNode> stored(ResourceType type, String namespace) {
    return objects.get(type).values().stream()
        .filter(o -> o.path("metadata").path("namespace").asText().equals(namespace))
        .toList();
  }

  ObjectNode get(ResourceType type, String version, String namespace, String name) {
    requireNamespace(type, namespace);
    return view(require(type, namespace, name), type, version);
  }

  ObjectNode list(ResourceType type, String version, String namespace, String labelSelector) {
    if (namespace != null) {
      requireNamespace(type, namespace);
    }
    Predicate<JsonNode> selector = LabelSelector.parse(labelSelector);
    ObjectNode list = Json.mapper().createObjectNode();
    list.put("apiVersion", type.apiVersion(version));
    list.put("kind", type.kind() + "List");
    list.putObject("metadata").put("resourceVersion", Long.toString(resourceVersion));
    var items = list.putArray("items");
    for (ObjectNode stored : objects.get(type).values()) {
      JsonNode metadata = stored.path("metadata");
      boolean inScope = namespace == null || metadata.path("namespace").asText().equals(namespace);
      if (inScope && selector.test(metadata.path("labels"))) {
        items.add(view(stored, type, version));
      }
    }
    return list;
  }

  ObjectNode create(ResourceType type, String version, String namespace, JsonNode body, Instant now) {
    ObjectNode object = objectBody(body);
    String name = object.path("metadata").path("name").asText("");
    checkIdentity(type, version, namespace, object, name);
    if (name.isEmpty()) {
      throw KubeError.invalid(type, "", type.kind() + " \"\" is invalid: metadata.name: Required value: name or "
          + "generateName is required");
    }
    requireNamespace(type, namespace);
    if (objects.get(type).containsKey(key(namespace, name))) {
      throw KubeError.alreadyExists(type, name);
    }
    validate(type, namespace, name, object);
    return view(store(type, namespace, name, object, now, null), type, version);
  }

  ObjectNode replace(ResourceType type, String version, String namespace, String name, JsonNode body, Instant now) {
    ObjectNode object = objectBody(body);
    checkIdentity(type, version, namespace, object, name);
    requireNamespace(type, namespace);
    ObjectNode current = require(type, namespace, name);
    String sent = object.path("metadata").path("resourceVersion").asText("");
    if (sent.isEmpty()) {
      throw KubeError.invalid(type, name, type.kind() + " \"" + name + "\" is invalid: metadata.resourceVersion: "
          + "Invalid value: 0x0: must be specified for an update");
    }
    if (!sent.equals(current.path("metadata").path("resourceVersion").asText())) {
      throw KubeError.conflict(type, name);
    }
    validate(type, namespace, name, object);
    return view(store(type, namespace, name, object, now, current), type, version);
  }

  ObjectNode mergePatch(ResourceType type, String version, String namespace, String name, JsonNode patch,
      Instant now) {
    if (!patch.isObject()) {
      throw KubeError.badRequest("the merge patch must be a JSON object");
    }
    requireNamespace(type, namespace);
    ObjectNode current = require(type, namespace, name);
    String sent = patch.path("metadata").path("resourceVersion").asText("");
    if (!sent.isEmpty() && !sent.equals(current.path("metadata").path("resourceVersion").asText())) {
      throw KubeError.conflict(type, name);
    }
    JsonNode merged = merge(current.deepCopy(), patch);
    ObjectNode object = (ObjectNode) merged;
    checkIdentity(type, version, namespace, object, name);
    validate(type, namespace, name, object);
    return view(store(type, namespace, name, object, now, current), type, version);
  }

  ObjectNode apply(ResourceType type, String version, String namespace, String name, JsonNode body,
      String fieldManager, Instant now) {
    if (fieldManager.isEmpty()) {
      throw KubeError.badRequest("PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: "
          + "is required for apply patch");
    }
    ObjectNode applied = objectBody(body);
    if (!applied.hasNonNull("apiVersion") || !applied.hasNonNull("kind")) {
      throw KubeError.badRequest("apiVersion and kind must be set in an apply patch");
    }
    checkIdentity(type, version, namespace, applied, name);
    requireNamespace(type, namespace);
    ObjectNode current = objects.get(type).get(key(namespace, name));
    ObjectNode object;
    if (current == null) {
      object = applied;
    } else {
      // One manager with force=true owns every field it applies: its spec replaces the stored
      // one, and labels and annotations merge into what other writers set.
      object = current.deepCopy();
      ObjectNode metadata = (ObjectNode) object.get("metadata");
      for (String map : List.of("labels", "annotations")) {
        JsonNode given = applied.path("metadata").path(map);
        if (given.isObject()) {
          merge(metadata.has(map) ? metadata.get(map) : metadata.putObject(map), given);
        }
      }
      Iterator<Map.Entry<String, JsonNode>> fields = applied.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (!field.getKey().equals("metadata") && !field.getKey().equals("status")) {
          object.set(field.getKey(), field.getValue().deepCopy());
        }
      }
    }
    validate(type, namespace, name, object);
    if (object.equals(current)) {
      // Applying what is already there changes nothing, resourceVersion included, as on a real server.
      return view(current, type, version);
    }
    ObjectNode stored = store(type, namespace, name, object, now, current);
    ((ObjectNode) stored.get("metadata")).putArray("managedFields").addObject()
        .put("manager", fieldManager).put("operation", "Apply").put("apiVersion", type.apiVersion(version))
        .put("time", Times.utc(now)).put("fieldsType", "FieldsV1");
    return view(stored, type, version);
  }

  ObjectNode delete(ResourceType type, String version, String namespace, String name) {
    requireNamespace(type, namespace);
    ObjectNode removed = objects.get(type).remove(key(namespace, name));
    if (removed == null) {
      throw KubeError.notFound(type, name);
    }
    if (type == ResourceType.NAMESPACE) {
      for (ResourceType inner : ResourceType.values()) {
        if (inner.namespaced()) {
          objects.get(inner).values().removeIf(o -> o.path("metadata").path("namespace").asText().equals(name));
        }
      }
    }
    resourceVersion++;
    ObjectNode status = Json.mapper().createObjectNode();
    status.put("kind", "Status");
    status.put("apiVersion", "v1");
    status.putObject("metadata");
    status.put("status", "Success");
    status.putObject("details").put("name", name).put("group", type.group()).put("kind", type.plural())
        .put("uid", removed.path("metadata").path("uid").asText());
    return status;
  }

  private ObjectNode store(ResourceType type, String namespace, String name, ObjectNode object, Instant now,
      ObjectNode previous) {
    ObjectNode stored = object.deepCopy();
    stored.remove("status");
    ObjectNode metadata = stored.has("metadata") && stored.get("metadata").isObject()
        ? (ObjectNode) stored.get("metadata") : stored.putObject("metadata");
    metadata.put("name", name);
    if (type.namespaced()) {
      metadata.put("namespace", namespace);
    } else {
      metadata.remove("namespace");
    }
    metadata.remove("managedFields");
    JsonNode oldMeta = previous == null ? null : previous.get("metadata");
    metadata.put("uid", oldMeta == null ? UUID.randomUUID().toString() : oldMeta.path("uid").asText());
    metadata.put("creationTimestamp", oldMeta == null ? Times.utc(now) : oldMeta.path("creationTimestamp").asText());
    long generation = oldMeta == null ? 1 : oldMeta.path("generation").asLong(1);
    if (previous != null && !previous.path("spec").equals(stored.path("spec"))) {
      generation++;
    }
    if (type != ResourceType.NAMESPACE) {
      metadata.put("generation", generation);
    } else {
      stored.putObject("status").put("phase", "Active");
    }
    metadata.put("resourceVersion", Long.toString(++resourceVersion));
    objects.get(type).put(key(namespace, name), stored);
    return stored;
  }

  private static ObjectNode view(ObjectNode stored, ResourceType type, String version) {
    ObjectNode copy = Json.mapper().createObjectNode();
    copy.put("apiVersion", type.apiVersion(version));
    copy.put("kind", type.kind());
    stored.fields().forEachRemaining(field -> {
      if (!field.getKey().equals("apiVersion") && !field.getKey().equals("kind")) {
        copy.set(field.getKey(), field.getValue().deepCopy());
      }
    });
    return copy;
  }

  private void validate(ResourceType type, String namespace, String name, ObjectNode object) {
    admission.admit(type, namespace, name, object, this);
  }

  private static void checkIdentity(ResourceType type, String version, String namespace, ObjectNode object,
      String name) {
    JsonNode apiVersion = object.get("apiVersion");
    if (apiVersion != null && !apiVersion.asText().equals(type.apiVersion(version))) {
      throw KubeError.badRequest("the API version in the data (" + apiVersion.asText()
          + ") does not match the expected API version (" + type.apiVersion(version) + ")");
    }
    JsonNode kind = object.get("kind");
    if (kind != null && !kind.asText().equals(type.kind())) {
      throw KubeError.badRequest("the kind in the data (" + kind.asText() + ") does not match the expected kind ("
          + type.kind() + ")");
    }
    JsonNode metadata = object.path("metadata");
    String given = metadata.path("name").asText("");
    if (!given.isEmpty() && !given.equals(name)) {
      throw KubeError.badRequest("the name of the object (" + given + ") does not match the name on the URL ("
          + name + ")");
    }
    String ns = metadata.path("namespace").asText("");
    if (type.namespaced() && !ns.isEmpty() && !ns.equals(namespace)) {
      throw KubeError.badRequest("the namespace of the provided object does not match the namespace sent on the "
          + "request");
    }
  }

  private void requireNamespace(ResourceType type, String namespace) {
    if (type.namespaced() && !objects.get(ResourceType.NAMESPACE).containsKey(key("", namespace))) {
      throw KubeError.notFound(ResourceType.NAMESPACE, namespace);
    }
  }

  private ObjectNode require(ResourceType type, String namespace, String name) {
    ObjectNode stored = objects.get(type).get(key(type.namespaced() ? namespace : "", name));
    if (stored == null) {
      throw KubeError.notFound(type, name);
    }
    return stored;
  }

  private static ObjectNode objectBody(JsonNode body) {
    if (body == null || !body.isObject()) {
      throw KubeError.badRequest("the request body must be a JSON object");
    }
    return ((ObjectNode) body).deepCopy();
  }

  /** RFC 7386: objects merge key by key, null deletes, anything else (lists too) replaces. */
  private static JsonNode merge(JsonNode target, JsonNode patch) {
    if (!patch.isObject()) {
      return patch.deepCopy();
    }
    ObjectNode out = target != null && target.isObject() ? (ObjectNode) target : Json.mapper().createObjectNode();
    patch.fields().forEachRemaining(field -> {
      if (field.getValue().isNull()) {
        out.remove(field.getKey());
      } else {
        out.set(field.getKey(), merge(out.get(field.getKey()), field.getValue()));
      }
    });
    return out;
  }

  private static String key(String namespace, String name) {
    return (namespace == null ? "" : namespace) + "/" + name;
  }
}
