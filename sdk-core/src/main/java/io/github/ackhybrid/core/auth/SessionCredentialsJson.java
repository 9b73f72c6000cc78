package io.github.ackhybrid.core.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Reads the session credentials document that the ECS metadata service and credentials URIs
 * return: {@code {"Code":"Success","AccessKeyId":…,"AccessKeySecret":…,"SecurityToken":…,
 * "Expiration":"2024-01-01T00:00:00Z"}}. The document holds secrets, so no failure message quotes
 * it; Jackson's own messages can echo the input and are left out for the same reason.
 */
final class SessionCredentialsJson {
  private SessionCredentialsJson() {}

  /**
   * Parses a document.
   *
   * @param body the response body
   * @param origin where the body came from, for messages, e.g. the URL
   * @return session credentials with their expiration
   * @throws ConfigurationException if the body is not such a document or {@code Code} is not Success
   */
  static Credentials parse(String body, String origin) {
    JsonNode root;
    try {
      root = Json.mapper().readTree(body);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ConfigurationException("The credentials from " + origin + " are not valid JSON"
          + (at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigurationException("The credentials from " + origin + " are not a JSON object");
    }
    String code = root.path("Code").asText("");
    if (!"Success".equals(code)) {
      throw new ConfigurationException("The credentials from " + origin + " have Code "
          + Validate.quote(code) + " instead of \"Success\"");
    }
    String id = required(root, "AccessKeyId", origin);
    String secret = required(root, "AccessKeySecret", origin);
    String token = required(root, "SecurityToken", origin);
    String expiration = required(root, "Expiration", origin);
    try {
      return Credentials.session(id, secret, token, Instant.parse(expiration));
    } catch (DateTimeParseException e) {
      throw new ConfigurationException("The credentials from " + origin + " have an Expiration "
          + Validate.quote(expiration) + " that is not an ISO-8601 UTC time");
    }
  }

  private static String required(JsonNode root, String field, String origin) {
    JsonNode value = root.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new ConfigurationException("The credentials from " + origin + " have no " + field);
    }
    return value.asText();
  }
}
