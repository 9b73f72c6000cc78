package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.util.List;

/**
 * A Kubernetes API error, answered as a {@code Status} object the way an API server does:
 * {@code kind Status}, {@code status Failure}, a reason, a message, the HTTP code and, when the
 * error is about one object, {@code details} naming it.
 */
final class KubeError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int code;
  private final String reason;
  private final ResourceType type;
  private final String name;
  private final transient List<FieldError> causes;

  KubeError(int code, String reason, String message, ResourceType type, String name) {
    this(code, reason, message, type, name, List.of());
  }

  private KubeError(int code, String reason, String message, ResourceType type, String name,
      List<FieldError> causes) {
    super(message, null, false, false);
    this.code = code;
    this.reason = reason;
    this.type = type;
    this.name = name;
    this.causes = List.copyOf(causes);
  }

  static KubeError notFound(ResourceType type, String name) {
    return new KubeError(404, "NotFound", type.qualifiedPlural() + " \"" + name + "\" not found", type, name);
  }

  static KubeError alreadyExists(ResourceType type, String name) {
    return new KubeError(409, "AlreadyExists", type.qualifiedPlural() + " \"" + name + "\" already exists", type, name);
  }

  static KubeError conflict(ResourceType type, String name) {
    return new KubeError(409, "Conflict", "Operation cannot be fulfilled on " + type.qualifiedPlural() + " \"" + name
        + "\": the object has been modified; please apply your changes to the latest version and try again",
        type, name);
  }

  static KubeError invalid(ResourceType type, String name, String message) {
    return new KubeError(422, "Invalid", message, type, name);
  }

  /**
   * A 422 listing field errors the way the API server's schema validation does: one error as
   * {@code <Kind>.<group> "<name>" is invalid: <field>: <detail>}, several in brackets.
   */
  static KubeError invalid(ResourceType type, String name, List<FieldError> errors) {
    List<String> texts = errors.stream().map(FieldError::text).toList();
    String listed = texts.size() == 1 ? texts.get(0) : "[" + String.join(", ", texts) + "]";
    return new KubeError(422, "Invalid", type.qualifiedKind() + " \"" + name + "\" is invalid: " + listed, type,
        name, errors);
  }

  static KubeError webhook(ResourceType type, String name, String problem) {
    return invalid(type, name, "admission webhook \"validation.istio.io\" denied the request: configuration is invalid: "
        + problem);
  }

  static KubeError badRequest(String message) {
    return new KubeError(400, "BadRequest", message, null, null);
  }

  static KubeError noSuchPath() {
    return new KubeError(404, "NotFound", "the server could not find the requested resource", null, null);
  }

  int code() {
    return code;
  }

  ObjectNode status() {
    ObjectNode status = Json.mapper().createObjectNode();
    status.put("kind", "Status");
    status.put("apiVersion", "v1");
    status.putObject("metadata");
    status.put("status", "Failure");
    status.put("message", getMessage());
    status.put("reason", reason);
    ObjectNode details = status.putObject("details");
    if (name != null) {
      details.put("name", name);
    }
    if (type != null) {
      details.put("group", type.group());
      details.put("kind", type.plural());
    }
    if (!causes.isEmpty()) {
      var array = details.putArray("causes");
      causes.forEach(c -> array.addObject().put("reason", c.reason()).put("message", c.detail())
          .put("field", c.field()));
    }
    status.put("code", code);
    return status;
  }
}
