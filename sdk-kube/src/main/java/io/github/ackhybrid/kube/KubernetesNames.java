package io.github.ackhybrid.kube;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The Kubernetes rules for names, label keys and values, and annotations, checked on the client so
 * a bad value fails with the field and the rule before anything is sent, instead of as an API
 * server {@code Invalid} answer after a round trip.
 *
 * <p>The rules are those of {@code k8s.io/apimachinery}: {@code pkg/util/validation/validation.go}
 * ({@code IsDNS1123Label}, {@code IsDNS1123Subdomain}, {@code IsDNS1035Label},
 * {@code IsQualifiedName}, {@code IsValidLabelValue}) and {@code pkg/api/validation/objectmeta.go}
 * ({@code ValidateAnnotations}). Every check returns its input so it can be used inline, and every
 * failure is a {@link ValidationException} that names the field and states the rule (a null
 * {@code field} is refused as the field {@code field}).
 *
 * <pre>{@code
 * KubernetesNames.dns1123Label(namespace, "deployment.namespace");
 * KubernetesNames.labels(podLabels, "deployment.podLabels");
 * }</pre>
 */
public final class KubernetesNames {
  /** DNS-1123 label; package-private so that kubeconfig parsing reports it as a configuration error. */
  static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern DNS1035_LABEL = Pattern.compile("[a-z]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern QUALIFIED_NAME = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?");
  private static final int LABEL_MAX = 63;
  private static final int SUBDOMAIN_MAX = 253;
  // objectmeta.go TotalAnnotationSizeLimitB: keys and values together, counted in UTF-8 bytes.
  private static final int ANNOTATIONS_MAX_BYTES = 256 * 1024;
  private static final String SUBDOMAIN_RULE = "[a-z0-9-.] in dot-separated parts each starting and ending alphanumeric";
  private static final String NAME_RULE = "[A-Za-z0-9-_.] starting and ending alphanumeric";

  private KubernetesNames() {}

  /**
   * Checks a DNS-1123 label: the rule for namespaces and for many object names.
   *
   * @param value the value
   * @param field the dotted field name for the error
   * @return the value
   * @throws ValidationException if the value is null or not 1-63 characters {@code [a-z0-9-]}
   *     starting and ending alphanumeric
   */
  public static String dns1123Label(String value, String field) {
    Validate.notNull(field, "field");
    return Validate.matches(value, field, 1, LABEL_MAX, DNS1123_LABEL, "[a-z0-9-] starting and ending alphanumeric");
  }

  /**
   * Checks a DNS-1123 subdomain: the rule for most object names, node names and custom resources
   * included, and for API groups.
   *
   * @param value the value
   * @param field the dotted field name for the error
   * @return the value
   * @throws ValidationException if the value is null or not 1-253 characters {@code [a-z0-9-.]} in
   *     dot-separated parts each starting and ending alphanumeric
   */
  public static String dns1123Subdomain(String value, String field) {
    Validate.notNull(field, "field");
    return Validate.matches(value, field, 1, SUBDOMAIN_MAX, DNS1123_SUBDOMAIN, SUBDOMAIN_RULE);
  }

  /**
   * Checks a DNS-1035 label: the rule Kubernetes applies to Service names.
   *
   * @param value the value
   * @param field the dotted field name for the error
   * @return the value
   * @throws ValidationException if the value is null or not 1-63 characters {@code [a-z0-9-]}
   *     starting with a letter and ending alphanumeric
   */
  public static String dns1035Label(String value, String field) {
    Validate.notNull(field, "field");
    return Validate.matches(value, field, 1, LABEL_MAX, DNS1035_LABEL,
        "[a-z0-9-] starting with a letter and ending alphanumeric");
  }

  /**
   * Checks a label key (what Kubernetes calls a qualified name): an optional prefix that is a
   * DNS-1123 subdomain and a {@code /}, then a name of 1-63 characters {@code [A-Za-z0-9-_.]}
   * starting and ending alphanumeric. Taint and toleration keys follow the same rule
   * ({@code k8s.io/kubernetes pkg/apis/core/validation}, {@code validateNodeTaints}).
   *
   * @param key the key
   * @param field the dotted field name for the error
   * @return the key
   * @throws ValidationException if the key is null, its prefix is empty or not a DNS-1123
   *     subdomain, or its name breaks the rule
   */
  public static String labelKey(String key, String field) {
    Validate.notNull(field, "field");
    return qualifiedName(Validate.notNull(key, field), key, field);
  }

  /**
   * Checks a label value: empty, or 1-63 characters {@code [A-Za-z0-9-_.]} starting and ending
   * alphanumeric. Taint and toleration values follow the same rule.
   *
   * @param value the value
   * @param field the dotted field name for the error
   * @return the value
   * @throws ValidationException if the value is null or breaks the rule
   */
  public static String labelValue(String value, String field) {
    Validate.notNull(field, "field");
    Validate.notNull(value, field);
    if (!value.isEmpty() && (value.length() > LABEL_MAX || !QUALIFIED_NAME.matcher(value).matches())) {
      throw new ValidationException(field, "must be empty or 1-" + LABEL_MAX + " characters " + NAME_RULE
          + ", was " + Validate.quote(value));
    }
    return value;
  }

  /**
   * Checks every key and value of a label map. A bad key is reported under {@code field}, a bad
   * value under {@code field[key]}.
   *
   * @param labels the labels
   * @param field the dotted field name of the map
   * @return the labels
   * @throws ValidationException if the map is null, or a key or value breaks its rule
   */
  public static Map<String, String> labels(Map<String, String> labels, String field) {
    Validate.notNull(field, "field");
    Validate.notNull(labels, field);
    labels.forEach((k, v) -> {
      labelKey(k, field);
      labelValue(v, field + "[" + k + "]");
    });
    return labels;
  }

  /**
   * Checks an annotation map: every key is a label key, except that letters of either case are
   * accepted in its prefix (Kubernetes checks annotation keys lower-cased); values are any text;
   * keys and values together hold at most 256 KiB of UTF-8.
   *
   * @param annotations the annotations
   * @param field the dotted field name of the map
   * @return the annotations
   * @throws ValidationException if the map is null, a key breaks the rule, a value is null, or the
   *     whole is too large
   */
  public static Map<String, String> annotations(Map<String, String> annotations, String field) {
    Validate.notNull(field, "field");
    Validate.notNull(annotations, field);
    long bytes = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String key = Validate.notNull(e.getKey(), field);
      qualifiedName(key.toLowerCase(Locale.ROOT), key, field);
      String value = Validate.notNull(e.getValue(), field + "[" + key + "]");
      bytes += key.getBytes(StandardCharsets.UTF_8).length + value.getBytes(StandardCharsets.UTF_8).length;
    }
    if (bytes > ANNOTATIONS_MAX_BYTES) {
      throw new ValidationException(field, "must hold at most " + ANNOTATIONS_MAX_BYTES
          + " bytes of keys and values together, was " + bytes);
    }
    return annotations;
  }

  /** Checks {@code checked}, which is {@code shown} or its lower-cased form, and reports {@code shown}. */
  private static String qualifiedName(String checked, String shown, String field) {
    int slash = checked.indexOf('/');
    if (slash >= 0) {
      String prefix = checked.substring(0, slash);
      if (prefix.isEmpty() || prefix.length() > SUBDOMAIN_MAX || !DNS1123_SUBDOMAIN.matcher(prefix).matches()) {
        throw new ValidationException(field, "must be a label key whose prefix before '/' is a DNS subdomain of 1-"
            + SUBDOMAIN_MAX + " characters " + SUBDOMAIN_RULE + ", was " + Validate.quote(shown));
      }
    }
    String name = checked.substring(slash + 1);
    if (name.isEmpty() || name.length() > LABEL_MAX || !QUALIFIED_NAME.matcher(name).matches()) {
      throw new ValidationException(field, "must be a label key: an optional DNS subdomain prefix and '/', then 1-"
          + LABEL_MAX + " characters " + NAME_RULE + ", was " + Validate.quote(shown));
    }
    return shown;
  }
}
