package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * ROA signature V2, {@code Authorization: acs <AccessKeyId>:<Signature>}: HMAC-SHA1 under the raw
 * secret, Base64. Older ACK clients send it; the SDK itself signs with {@link AcsV3Signer}, and
 * the simulator verifies this scheme so those clients work against it too. The body is signed
 * only through a {@code Content-MD5} header.
 */
public final class RoaV2Signer {
  private RoaV2Signer() {}

  /**
   * Builds the string to sign:
   * <pre>
   * METHOD\n accept\n content-md5\n content-type\n date\n
   * x-acs-name:value\n ...
   * path[?name=value&amp;name...]
   * </pre>
   * The four values are looked up without regard to case and are empty when absent. The
   * {@code x-acs-*} headers have lower-case names, trimmed values and are sorted by name. The
   * resource is the path as sent (already percent-encoded) followed, when there is a query, by
   * its parameters sorted by name, raw and unencoded, with a bare name for an empty value.
   *
   * @param method the HTTP method, upper-cased here
   * @param headers the request headers, names in any case
   * @param path the path as sent on the wire
   * @param query the decoded query parameters
   * @return the string to sign
   * @throws ValidationException if an argument is null or the method is blank
   */
  public static String stringToSign(String method, Map<String, String> headers, String path, Map<String, String> query) {
    Validate.notBlank(method, "method");
    Validate.notNull(path, "path");
    Validate.notNull(query, "query");
    SortedMap<String, String> byName = Names.caseInsensitive(headers, "headers");
    StringBuilder out = new StringBuilder(256)
        .append(method.toUpperCase(Locale.ROOT)).append('\n')
        .append(byName.getOrDefault("accept", "")).append('\n')
        .append(byName.getOrDefault("content-md5", "")).append('\n')
        .append(byName.getOrDefault("content-type", "")).append('\n')
        .append(byName.getOrDefault("date", "")).append('\n');
    acsHeaders(headers).forEach((name, value) -> out.append(name).append(':').append(value).append('\n'));
    out.append(path);
    String separator = "?";
    for (String name : Names.sorted(query, "query")) {
      String value = query.get(name);
      out.append(separator).append(name);
      if (value != null && !value.isEmpty()) {
        out.append('=').append(value);
      }
      separator = "&";
    }
    return out.toString();
  }

  /**
   * Signs a string to sign with HMAC-SHA1 under the raw secret (no {@code &} suffix, unlike RPC).
   *
   * @param accessKeySecret the AccessKey secret
   * @param stringToSign the string to sign
   * @return the Base64 signature that follows {@code acs <AccessKeyId>:}
   * @throws ValidationException if an argument is null or the secret is empty
   */
  public static String signature(String accessKeySecret, String stringToSign) {
    return Digests.hmacSha1Base64(accessKeySecret, stringToSign);
  }

  private static SortedMap<String, String> acsHeaders(Map<String, String> headers) {
    SortedMap<String, String> acs = new TreeMap<>();
    headers.forEach((name, value) -> {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("x-acs-")) {
        acs.putIfAbsent(lower, value == null ? "" : value.trim());
      }
    });
    return acs;
  }
}
