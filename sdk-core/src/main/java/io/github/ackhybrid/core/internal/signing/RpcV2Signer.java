package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Locale;
import java.util.Map;

/**
 * RPC signature V2 ("SignatureVersion 1.0"): HMAC-SHA1 under the secret plus {@code &}, Base64,
 * carried in the {@code Signature} query parameter. ASM and STS clients of the official SDK
 * still use it; the simulator verifies it so they work against it.
 */
public final class RpcV2Signer {
  private static final String SIGNATURE = "Signature";

  private RpcV2Signer() {}

  /**
   * Builds the canonical query string: every parameter except {@code Signature} and those with a
   * null or empty value (the official SDK skips them), sorted by name, written
   * {@code name=value} with both sides percent-encoded and joined with {@code &}.
   *
   * @param params the decoded query parameters merged with any form-body parameters
   * @return the canonical query string
   * @throws ValidationException if the map or one of its names is null
   */
  public static String canonicalQueryString(Map<String, String> params) {
    Validate.notNull(params, "params");
    StringBuilder out = new StringBuilder(params.size() * 32);
    for (String name : Names.sorted(params, "params")) {
      String value = params.get(name);
      if (name.equals(SIGNATURE) || value == null || value.isEmpty()) {
        continue;
      }
      if (out.length() > 0) {
        out.append('&');
      }
      out.append(Rfc3986.percentEncode(name)).append('=').append(Rfc3986.percentEncode(value));
    }
    return out.toString();
  }

  /**
   * Builds the string to sign, {@code METHOD&%2F&<percent-encoded canonical query string>}; the
   * canonical query string is encoded a second time, so {@code :} ends up as {@code %253A}.
   *
   * @param method the HTTP method, upper-cased here
   * @param params the decoded query parameters merged with any form-body parameters
   * @return the string to sign
   * @throws ValidationException if an argument is null or the method is blank
   */
  public static String stringToSign(String method, Map<String, String> params) {
    Validate.notBlank(method, "method");
    return method.toUpperCase(Locale.ROOT) + "&%2F&" + Rfc3986.percentEncode(canonicalQueryString(params));
  }

  /**
   * Signs a string to sign with HMAC-SHA1 under {@code accessKeySecret + "&"}.
   *
   * @param accessKeySecret the AccessKey secret, without the {@code &}
   * @param stringToSign the string to sign
   * @return the Base64 signature, to be percent-encoded into the query
   * @throws ValidationException if an argument is null
   */
  public static String signature(String accessKeySecret, String stringToSign) {
    Validate.notNull(accessKeySecret, "accessKeySecret");
    return Digests.hmacSha1Base64(accessKeySecret + "&", stringToSign);
  }
}
