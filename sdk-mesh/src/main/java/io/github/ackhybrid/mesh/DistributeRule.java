package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One {@code localityLbSetting.distribute} entry: callers in locality {@code from} send traffic to
 * the localities in {@code to} by weight. Built only through {@link #of}, which applies Istio's
 * rules for localities and weights.
 */
final class DistributeRule {
  private final String from;
  private final Map<String, Integer> to;

  private DistributeRule(String from, Map<String, Integer> to) {
    this.from = from;
    this.to = to;
  }

  /**
   * Checks and creates an entry. {@code earlier} are the entries already in the policy, whose
   * {@code from} localities the new one must not overlap; {@code field} names the new entry.
   */
  static DistributeRule of(String from, Map<String, Integer> to, List<DistributeRule> earlier, String field) {
    List<String> fromSegments = locality(from, field + ".from");
    for (DistributeRule rule : earlier) {
      String other = rule.from;
      if (overlaps(fromSegments, locality(other, field + ".from"))) {
        throw new ValidationException(field + ".from", "must not overlap " + Validate.quote(other)
            + " of an earlier distribute entry, was " + Validate.quote(from));
      }
    }
    Validate.notNull(to, field + ".to");
    if (to.isEmpty()) {
      throw new ValidationException(field + ".to", "must name at least one locality");
    }
    Map<String, Integer> copy = new LinkedHashMap<>();
    long sum = 0;
    for (Map.Entry<String, Integer> e : to.entrySet()) {
      List<String> segments = locality(e.getKey(), field + ".to");
      for (String earlierKey : copy.keySet()) {
        if (overlaps(segments, locality(earlierKey, field + ".to"))) {
          throw new ValidationException(field + ".to", "locality " + Validate.quote(e.getKey())
              + " must not overlap " + Validate.quote(earlierKey));
        }
      }
      String weightField = field + ".to[" + e.getKey() + "]";
      Validate.notNull(e.getValue(), weightField);
      Validate.inRange(e.getValue(), weightField, 1, 100);
      sum += e.getValue();
      copy.put(e.getKey(), e.getValue());
    }
    if (sum != 100) {
      throw new ValidationException(field + ".to", "weights must sum to 100, was " + sum + " (" + weights(copy) + ")");
    }
    return new DistributeRule(from, Collections.unmodifiableMap(copy));
  }

  String from() {
    return from;
  }

  Map<String, Integer> to() {
    return to;
  }

  ObjectNode toJson() {
    ObjectNode node = Manifests.object();
    node.put("from", from);
    ObjectNode toNode = node.putObject("to");
    to.forEach(toNode::put);
    return node;
  }

  /**
   * Checks an Istio locality {@code region[/zone[/subzone]]}, where a lone {@code *} may stand for
   * the whole last segment, and returns its segments without that wildcard.
   */
  private static List<String> locality(String value, String field) {
    Validate.notBlank(value, field);
    String rule = "must be region[/zone[/subzone]] with '*' only as the whole last segment, was ";
    if (value.chars().anyMatch(Character::isWhitespace)) {
      throw new ValidationException(field, rule + Validate.quote(value));
    }
    List<String> segments = new ArrayList<>(Arrays.asList(value.split("/", -1)));
    if (segments.size() > 3) {
      throw new ValidationException(field, rule + Validate.quote(value));
    }
    if (segments.contains("")) {
      throw new ValidationException(field, "must not contain an empty region, zone or subzone, was "
          + Validate.quote(value));
    }
    if (segments.get(segments.size() - 1).equals("*")) {
      segments.remove(segments.size() - 1);
    }
    if (segments.stream().anyMatch(s -> s.contains("*"))) {
      throw new ValidationException(field, rule + Validate.quote(value));
    }
    return segments;
  }

  /** Two localities overlap when one contains the other, as {@code cn-hangzhou/*} contains {@code cn-hangzhou/a}. */
  private static boolean overlaps(List<String> a, List<String> b) {
    int common = Math.min(a.size(), b.size());
    return a.subList(0, common).equals(b.subList(0, common));
  }

  static String weights(Map<String, Integer> weights) {
    return weights.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DistributeRule && ((DistributeRule) o).from.equals(from) && ((DistributeRule) o).to.equals(to);
  }

  @Override
  public int hashCode() {
    return 31 * from.hashCode() + to.hashCode();
  }

  @Override
  public String toString() {
    return from + " -> {" + weights(to) + "}";
  }
}
