package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.internal.Validate;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** Name handling shared by the signers and the verifier. */
final class Names {
  private Names() {}

  /**
   * Returns the names of a parameter map in UTF-16 code unit order, which is what the official
   * SDKs' {@code Arrays.sort} over raw keys produces and so what the service expects.
   */
  static String[] sorted(Map<String, String> params, String field) {
    String[] names = params.keySet().toArray(new String[0]);
    for (String name : names) {
      Validate.notNull(name, field + ".name");
    }
    Arrays.sort(names);
    return names;
  }

  /**
   * Copies headers into a map looked up without regard to case. When two names differ only in
   * case the first one the source yields wins, the same rule the V3 canonical headers follow.
   */
  static SortedMap<String, String> caseInsensitive(Map<String, String> headers, String field) {
    Validate.notNull(headers, field);
    SortedMap<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) -> copy.putIfAbsent(Validate.notNull(name, field + ".name"), value));
    return copy;
  }
}
