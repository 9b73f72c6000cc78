package io.github.ackhybrid.nodepool.scheduling.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Kubernetes naming rules for scheduling policies and placement snippets, checked on the client so
 * a bad name fails with the field and the rule instead of an API server {@code Invalid} answer.
 */
public final class KubeNames {
  private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern LABEL_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final String LABEL_RULE = "[A-Za-z0-9-_.] starting and ending alphanumeric";

  private KubeNames() {}

  /**
   * Checks a DNS-1123 label, the rule for namespaces.
   *
   * @param value the value
   * @param field the dotted field name
   * @return the value
   * @throws ValidationException if the value is null or breaks the rule
   */
  public static String dns1123Label(String value, String field) {
    return Validate.matches(value, field, 1, 63, DNS1123_LABEL, "[a-z0-9-] starting and ending alphanumeric");
  }

  /**
   * Checks a DNS-1123 subdomain, the rule for names of custom resources.
   *
   * @param value the value
   * @param field the dotted field name
   * @return the value
   * @throws ValidationException if the value is null or breaks the rule
   */
  public static String dns1123Subdomain(String value, String field) {
    return Validate.matches(value, field, 1, 253, DNS1123_SUBDOMAIN,
        "[a-z0-9-.] in dot-separated parts each starting and ending alphanumeric");
  }

  /**
   * Checks a label or annotation key: an optional DNS-1123 subdomain prefix of at most 253
   * characters and a {@code /}, then a name of 1-63 characters.
   *
   * @param key the key
   * @param field the dotted field name of the map holding the key
   * @return the key
   * @throws ValidationException if the key is null or breaks the rule
   */
  public static String labelKey(String key, String field) {
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

  /**
   * Checks a label value: empty, or 1-63 characters of the label alphabet.
   *
   * @param value the value
   * @param field the dotted field name
   * @return the value
   * @throws ValidationException if the value is null or breaks the rule
   */
  public static String labelValue(String value, String field) {
    Validate.notNull(value, field);
    if (!value.isEmpty() && (value.length() > 63 || !LABEL_NAME.matcher(value).matches())) {
      throw new ValidationException(field, "must be 0-63 characters " + LABEL_RULE + ", was " + Validate.quote(value));
    }
    return value;
  }

  /**
   * Checks a node pool id, which appears as the value of the {@code alibabacloud.com/nodepool-id}
   * node label and so must be a non-empty label value.
   *
   * @param value the id
   * @param field the dotted field name
   * @return the id
   * @throws ValidationException if the id is null or breaks the rule
   */
  public static String nodePoolId(String value, String field) {
    return Validate.matches(value, field, 1, 63, LABEL_NAME,
        LABEL_RULE + " (a node pool id such as np-idc-0001)");
  }

  /**
   * Checks every key and value of a label map.
   *
   * @param labels the labels
   * @param field the dotted field name of the map
   * @throws ValidationException if the map is null or a key or value breaks its rule
   */
  public static void labels(Map<String, String> labels, String field) {
    Validate.notNull(labels, field);
    labels.forEach((k, v) -> {
      labelKey(k, field);
      labelValue(v, field + "[" + k + "]");
    });
  }

  /**
   * Checks every key of an annotation map; values are free text without control characters.
   *
   * @param annotations the annotations
   * @param field the dotted field name of the map
   * @throws ValidationException if the map is null, a key breaks the rule or a value is null
   */
  public static void annotations(Map<String, String> annotations, String field) {
    Validate.notNull(annotations, field);
    annotations.forEach((k, v) -> {
      labelKey(k, field);
      Validate.notNull(v, field + "[" + k + "]");
    });
  }
}
