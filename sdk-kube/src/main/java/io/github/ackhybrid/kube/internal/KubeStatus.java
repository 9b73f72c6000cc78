package io.github.ackhybrid.kube.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.internal.Json;
import java.io.IOException;
import java.util.Optional;

/**
 * The parts of a Kubernetes {@code Status} object (the body of every API server error) that the
 * SDK reads.
 *
 * @param reason the machine-readable reason, such as {@code NotFound}, {@code AlreadyExists},
 *     {@code Conflict}, {@code Invalid} or {@code Forbidden}; empty if absent
 * @param message the human-readable message; empty if absent
 * @param detailsName {@code details.name}: the object the failure is about, if the server named one
 */
public record KubeStatus(String reason, String message, Optional<String> detailsName) {

  /**
   * Reads a {@code Status} object from an error body.
   *
   * @param body the response body
   * @return the status, or empty if the body is not JSON or not an object of kind {@code Status}
   */
  public static Optional<KubeStatus> parse(byte[] body) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (IOException e) {
      return Optional.empty();
    }
    if (root == null || !root.isObject() || !"Status".equals(root.path("kind").asText())) {
      return Optional.empty();
    }
    JsonNode name = root.path("details").path("name");
    return Optional.of(new KubeStatus(
        root.path("reason").asText(""),
        root.path("message").asText(""),
        name.isTextual() && !name.asText().isEmpty() ? Optional.of(name.asText()) : Optional.empty()));
  }
}
