package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.core.internal.WriteSafety;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.mesh.model.IngressMatch;
import io.github.ackhybrid.mesh.model.LaneMatch;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.WeightedIngressRule;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The argument rules of sdk-mesh's requests, each failing with a {@link ValidationException} that
 * names the field and the rule before anything is sent.
 */
public final class MeshValidation {
  // The ASM reference states no rule for mesh names. This follows ACK's cluster-name rule (letters
  // of any script, digits, '_' and '-', not starting with a symbol, at most 63 characters), the
  // strictest rule a mesh name could plausibly have; change it here if the service says otherwise.
  private static final Pattern MESH_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*");
  private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]*");
  private static final Pattern HEADER_NAME = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");
  private static final Pattern IPV4_CIDR =
      Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)/(3[0-2]|[12]?\\d)");
  private static final Pattern IPV6_CIDR = Pattern.compile("[0-9A-Fa-f:]{2,39}/(12[0-8]|1[01]\\d|[1-9]?\\d)");
  // Alibaba Cloud's general tag limits: 20 tags per resource, keys and values of at most 128
  // characters, keys not starting with the reserved prefixes.
  private static final int MAX_TAGS = 20;

  private MeshValidation() {}

  /**
   * Requires a resource id: a mesh, cluster, VPC or vSwitch id.
   *
   * @param value the id
   * @param field the dotted field name
   * @return the id
   * @throws ValidationException if the id is missing, blank or holds characters no id has
   */
  public static String id(String value, String field) {
    Validate.notBlank(value, field);
    if (value.length() > 128 || !ID.matcher(value).matches()) {
      throw new ValidationException(field, "must be an id of at most 128 characters [A-Za-z0-9._:-], was "
          + Validate.quote(value));
    }
    return value;
  }

  /**
   * Requires a mesh name.
   *
   * @param value the name
   * @param field the dotted field name
   * @return the name
   * @throws ValidationException if the name breaks the rule
   */
  public static String meshName(String value, String field) {
    return Validate.matches(value, field, 1, 63, MESH_NAME,
        "of letters, digits, '_' and '-', starting with a letter or digit");
  }

  /**
   * Requires a region id such as {@code cn-hangzhou}.
   *
   * @param value the region
   * @param field the dotted field name
   * @return the region
   * @throws ValidationException if the value is not a region id
   */
  public static String region(String value, String field) {
    return Validate.matches(value, field, 3, 64, REGION, "[a-z0-9-] such as cn-hangzhou");
  }

  /**
   * Requires an HTTP header name (an RFC 9110 token).
   *
   * @param value the name
   * @param field the dotted field name
   * @return the name
   * @throws ValidationException if the name is not a token
   */
  public static String headerName(String value, String field) {
    return Validate.matches(value, field, 1, 256, HEADER_NAME, "of HTTP token characters");
  }

  /**
   * Requires an IPv4 or IPv6 CIDR block such as {@code 10.0.0.0/8}.
   *
   * @param value the block
   * @param field the dotted field name
   * @return the block
   * @throws ValidationException if the value is not a CIDR block
   */
  public static String cidr(String value, String field) {
    Validate.notBlank(value, field);
    boolean v4 = IPV4_CIDR.matcher(value).matches();
    boolean v6 = !v4 && IPV6_CIDR.matcher(value).matches() && value.indexOf("::") == value.lastIndexOf("::");
    if (!v4 && !v6) {
      throw new ValidationException(field, "must be a CIDR block such as 10.0.0.0/8, was " + Validate.quote(value));
    }
    return value;
  }

  /**
   * Requires resource tags within Alibaba Cloud's limits.
   *
   * @param tags the tags
   * @param field the dotted field name
   * @throws ValidationException if a limit is broken
   */
  public static void tags(Map<String, String> tags, String field) {
    if (tags.size() > MAX_TAGS) {
      throw new ValidationException(field, "must hold at most " + MAX_TAGS + " tags, was " + tags.size());
    }
    checkEach(tags, field);
  }

  /**
   * Requires the tags of a create within Alibaba Cloud's limits, leaving room for the creation
   * token the SDK adds (docs/WRITE-SAFETY.md): at most 19, none under the token's key.
   *
   * @param tags the tags
   * @param field the dotted field name
   * @throws ValidationException if a limit is broken
   */
  public static void createTags(Map<String, String> tags, String field) {
    if (tags.size() > MAX_TAGS - 1) {
      throw new ValidationException(field, "must hold at most " + (MAX_TAGS - 1) + " tags (the SDK adds its creation"
          + " token tag " + WriteSafety.CREATE_TOKEN_TAG + "), was " + tags.size());
    }
    if (tags.containsKey(WriteSafety.CREATE_TOKEN_TAG)) {
      throw new ValidationException(field + " key", "is reserved for the SDK's creation token, was "
          + Validate.quote(WriteSafety.CREATE_TOKEN_TAG));
    }
    checkEach(tags, field);
  }

  private static void checkEach(Map<String, String> tags, String field) {
    for (Map.Entry<String, String> e : tags.entrySet()) {
      String key = e.getKey();
      Validate.notBlank(key, field + ".key");
      String lower = key.toLowerCase(Locale.ROOT);
      if (key.length() > 128 || lower.startsWith("aliyun") || lower.startsWith("acs:")) {
        throw new ValidationException(field + ".key",
            "must be at most 128 characters and not start with aliyun or acs:, was " + Validate.quote(key));
      }
      String value = Validate.noControlCharacters(Validate.notNull(e.getValue(), field + "[" + key + "]"),
          field + "[" + key + "]");
      if (value.length() > 128) {
        throw new ValidationException(field + "[" + key + "]", "must be at most 128 characters, was " + value.length());
      }
    }
  }

  /**
   * Requires a list of distinct ids.
   *
   * @param ids the ids
   * @param field the dotted field name
   * @param min the least number of ids
   * @param max the greatest number of ids
   * @throws ValidationException if the count is out of range or an id is invalid or repeated
   */
  public static void distinctIds(List<String> ids, String field, int min, int max) {
    if (ids.size() < min || ids.size() > max) {
      throw new ValidationException(field, "must hold " + min + "-" + max + " ids, was " + ids.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = id(ids.get(i), field + "[" + i + "]");
      if (!seen.add(id)) {
        throw new ValidationException(field, "must not repeat an id, found " + Validate.quote(id) + " twice");
      }
    }
  }

  /**
   * Requires service references the lane APIs can encode as {@code clusterName/clusterId/namespace/name}.
   *
   * @param services the services
   * @param field the dotted field name
   * @param min the least number of services
   * @throws ValidationException if there are too few services or a part is blank or holds '/'
   */
  public static void laneServices(List<LaneService> services, String field, int min) {
    if (services.size() < min) {
      throw new ValidationException(field, "must name at least " + min + " service" + (min == 1 ? "" : "s"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < services.size(); i++) {
      String at = field + "[" + i + "]";
      LaneService s = Validate.notNull(services.get(i), at);
      pathPart(s.clusterName(), at + ".clusterName");
      id(s.clusterId(), at + ".clusterId");
      KubernetesNames.dns1123Label(s.namespace(), at + ".namespace");
      KubernetesNames.dns1123Label(s.name(), at + ".name");
      if (!seen.add(s.path())) {
        throw new ValidationException(field, "must not repeat a service, found " + Validate.quote(s.path()) + " twice");
      }
    }
  }

  /**
   * Requires a weighted ingress rule the lane APIs accept: at least one domain, and conditions
   * whose matches have a known mode and content.
   *
   * @param rule the rule
   * @param field the dotted field name
   * @throws ValidationException naming the first part that breaks a rule
   */
  public static void weightedIngressRule(WeightedIngressRule rule, String field) {
    if (rule.domains().isEmpty()) {
      throw new ValidationException(field + ".domains", "must name at least one domain, such as \"*\"");
    }
    for (int i = 0; i < rule.domains().size(); i++) {
      Validate.notBlank(rule.domains().get(i), field + ".domains[" + i + "]");
    }
    for (int i = 0; i < rule.conditions().size(); i++) {
      String at = field + ".conditions[" + i + "]";
      IngressMatch m = Validate.notNull(rule.conditions().get(i), at);
      if (m.uri().isEmpty() && m.headers().isEmpty()) {
        throw new ValidationException(at, "must match the URI or at least one header");
      }
      m.uri().ifPresent(u -> laneMatch(u, at + ".uri"));
      m.headers().forEach((name, match) -> {
        headerName(name, at + ".headers");
        laneMatch(match, at + ".headers[" + name + "]");
      });
    }
  }

  private static void laneMatch(LaneMatch match, String field) {
    if (match.mode() == LaneMatch.Mode.UNKNOWN) {
      throw new ValidationException(field, "must match exact, prefix or regex, was " + Validate.quote(match.modeAsString()));
    }
    Validate.notBlank(match.content(), field + ".content");
  }

  private static void pathPart(String value, String field) {
    Validate.notBlank(value, field);
    if (value.indexOf('/') >= 0) {
      throw new ValidationException(field, "must not contain '/', was " + Validate.quote(value));
    }
  }
}
