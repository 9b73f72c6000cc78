package io.github.ackhybrid.nodepool.scheduling.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a JSON tree as block-style YAML the way {@code kubectl} prints manifests: two-space
 * indentation, list items level with their key, strings quoted only where YAML would read them as
 * something else. Deterministic, so snippets can be compared as text.
 */
public final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_./-]*");
  private static final Pattern NUMBER_LIKE =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|0[xXoObB][0-9A-Fa-f_]+");
  private static final Pattern DATE_LIKE = Pattern.compile("[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}.*");
  // YAML 1.1 readers such as older kubectl still take these words for booleans or null.
  private static final Set<String> RESERVED =
      Set.of("true", "false", "yes", "no", "y", "n", "on", "off", "null", "~");

  private YamlText() {}

  /**
   * Writes a tree as YAML text ending with a newline. An object is written as its fields; any
   * other node as a single scalar or sequence.
   *
   * @param node the tree
   * @return the YAML text
   */
  public static String write(JsonNode node) {
    StringBuilder out = new StringBuilder();
    if (node.isObject() && node.size() > 0) {
      writeObject(node, 0, out);
    } else if (node.isArray() && node.size() > 0) {
      writeArray(node, 0, out);
    } else {
      out.append(scalar(node)).append('\n');
    }
    return out.toString();
  }

  private static void writeObject(JsonNode object, int indent, StringBuilder out) {
    Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
    boolean first = true;
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      if (!first) {
        pad(out, indent);
      }
      first = false;
      out.append(string(field.getKey())).append(':');
      writeValue(field.getValue(), indent, out);
    }
  }

  private static void writeArray(JsonNode array, int indent, StringBuilder out) {
    boolean first = true;
    for (JsonNode item : array) {
      if (!first) {
        pad(out, indent);
      }
      first = false;
      out.append('-');
      if (isBlock(item)) {
        out.append(' ');
        if (item.isObject()) {
          writeObject(item, indent + 2, out);
        } else {
          writeArray(item, indent + 2, out);
        }
      } else {
        out.append(' ').append(scalar(item)).append('\n');
      }
    }
  }

  /** Writes what follows {@code key:}: a scalar on the same line or a block below it. */
  private static void writeValue(JsonNode value, int indent, StringBuilder out) {
    if (!isBlock(value)) {
      out.append(' ').append(scalar(value)).append('\n');
    } else if (value.isObject()) {
      out.append('\n');
      pad(out, indent + 2);
      writeObject(value, indent + 2, out);
    } else {
      out.append('\n');
      pad(out, indent);
      writeArray(value, indent, out);
    }
  }

  private static boolean isBlock(JsonNode node) {
    return (node.isObject() || node.isArray()) && node.size() > 0;
  }

  private static String scalar(JsonNode node) {
    if (node.isObject()) {
      return "{}";
    }
    if (node.isArray()) {
      return "[]";
    }
    if (node.isNull() || node.isMissingNode()) {
      return "null";
    }
    if (node.isTextual()) {
      return string(node.asText());
    }
    return node.asText();
  }

  private static String string(String text) {
    if (PLAIN.matcher(text).matches() && !looksTyped(text)) {
      return text;
    }
    StringBuilder quoted = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\t' -> quoted.append("\\t");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (Character.isISOControl(c)) {
            quoted.append(String.format("\\u%04x", (int) c));
          } else {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }

  private static boolean looksTyped(String text) {
    return RESERVED.contains(text.toLowerCase(Locale.ROOT))
        || NUMBER_LIKE.matcher(text).matches()
        || DATE_LIKE.matcher(text).matches();
  }

  private static void pad(StringBuilder out, int indent) {
    out.append(" ".repeat(indent));
  }
}
