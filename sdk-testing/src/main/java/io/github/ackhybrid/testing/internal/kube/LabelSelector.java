package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A Kubernetes label selector ({@code a=b}, {@code a==b}, {@code a!=b}, {@code a}, {@code !a},
 * {@code a in (x,y)}, {@code a notin (x,y)}, joined by commas) as a test on an object's labels.
 */
final class LabelSelector {
  private LabelSelector() {}

  static Predicate<JsonNode> parse(String text) {
    Predicate<JsonNode> all = labels -> true;
    for (String term : terms(text)) {
      all = all.and(term(term.strip()));
    }
    return all;
  }

  private static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    StringBuilder current = new StringBuilder();
    for (char c : text.toCharArray()) {
      depth += c == '(' ? 1 : c == ')' ? -1 : 0;
      if (c == ',' && depth == 0) {
        out.add(current.toString());
        current.setLength(0);
      } else {
        current.append(c);
      }
    }
    if (!current.toString().isBlank()) {
      out.add(current.toString());
    }
    return out;
  }

  private static Predicate<JsonNode> term(String term) {
    if (term.isEmpty()) {
      throw KubeError.badRequest("unable to parse requirement: found '', expected: identifier");
    }
    String[] set = term.split("\\s+(notin|in)\\s+", 2);
    if (set.length == 2) {
      String key = set[0].strip();
      String list = set[1].strip();
      if (!list.startsWith("(") || !list.endsWith(")")) {
        throw KubeError.badRequest("unable to parse requirement: found '" + list + "', expected: '('");
      }
      Set<String> values = Set.copyOf(Arrays.asList(list.substring(1, list.length() - 1).split("\\s*,\\s*")));
      boolean in = !term.matches(".*\\s+notin\\s+.*");
      return labels -> labels.has(key) && values.contains(labels.get(key).asText()) == in
          || !in && !labels.has(key);
    }
    if (term.contains("!=")) {
      String[] kv = term.split("!=", 2);
      String key = kv[0].strip();
      return labels -> !labels.has(key) || !labels.get(key).asText().equals(kv[1].strip());
    }
    if (term.contains("=")) {
      String[] kv = term.split("==?", 2);
      return labels -> labels.has(kv[0].strip()) && labels.get(kv[0].strip()).asText().equals(kv[1].strip());
    }
    if (term.startsWith("!")) {
      String key = term.substring(1).strip();
      return labels -> !labels.has(key);
    }
    return labels -> labels.has(term);
  }
}
