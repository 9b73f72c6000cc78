package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.mesh.model.LocalityDistribution;
import io.github.ackhybrid.mesh.model.LocalityFailover;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Istio's rules for locality load balancing settings ({@code ValidateLocalityLbSetting}), applied
 * to the mesh-wide {@code LocalityLBConf} before it is sent, so a setting the control plane would
 * refuse fails here with the field and the rule.
 */
public final class LocalityRules {
  private LocalityRules() {}

  /**
   * Checks a mesh-wide locality configuration: either failover or distribute entries, never both.
   *
   * @param failover the failover entries
   * @param distribute the distribute entries
   * @param field the dotted field name of the configuration
   * @throws ValidationException naming the first entry that breaks a rule
   */
  public static void check(List<LocalityFailover> failover, List<LocalityDistribution> distribute, String field) {
    if (!failover.isEmpty() && !distribute.isEmpty()) {
      throw new ValidationException(field, "can not simultaneously specify 'distribute' and 'failover'");
    }
    if (failover.isEmpty() && distribute.isEmpty()) {
      throw new ValidationException(field, "must hold failover or distribute entries, was empty");
    }
    for (int i = 0; i < failover.size(); i++) {
      String at = field + ".failover[" + i + "]";
      checkFailover(Validate.notNull(failover.get(i), at), at);
    }
    List<List<String>> froms = new ArrayList<>();
    for (int i = 0; i < distribute.size(); i++) {
      String at = field + ".distribute[" + i + "]";
      LocalityDistribution d = Validate.notNull(distribute.get(i), at);
      List<String> from = locality(d.from(), at + ".from");
      for (List<String> earlier : froms) {
        if (overlap(from, earlier)) {
          throw new ValidationException(at + ".from", "locality " + Validate.quote(d.from())
              + " overlaps with a previous entry's " + Validate.quote(String.join("/", earlier)));
        }
      }
      froms.add(from);
      checkWeights(d.to(), at + ".to");
    }
  }

  private static void checkFailover(LocalityFailover f, String at) {
    region(f.from(), at + ".from");
    region(f.to(), at + ".to");
    if (f.from().equals(f.to())) {
      throw new ValidationException(at, "must fail over to a different region, was "
          + Validate.quote(f.from()) + " to itself");
    }
  }

  private static void region(String value, String field) {
    Validate.notBlank(value, field);
    if (value.indexOf('/') >= 0) {
      throw new ValidationException(field, "must be a region only (no zone), was " + Validate.quote(value));
    }
    if (value.indexOf('*') >= 0) {
      throw new ValidationException(field, "must not contain the '*' wildcard, was " + Validate.quote(value));
    }
  }

  private static void checkWeights(Map<String, Integer> to, String field) {
    if (to.isEmpty()) {
      throw new ValidationException(field, "must name at least one locality");
    }
    List<List<String>> seen = new ArrayList<>();
    long total = 0;
    for (Map.Entry<String, Integer> e : to.entrySet()) {
      List<String> target = locality(e.getKey(), field);
      for (List<String> earlier : seen) {
        if (overlap(target, earlier)) {
          throw new ValidationException(field, "locality " + Validate.quote(e.getKey())
              + " overlaps with " + Validate.quote(String.join("/", earlier)));
        }
      }
      seen.add(target);
      Validate.inRange(e.getValue(), field + "[" + e.getKey() + "]", 1, 100);
      total += e.getValue();
    }
    if (total != 100) {
      throw new ValidationException(field, "weights must sum to 100, was " + total);
    }
  }

  /** Splits {@code region[/zone[/subzone]]}, with {@code *} allowed only as the whole last segment. */
  private static List<String> locality(String value, String field) {
    Validate.notBlank(value, field);
    List<String> segments = Arrays.asList(value.split("/", -1));
    if (segments.size() > 3) {
      throw new ValidationException(field, "must be region[/zone[/subzone]], was " + Validate.quote(value));
    }
    for (int i = 0; i < segments.size(); i++) {
      String s = segments.get(i);
      if (s.isEmpty()) {
        throw new ValidationException(field, "locality " + Validate.quote(value)
            + " must not contain empty region/zone/subzone info");
      }
      if (s.contains("*") && (!s.equals("*") || i != segments.size() - 1)) {
        throw new ValidationException(field, "locality " + Validate.quote(value)
            + " may use the '*' wildcard only once, as its last segment");
      }
    }
    return segments;
  }

  /** Two localities overlap when they are equal or a wildcard one covers a prefix of the other. */
  private static boolean overlap(List<String> a, List<String> b) {
    return covers(a, b) || covers(b, a);
  }

  private static boolean covers(List<String> pattern, List<String> other) {
    boolean wildcard = pattern.get(pattern.size() - 1).equals("*");
    List<String> fixed = wildcard ? pattern.subList(0, pattern.size() - 1) : pattern;
    if (!wildcard) {
      return fixed.equals(other);
    }
    if (other.size() < fixed.size()) {
      return false;
    }
    return other.subList(0, fixed.size()).equals(fixed);
  }
}
