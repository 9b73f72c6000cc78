package io.github.ackhybrid.nodepool.scheduling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Helpers shared by the scheduling tests: JSON and YAML into trees, and validation assertions. */
final class Trees {
  private Trees() {}

  static ObjectNode json(String text) {
    try {
      return (ObjectNode) Json.mapper().readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Parses YAML with a YAML 1.1 reader, as kubectl does, so quoting mistakes change the tree. */
  static JsonNode yaml(String text) {
    Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
    return Json.mapper().valueToTree(loaded);
  }

  /** Compares trees, printing both in full on a difference. */
  static void assertTree(JsonNode expected, JsonNode actual) {
    assertEquals(expected, actual, () -> "expected " + expected.toPrettyString() + "\nbut was " + actual.toPrettyString());
  }

  /** Asserts a validation failure and returns it for checks on its message. */
  static ValidationException assertInvalid(String field, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
    return e;
  }
}
