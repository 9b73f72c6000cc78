package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.function.Executable;

/** Helpers shared by the policy tests: JSON literals and validation assertions. */
final class Recipes {
  private Recipes() {}

  static JsonNode json(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares JSON trees (key order ignored) and prints both on failure. */
  static void assertJson(JsonNode expected, JsonNode actual) {
    assertEquals(expected, actual,
        () -> "expected\n" + expected.toPrettyString() + "\nbut was\n" + actual.toPrettyString());
  }

  /** Asserts that the call fails validation on {@code field} with a message containing {@code rule}. */
  static ValidationException assertInvalid(String field, String rule, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(field + " "), e.getMessage());
    assertTrue(e.getMessage().contains(rule), () -> "message was: " + e.getMessage());
    return e;
  }
}
