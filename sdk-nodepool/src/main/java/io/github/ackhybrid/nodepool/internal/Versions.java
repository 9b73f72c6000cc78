package io.github.ackhybrid.nodepool.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the numeric part of version strings such as {@code 1.33.1-aliyun.1} or
 * {@code v0.15.1.23-e6f2-aliyun}, and compares them part by part.
 */
public final class Versions {
  private static final Pattern NUMERIC = Pattern.compile("v?(\\d+(?:\\.\\d+)*)");

  private Versions() {}

  /**
   * Parses the leading dotted numbers of a version.
   *
   * @param text the version, may be null
   * @return the numbers, empty when the text does not start with a number
   */
  public static Optional<List<Integer>> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = NUMERIC.matcher(text.trim());
    if (!m.lookingAt()) {
      return Optional.empty();
    }
    List<Integer> parts = new ArrayList<>();
    for (String p : m.group(1).split("\\.")) {
      try {
        parts.add(Integer.parseInt(p));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.of(List.copyOf(parts));
  }

  /**
   * Compares two versions part by part; missing parts count as 0.
   *
   * @param a one version
   * @param b the other
   * @return negative, zero or positive as {@code a} is older, equal or newer
   */
  public static int compare(List<Integer> a, List<Integer> b) {
    for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
      int x = i < a.size() ? a.get(i) : 0;
      int y = i < b.size() ? b.get(i) : 0;
      if (x != y) {
        return Integer.compare(x, y);
      }
    }
    return 0;
  }
}
