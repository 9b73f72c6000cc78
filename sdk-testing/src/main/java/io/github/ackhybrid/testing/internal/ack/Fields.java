package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.testing.internal.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads request fields the way ACK does: leniently where the official clients differ (booleans
 * and numbers may arrive as text), strictly where the type is wrong, answering 400
 * {@code InvalidParameter} or {@code MissingParameter} with the field's wire name.
 */
final class Fields {
  private Fields() {}

  static Optional<String> text(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isValueNode()) {
      throw ApiError.invalidParameter(field + " must be a string.");
    }
    String text = value.asText();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  static String requiredText(JsonNode body, String field) {
    return text(body, field).filter(t -> !t.isBlank()).orElseThrow(() -> ApiError.missingParameter(field));
  }

  static Optional<Boolean> bool(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isBoolean()) {
      return Optional.of(value.booleanValue());
    }
    if (value.isTextual()) {
      return Optional.of(parseBool(field, value.textValue()));
    }
    throw ApiError.invalidParameter(field + " must be true or false.");
  }

  static boolean parseBool(String field, String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw ApiError.invalidParameter(field + " must be true or false, was \"" + text + "\".");
  }

  static List<String> textList(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw ApiError.invalidParameter(field + " must be an array of strings.");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isTextual() || item.textValue().isBlank()) {
        throw ApiError.invalidParameter(field + " must be an array of non-empty strings.");
      }
      out.add(item.textValue());
    }
    return out;
  }

  static Optional<JsonNode> object(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      throw ApiError.invalidParameter(field + " must be an object.");
    }
    return Optional.of(value);
  }

  static int intParam(Optional<String> text, String field, int defaultValue, int min, int max) {
    if (text.isEmpty()) {
      return defaultValue;
    }
    int value;
    try {
      value = Integer.parseInt(text.get().trim());
    } catch (NumberFormatException e) {
      throw ApiError.invalidParameter(field + " must be an integer, was \"" + text.get() + "\".");
    }
    if (value < min || value > max) {
      throw ApiError.invalidParameter(field + " must be " + min + "-" + max + ", was " + value + ".");
    }
    return value;
  }
}
