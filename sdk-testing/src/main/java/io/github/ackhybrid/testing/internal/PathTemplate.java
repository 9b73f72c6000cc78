package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ROA path such as {@code /clusters/{ClusterId}/nodepools}: literal segments and
 * {@code {name}} parameters, each parameter matching one whole, non-empty segment. Matching works
 * on decoded segments, so a parameter value may hold any character, even an encoded {@code /}.
 */
public final class PathTemplate {
  private final String text;
  private final String[] parts;
  private final int literals;

  private PathTemplate(String text, String[] parts, int literals) {
    this.text = text;
    this.parts = parts;
    this.literals = literals;
  }

  /**
   * Parses a template.
   *
   * @param template the template, starting with {@code /}
   * @return the template
   * @throws ValidationException if it does not start with {@code /}
   */
  public static PathTemplate of(String template) {
    Validate.notBlank(template, "path");
    if (!template.startsWith("/")) {
      throw new ValidationException("path", "must start with /, was " + Validate.quote(template));
    }
    String[] parts = template.equals("/") ? new String[0] : template.substring(1).split("/", -1);
    int literals = 0;
    for (String part : parts) {
      if (!isParameter(part)) {
        literals++;
      }
    }
    return new PathTemplate(template, parts, literals);
  }

  private static boolean isParameter(String part) {
    return part.length() > 2 && part.startsWith("{") && part.endsWith("}");
  }

  /**
   * Matches decoded path segments.
   *
   * @param segments the request's decoded segments
   * @return the parameter values by name, or empty if the path does not match
   */
  public Optional<Map<String, String>> match(List<String> segments) {
    List<String> effective = segments.size() == 1 && segments.get(0).isEmpty() ? List.of() : segments;
    if (effective.size() != parts.length) {
      return Optional.empty();
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      String segment = effective.get(i);
      if (isParameter(parts[i])) {
        if (segment.isEmpty()) {
          return Optional.empty();
        }
        params.put(parts[i].substring(1, parts[i].length() - 1), segment);
      } else if (!parts[i].equals(segment)) {
        return Optional.empty();
      }
    }
    return Optional.of(params);
  }

  /**
   * Returns how many literal segments the template has; among templates matching one path, the
   * one with the most literals is the most specific.
   *
   * @return the number of literal segments
   */
  public int literals() {
    return literals;
  }

  @Override
  public String toString() {
    return text;
  }
}
