package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.regex.Pattern;

/**
 * The Kubernetes rules for label keys and values, taint keys and values and node names, checked
 * before a node pool request is sent. sdk-mesh keeps its own copy of these rules; both should move
 * to one shared place.
 */
public final class KubernetesNames {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final Pattern DNS_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private KubernetesNames() {}

  /**
   * Checks a label key: an optional DNS subdomain prefix of at most 253 characters and a slash,
   * then a name of 1-63 characters {@code [A-Za-z0-9-_.]} that starts and ends alphanumeric.
   *
   * @param key the key
   * @param field the dotted field name for the error
   * @return the key
   * @throws ValidationException if the key breaks the rule
   */
  public static String labelKey(String key, String field) {
    Validate.notNull(key, field);
    int slash = key.indexOf('/');
    String prefix = slash < 0 ? null : key.substring(0, slash);
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (prefix != null && (prefix.isEmpty() || prefix.length() > 253 || !DNS_SUBDOMAIN.matcher(prefix).matches())) {
      throw new ValidationException(field, "must have a prefix that is a DNS subdomain of at most 253 characters"
          + " [a-z0-9-.] before the '/', was " + Validate.quote(key));
    }
    if (name.isEmpty() || name.length() > 63 || !NAME.matcher(name).matches()) {
      throw new ValidationException(field, "must be a Kubernetes label key: an optional DNS prefix and '/', then"
          + " 1-63 characters [A-Za-z0-9-_.] starting and ending with a letter or digit, was " + Validate.quote(key));
    }
    return key;
  }

  /**
   * Checks a label value: empty, or 1-63 characters {@code [A-Za-z0-9-_.]} that start and end
   * alphanumeric.
   *
   * @param value the value
   * @param field the dotted field name for the error
   * @return the value
   * @throws ValidationException if the value breaks the rule
   */
  public static String labelValue(String value, String field) {
    Validate.notNull(value, field);
    if (!value.isEmpty() && (value.length() > 63 || !NAME.matcher(value).matches())) {
      throw new ValidationException(field, "must be empty or 1-63 characters [A-Za-z0-9-_.] starting and ending"
          + " with a letter or digit, was " + Validate.quote(value));
    }
    return value;
  }

  /**
   * Checks a taint key, which follows the label key rules.
   *
   * @param key the key
   * @param field the dotted field name for the error
   * @return the key
   * @throws ValidationException if the key breaks the rule
   */
  public static String taintKey(String key, String field) {
    return labelKey(key, field);
  }

  /**
   * Checks a taint value, which follows the label value rules.
   *
   * @param value the value
   * @param field the dotted field name for the error
   * @return the value
   * @throws ValidationException if the value breaks the rule
   */
  public static String taintValue(String value, String field) {
    return labelValue(value, field);
  }

  /**
   * Checks a node name: a DNS subdomain of at most 253 characters {@code [a-z0-9-.]}.
   *
   * @param name the node name
   * @param field the dotted field name for the error
   * @return the name
   * @throws ValidationException if the name breaks the rule
   */
  public static String nodeName(String name, String field) {
    Validate.notNull(name, field);
    if (name.isEmpty() || name.length() > 253 || !DNS_SUBDOMAIN.matcher(name).matches()) {
      throw new ValidationException(field, "must be a Kubernetes node name: 1-253 characters [a-z0-9-.] in"
          + " dot-separated parts that start and end with a letter or digit, was " + Validate.quote(name));
    }
    return name;
  }
}
