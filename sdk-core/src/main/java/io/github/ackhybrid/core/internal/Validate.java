package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.util.regex.Pattern;

/**
 * Argument checks shared by every module's builders. Each failure is a {@link ValidationException}
 * naming the field and the rule, raised before anything is sent.
 */
public final class Validate {
  private Validate() {}

  /**
   * Requires a non-null value.
   *
   * @param value the value
   * @param field the dotted field name
   * @param <T> the value type
   * @return the value
   * @throws ValidationException if the value is null
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new ValidationException(field, "must not be null");
    }
    return value;
  }

  /**
   * Requires a string with at least one non-blank character and no control characters.
   *
   * @param value the value
   * @param field the dotted field name
   * @return the value
   * @throws ValidationException if the value is null, blank or holds control characters
   */
  public static String notBlank(String value, String field) {
    if (value == null) {
      throw new ValidationException(field, "must not be null");
    }
    if (value.isBlank()) {
      throw new ValidationException(field, "must not be blank");
    }
    noControlCharacters(value, field);
    return value;
  }

  /**
   * Rejects ISO control characters (including CR, LF and NUL) that would corrupt headers, paths or logs.
   *
   * @param value the value, may be null
   * @param field the dotted field name
   * @return the value
   * @throws ValidationException if the value holds a control character
   */
  public static String noControlCharacters(String value, String field) {
    if (value != null) {
      for (int i = 0; i < value.length(); i++) {
        if (Character.isISOControl(value.charAt(i))) {
          throw new ValidationException(field, "must not contain control characters, found U+"
              + String.format("%04X", (int) value.charAt(i)) + " at index " + i);
        }
      }
    }
    return value;
  }

  /**
   * Requires a string of bounded length that matches a pattern.
   *
   * @param value the value
   * @param field the dotted field name
   * @param min the least length
   * @param max the greatest length
   * @param pattern the pattern the whole value must match
   * @param ruleText the rule as the user should read it, e.g. "[a-z0-9-]"
   * @return the value
   * @throws ValidationException if the value is null or breaks the rule
   */
  public static String matches(String value, String field, int min, int max, Pattern pattern, String ruleText) {
    notNull(value, field);
    if (value.length() < min || value.length() > max || !pattern.matcher(value).matches()) {
      throw new ValidationException(field,
          "must be " + min + "-" + max + " characters " + ruleText + ", was " + quote(value));
    }
    return value;
  }

  /**
   * Requires a number within inclusive bounds.
   *
   * @param value the value
   * @param field the dotted field name
   * @param min the least allowed value
   * @param max the greatest allowed value
   * @return the value
   * @throws ValidationException if the value is out of range
   */
  public static long inRange(long value, String field, long min, long max) {
    if (value < min || value > max) {
      throw new ValidationException(field, "must be " + min + "-" + max + ", was " + value);
    }
    return value;
  }

  /**
   * Requires a positive duration.
   *
   * @param value the value
   * @param field the dotted field name
   * @return the value
   * @throws ValidationException if the value is null, zero or negative
   */
  public static Duration positive(Duration value, String field) {
    notNull(value, field);
    if (value.isNegative() || value.isZero()) {
      throw new ValidationException(field, "must be positive, was " + value);
    }
    return value;
  }

  /**
   * Quotes a user value for an error message, cut to 64 characters so a huge input cannot flood logs.
   *
   * @param value the value, may be null
   * @return the quoted, possibly shortened value
   */
  public static String quote(String value) {
    if (value == null) {
      return "null";
    }
    String shown = value.length() > 64 ? value.substring(0, 64) + "...(" + value.length() + " chars)" : value;
    return '"' + shown + '"';
  }
}
