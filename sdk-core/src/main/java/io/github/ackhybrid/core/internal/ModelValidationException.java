package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@link ValidationException} the builders Immutables generates for
 * {@link io.github.ackhybrid.core.ModelStyle} models throw, in place of its {@code NullPointerException}
 * for a null argument and its {@code IllegalStateException} for an unset required attribute, so that
 * bad input to any model builder fails like every other check: typed, naming the field and the rule.
 *
 * <p>Immutables hands over only a message: the attribute's name (with {@code " element"},
 * {@code " key"}, {@code " value"} or {@code " value for key: k"} for a member of a collection or
 * map) for a null, and
 * {@code "Cannot build Type, some of required attributes are not set [a, b]"} for unset attributes.
 * The constructor turns either into a field and a rule; any other text is kept whole as the field.
 */
public final class ModelValidationException extends ValidationException {
  private static final long serialVersionUID = 1L;
  private static final Pattern UNSET =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");
  private static final Pattern MEMBER = Pattern.compile("(\\w+) (element|key|value)( for key: .*)?", Pattern.DOTALL);

  /**
   * Creates the failure from the message of the generated code.
   *
   * @param generatedMessage the attribute name, or the generated text listing unset attributes
   */
  public ModelValidationException(String generatedMessage) {
    super(field(String.valueOf(generatedMessage)), rule(String.valueOf(generatedMessage)));
  }

  private static String field(String message) {
    Matcher unset = UNSET.matcher(message);
    if (unset.matches()) {
      String type = unset.group(1);
      return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1) + "." + unset.group(2).split(", ")[0];
    }
    Matcher member = MEMBER.matcher(message);
    return member.matches() ? member.group(1) : message;
  }

  private static String rule(String message) {
    Matcher unset = UNSET.matcher(message);
    if (unset.matches()) {
      String[] names = unset.group(2).split(", ");
      return names.length == 1 ? "must be set"
          : "must be set (also unset: " + unset.group(2).substring(names[0].length() + 2) + ")";
    }
    Matcher member = MEMBER.matcher(message);
    return member.matches() ? "must not hold a null " + member.group(2) : "must not be null";
  }
}
