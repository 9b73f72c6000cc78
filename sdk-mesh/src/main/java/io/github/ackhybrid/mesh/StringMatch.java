package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Locale;

/**
 * How a request attribute (a header value or the URI path) is compared: exactly, by prefix, or by
 * an RE2 regular expression, as in Istio's {@code StringMatch}.
 */
public final class StringMatch {
  /** The comparison a {@link StringMatch} makes. */
  public enum Type {
    /** The whole value equals the given text. */
    EXACT,
    /** The value starts with the given text. */
    PREFIX,
    /** The whole value matches the given RE2 regular expression. */
    REGEX
  }

  private final Type type;
  private final String value;

  private StringMatch(Type type, String value) {
    this.type = type;
    this.value = value;
  }

  /**
   * Matches a value equal to {@code value}.
   *
   * @param value the text to compare with, not empty
   * @return the match
   * @throws ValidationException if {@code value} is null, empty or holds control characters
   */
  public static StringMatch exact(String value) {
    return new StringMatch(Type.EXACT, check(value, "stringMatch.exact"));
  }

  /**
   * Matches a value starting with {@code prefix}.
   *
   * @param prefix the prefix, not empty
   * @return the match
   * @throws ValidationException if {@code prefix} is null, empty or holds control characters
   */
  public static StringMatch prefix(String prefix) {
    return new StringMatch(Type.PREFIX, check(prefix, "stringMatch.prefix"));
  }

  /**
   * Matches a value against an RE2 regular expression (Envoy's dialect: no look-around or
   * back-references). The expression is passed through unchanged; the mesh checks its syntax.
   *
   * @param regex the expression, not empty
   * @return the match
   * @throws ValidationException if {@code regex} is null, empty or holds control characters
   */
  public static StringMatch regex(String regex) {
    return new StringMatch(Type.REGEX, check(regex, "stringMatch.regex"));
  }

  /**
   * Returns the comparison.
   *
   * @return the type
   */
  public Type type() {
    return type;
  }

  /**
   * Returns the text, prefix or expression compared with.
   *
   * @return the value
   */
  public String value() {
    return value;
  }

  ObjectNode toJson() {
    ObjectNode node = Manifests.object();
    node.put(type.name().toLowerCase(Locale.ROOT), value);
    return node;
  }

  private static String check(String value, String field) {
    Validate.notNull(value, field);
    if (value.isEmpty()) {
      throw new ValidationException(field, "must not be empty");
    }
    return Validate.noControlCharacters(value, field);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StringMatch && ((StringMatch) o).type == type && ((StringMatch) o).value.equals(value);
  }

  @Override
  public int hashCode() {
    return 31 * type.hashCode() + value.hashCode();
  }

  /** Returns the Istio form, such as {@code exact "true"}. */
  @Override
  public String toString() {
    return type.name().toLowerCase(Locale.ROOT) + " " + Validate.quote(value);
  }
}
