package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kubernetes naming rules, checked on the client so a bad name fails with the field and the rule
 * instead of an API server {@code Invalid} answer after a round trip.
 */
final class KubernetesNames {
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final String LABEL_RULE = "[A-Za-z0-9-_.] starting and ending alphanumeric";

  private KubernetesNames() {}

  /** Checks a DNS-1123 label: namespaces, subset names. */
  static String dns1123Label(String value, String field) {
    return Validate.matches(value, field, 1, 63, DNS1123_LABEL, "[a-z0-9-] starting and ending alphanumeric");
  }

  /** Checks a DNS-1035 label, the rule Kubernetes applies to Service names. */
  static String serviceName(String value, String field) {
    return Validate.matches(value, field, 1, 63, DNS1035_LABEL,
        "[a-z0-9-] starting with a letter and ending alphanumeric");
  }

  /** Checks a DNS-1123 subdomain: names of custom resources. */
  static String dns1123Subdomain(String value, String field) {
    return Validate.matches(value, field, 1, 253, DNS1123_SUBDOMAIN,
        "[a-z0-9-.] in dot-separated parts each starting and ending alphanumeric");
  }

  /**
   * Checks a label key: an optional DNS-1123 subdomain prefix of at most 253 characters and a
   * {@code /}, then a name of 1-63 characters.
   */
  static String labelKey(String key, String field) {
    Validate.notNull(key, field);
    int slash = key.indexOf('/');
    String prefix = slash < 0 ? null : key.substring(0, slash);
    String name = slash < 0 ? key : key.substring(slash + 1);
    boolean prefixOk = prefix == null
        || (!prefix.isEmpty() && prefix.length() <= 253 && DNS1123_SUBDOMAIN.matcher(prefix).matches());
    boolean nameOk = !name.isEmpty() && name.length() <= 63 && LABEL_NAME.matcher(name).matches();
    if (!prefixOk || !nameOk) {
      throw new ValidationException(field, "key must be an optional DNS-1123 subdomain prefix and '/', then 1-63 "
          + "characters " + LABEL_RULE + ", was " + Validate.quote(key));
    }
    return key;
  }

  /** Checks a label value: empty, or 1-63 characters of the label charset. */
  static String labelValue(String value, String field) {
    Validate.notNull(value, field);
    if (!value.isEmpty() && (value.length() > 63 || !LABEL_NAME.matcher(value).matches())) {
      throw new ValidationException(field, "must be 0-63 characters " + LABEL_RULE + ", was " + Validate.quote(value));
    }
    return value;
  }

  /** Checks every key and value of a label map; {@code field} names the map. */
  static void labels(Map<String, String> labels, String field) {
    Validate.notNull(labels, field);
    labels.forEach((k, v) -> {
      labelKey(k, field);
      labelValue(v, field + "[" + k + "]");
    });
  }
}
