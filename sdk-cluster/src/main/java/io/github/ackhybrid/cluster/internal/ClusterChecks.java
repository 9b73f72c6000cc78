package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.cluster.model.Tag;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.core.internal.WriteSafety;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The client-side rules of the ACK cluster API (ack-cs-api.md §3.1, official SDK field docs), each
 * failing with a {@link ValidationException} that names the field and the rule before anything is
 * sent.
 */
public final class ClusterChecks {
  private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
  private static final Pattern REGION = Pattern.compile("[a-z0-9][a-z0-9-]*");
  private static final Pattern PRINTABLE_ASCII = Pattern.compile("[\\x21-\\x7E]+");
  private static final int MAX_ID_LENGTH = 128;
  private static final int MAX_TAGS = 20;
  private static final List<String> RESERVED_TAG_PREFIXES = List.of("aliyun", "acs:", "http://", "https://");

  private ClusterChecks() {}

  /**
   * Checks a cluster name: 1-63 characters, letters, digits and hyphens, not starting with a hyphen.
   *
   * @param name the name
   * @param field the dotted field name
   * @return the name
   * @throws ValidationException if the name breaks the rule
   */
  public static String clusterName(String name, String field) {
    return Validate.matches(name, field, 1, 63, CLUSTER_NAME, "[A-Za-z0-9-] not starting with '-'");
  }

  /**
   * Checks an id that goes into a path or a body: not blank, no blanks or control characters,
   * and no {@code /}, which would change the path it is put in.
   *
   * @param id the id
   * @param field the dotted field name
   * @return the id
   * @throws ValidationException if the id breaks the rule
   */
  public static String id(String id, String field) {
    Validate.notBlank(id, field);
    // Alibaba Cloud ids are short ASCII tokens (c..., vpc-..., rg-...); 128 leaves room for any of them.
    if (id.length() > MAX_ID_LENGTH || !PRINTABLE_ASCII.matcher(id).matches() || id.indexOf('/') >= 0) {
      throw new ValidationException(field, "must be an id of 1-" + MAX_ID_LENGTH
          + " printable ASCII characters without '/' or blanks, was " + Validate.quote(id));
    }
    return id;
  }

  /**
   * Checks a list of ids and its size.
   *
   * @param ids the ids
   * @param field the dotted field name
   * @param min the least number of ids
   * @param max the greatest number of ids
   * @return the ids
   * @throws ValidationException if an id or the count breaks the rule
   */
  public static List<String> ids(List<String> ids, String field, int min, int max) {
    if (ids.size() < min || ids.size() > max) {
      throw new ValidationException(field, (min == max ? "must hold " + min : "must hold " + min + "-" + max)
          + " ids, was " + ids.size());
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      id(ids.get(i), field + "[" + i + "]");
      if (!seen.add(ids.get(i))) {
        throw new ValidationException(field, "must not repeat an id, found " + Validate.quote(ids.get(i)) + " twice");
      }
    }
    return ids;
  }

  /**
   * Checks a region id such as {@code cn-hangzhou}.
   *
   * @param region the region id
   * @param field the dotted field name
   * @return the region id
   * @throws ValidationException if the region id breaks the rule
   */
  public static String region(String region, String field) {
    return Validate.matches(region, field, 1, 64, REGION, "[a-z0-9-]");
  }

  /**
   * Checks cluster tags: at most 20, keys 1-64 and values up to 128 characters, unique keys that do
   * not start with a prefix the cloud reserves ({@code aliyun}, {@code acs:}, {@code http://},
   * {@code https://}).
   *
   * @param tags the tags
   * @param field the dotted field name
   * @throws ValidationException if a tag breaks the rule
   */
  public static void tags(List<Tag> tags, String field) {
    if (tags.size() > MAX_TAGS) {
      throw new ValidationException(field, "must hold at most " + MAX_TAGS + " tags, was " + tags.size());
    }
    checkEach(tags, field);
  }

  /**
   * Checks the tags of a create as {@link #tags} does, leaving room for the creation token the
   * SDK adds (docs/WRITE-SAFETY.md): at most 19, none under the token's key.
   *
   * @param tags the tags
   * @param field the dotted field name
   * @throws ValidationException if a tag breaks the rule
   */
  public static void createTags(List<Tag> tags, String field) {
    if (tags.size() > MAX_TAGS - 1) {
      throw new ValidationException(field, "must hold at most " + (MAX_TAGS - 1) + " tags (the SDK adds its creation"
          + " token tag " + WriteSafety.CREATE_TOKEN_TAG + " as the last one), was " + tags.size());
    }
    checkEach(tags, field);
  }

  private static void checkEach(List<Tag> tags, String field) {
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      String keyField = field + "[" + i + "].key";
      Validate.notBlank(tag.key(), keyField);
      if (tag.key().length() > 64) {
        throw new ValidationException(keyField, "must be 1-64 characters, was " + tag.key().length());
      }
      String lower = tag.key().toLowerCase(Locale.ROOT);
      for (String prefix : RESERVED_TAG_PREFIXES) {
        if (lower.startsWith(prefix)) {
          throw new ValidationException(keyField, "must not start with \"" + prefix + "\", was " + Validate.quote(tag.key()));
        }
      }
      if (tag.value().length() > 128) {
        throw new ValidationException(field + "[" + i + "].value", "must be at most 128 characters, was " + tag.value().length());
      }
      Validate.noControlCharacters(tag.value(), field + "[" + i + "].value");
      if (tag.key().equals(WriteSafety.CREATE_TOKEN_TAG)) {
        throw new ValidationException(keyField, "is reserved for the SDK's creation token, was " + Validate.quote(tag.key()));
      }
      if (!keys.add(tag.key())) {
        throw new ValidationException(keyField, "must be unique, found " + Validate.quote(tag.key()) + " twice");
      }
    }
  }

  /**
   * Checks that the pod and Service CIDR blocks, when both are given, do not overlap.
   *
   * @param pod the pod block
   * @param service the Service block
   * @param podField the dotted field name of the pod block
   * @param serviceField the dotted field name of the Service block
   * @throws ValidationException if they overlap
   */
  public static void disjoint(Ipv4Cidr pod, Ipv4Cidr service, String podField, String serviceField) {
    if (pod != null && service != null && pod.overlaps(service)) {
      throw new ValidationException(serviceField, "must not overlap " + podField + " (" + pod + "), was " + service);
    }
  }

  /**
   * Checks that a CIDR block lies inside the private ranges ACK accepts for managed clusters
   * (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) with a prefix in the given bounds.
   *
   * @param text the block
   * @param field the dotted field name
   * @param minPrefix the shortest prefix allowed
   * @param maxPrefix the longest prefix allowed
   * @return the parsed block
   * @throws ValidationException if the block breaks the rule
   */
  public static Ipv4Cidr privateBlock(String text, String field, int minPrefix, int maxPrefix) {
    Ipv4Cidr cidr = Ipv4Cidr.parse(text, field);
    boolean inside = Ipv4Cidr.ACK_PRIVATE_RANGES.stream().anyMatch(cidr::isWithin);
    if (!inside || cidr.prefix() < minPrefix || cidr.prefix() > maxPrefix) {
      throw new ValidationException(field, "must lie within 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 with a prefix of /"
          + minPrefix + " to /" + maxPrefix + ", was " + Validate.quote(text));
    }
    return cidr;
  }
}
