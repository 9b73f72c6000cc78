package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.testing.internal.ApiError;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads request fields the way ACK does: leniently where the official clients differ (booleans
 * and numbers may arrive as text), strictly where the type is wrong, answering 400
 * {@code InvalidParameter} or {@code MissingParameter} with the field's wire name. Public for the
 * node pool service, which reads the same CS bodies.
 */
public final class Fields {
  private Fields() {}

  /**
   * Reads an optional text field; numbers and booleans are read as their text.
   *
   * @param body the JSON object
   * @param field the wire name
   * @return the text, empty if absent, null or empty
   * @throws ApiError 400 {@code InvalidParameter} for an object or array
   */
  public static Optional<String> text(JsonNode body, String field) {
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

  /**
   * Reads a required text field.
   *
   * @param body the JSON object
   * @param field the wire name
   * @return the text, never blank
   * @throws ApiError 400 {@code MissingParameter} if absent or blank
   */
  public static String requiredText(JsonNode body, String field) {
    return text(body, field).filter(t -> !t.isBlank()).orElseThrow(() -> ApiError.missingParameter(field));
  }

  /**
   * Reads an optional boolean, accepting {@code "true"}/{@code "false"} text as well.
   *
   * @param body the JSON object
   * @param field the wire name
   * @return the value, empty if absent or null
   * @throws ApiError 400 {@code InvalidParameter} for anything else
   */
  public static Optional<Boolean> bool(JsonNode body, String field) {
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

  /**
   * Parses boolean text, ignoring case.
   *
   * @param field the wire name, for the error message
   * @param text the text
   * @return the value
   * @throws ApiError 400 {@code InvalidParameter} unless the text is true or false
   */
  public static boolean parseBool(String field, String text) {
    if (text.equalsIgnoreCase("true")) {
      return true;
    }
    if (text.equalsIgnoreCase("false")) {
      return false;
    }
    throw ApiError.invalidParameter(field + " must be true or false, was \"" + text + "\".");
  }

  /**
   * Reads an optional array of non-empty strings.
   *
   * @param body the JSON object
   * @param field the wire name
   * @return the strings, empty if absent or null
   * @throws ApiError 400 {@code InvalidParameter} for anything else
   */
  public static List<String> textList(JsonNode body, String field) {
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

  /**
   * Reads an optional JSON object field.
   *
   * @param body the JSON object
   * @param field the wire name
   * @return the object, empty if absent or null
   * @throws ApiError 400 {@code InvalidParameter} for a non-object
   */
  public static Optional<JsonNode> object(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      throw ApiError.invalidParameter(field + " must be an object.");
    }
    return Optional.of(value);
  }

  /**
   * Parses an optional integer parameter within bounds.
   *
   * @param text the text, empty for the default
   * @param field the wire name, for the error message
   * @param defaultValue the value when absent
   * @param min the smallest accepted value
   * @param max the largest accepted value
   * @return the value
   * @throws ApiError 400 {@code InvalidParameter} for non-integers and values out of bounds
   */
  public static int intParam(Optional<String> text, String field, int defaultValue, int min, int max) {
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
