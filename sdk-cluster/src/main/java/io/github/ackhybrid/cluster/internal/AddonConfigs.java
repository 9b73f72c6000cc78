package io.github.ackhybrid.cluster.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Add-on configurations: checked to hold only JSON values, and rendered as the JSON text that
 * {@code CreateCluster} and {@code InstallClusterAddons} expect in {@code config}.
 */
public final class AddonConfigs {
  // Deep enough for any real configuration, shallow enough to stop a map that contains itself.
  private static final int MAX_DEPTH = 32;

  private AddonConfigs() {}

  /**
   * Checks that a configuration holds only text, numbers, booleans, lists and maps with text keys.
   *
   * @param config the configuration
   * @param field the dotted field name
   * @throws ValidationException naming the offending entry
   */
  public static void checkJson(Map<String, Object> config, String field) {
    check(config, field, 0);
  }

  private static void check(Object value, String path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new ValidationException(path, "must be JSON-serialisable, but nests deeper than " + MAX_DEPTH
          + " levels (does it contain itself?)");
    }
    if (value == null) {
      throw new ValidationException(path, "must not be null");
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (!(e.getKey() instanceof String)) {
          throw new ValidationException(path, "must be JSON-serialisable, but has a key of type "
              + (e.getKey() == null ? "null" : e.getKey().getClass().getName()));
        }
        check(e.getValue(), path + "." + e.getKey(), depth + 1);
      }
    } else if (value instanceof Collection) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        check(element, path + "[" + i++ + "]", depth + 1);
      }
    } else if (!(value instanceof String || value instanceof Boolean || value instanceof Integer
        || value instanceof Long || value instanceof Short || value instanceof Byte || value instanceof BigInteger
        || value instanceof BigDecimal || isFinite(value))) {
      throw new ValidationException(path, "must be JSON-serialisable (text, number, boolean, list or map), was a "
          + value.getClass().getName());
    }
  }

  private static boolean isFinite(Object value) {
    return (value instanceof Double && Double.isFinite((Double) value))
        || (value instanceof Float && Float.isFinite((Float) value));
  }

  /**
   * Renders a checked configuration as compact JSON text.
   *
   * @param config the configuration
   * @return the JSON text
   */
  public static String toJsonText(Map<String, Object> config) {
    try {
      return Json.mapper().writeValueAsString(config);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a checked add-on configuration could not be written as JSON", e);
    }
  }
}
