package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Signature V3, {@code ACS3-HMAC-SHA256}: the scheme the SDK signs every call with, RPC and ROA
 * alike. The canonical request is the method, the encoded path, the sorted query, the signed
 * headers and the payload hash; its SHA-256 is signed with HMAC-SHA256 under the raw AccessKey
 * secret. Unlike AWS SigV4 there is no date or region scope in the string to sign.
 */
public final class AcsV3Signer {
  /** The algorithm name that starts the string to sign and the {@code Authorization} header. */
  public static final String ALGORITHM = "ACS3-HMAC-SHA256";

  private AcsV3Signer() {}

  /**
   * Builds the canonical query string: names sorted by UTF-16 code unit (the official SDK's
   * {@code Arrays.sort}), each pair written {@code name=value} with both sides percent-encoded,
   * a null or empty value written {@code name=}, pairs joined with {@code &}.
   *
   * @param query the decoded query parameters
   * @return the canonical query string, empty for no parameters
   * @throws ValidationException if the map or one of its names is null
   */
  public static String canonicalQueryString(Map<String, String> query) {
    Validate.notNull(query, "query");
    String[] names = Names.sorted(query, "query");
    StringBuilder out = new StringBuilder(names.length * 32);
    for (String name : names) {
      if (out.length() > 0) {
        out.append('&');
      }
      String value = query.get(name);
      out.append(Rfc3986.percentEncode(name)).append('=');
      if (value != null) {
        out.append(Rfc3986.percentEncode(value));
      }
    }
    return out.toString();
  }

  /**
   * Builds the canonical headers: the headers named {@code host}, {@code content-type} or
   * {@code x-acs-*} in any case, as {@code name:value\n} with lower-case names and trimmed values,
   * sorted by name. When two names differ only in case, the one the map yields first is signed.
   *
   * @param headers the request headers, names in any case
   * @return the canonical headers, each line ending in a newline
   * @throws ValidationException if the map or one of its names is null
   */
  public static String canonicalHeaders(Map<String, String> headers) {
    return canonicalHeaders(signableHeaders(headers));
  }

  /**
   * Lists the names {@link #canonicalHeaders(Map)} signs, lower-case, sorted and joined with
   * {@code ;}.
   *
   * @param headers the request headers, names in any case
   * @return the {@code SignedHeaders} value
   * @throws ValidationException if the map or one of its names is null
   */
  public static String signedHeaders(Map<String, String> headers) {
    return String.join(";", signableHeaders(headers).keySet());
  }

  /**
   * Builds the canonical request, lines joined by {@code \n} with no trailing newline.
   *
   * @param method the HTTP method, upper-cased here
   * @param canonicalUri the path exactly as sent on the wire, already percent-encoded; empty or
   *     blank means {@code /}
   * @param query the decoded query parameters
   * @param headers the request headers, names in any case; see {@link #canonicalHeaders(Map)}
   * @param payloadSha256Hex the lower-case hex SHA-256 of the body bytes sent, also sent as
   *     {@code x-acs-content-sha256}
   * @return the canonical request
   * @throws ValidationException if an argument is null or the method is blank
   */
  public static String canonicalRequest(
      String method,
      String canonicalUri,
      Map<String, String> query,
      Map<String, String> headers,
      String payloadSha256Hex) {
    return canonicalRequest(method, canonicalUri, query, signableHeaders(headers), payloadSha256Hex);
  }

  /**
   * Signs a canonical request: HMAC-SHA256 under the raw secret over
   * {@code ACS3-HMAC-SHA256\n<hex SHA-256 of the canonical request>}.
   *
   * @param accessKeySecret the AccessKey secret
   * @param canonicalRequest the canonical request
   * @return the lower-case hex signature
   * @throws ValidationException if an argument is null or the secret is empty
   */
  public static String signature(String accessKeySecret, String canonicalRequest) {
    Validate.notNull(canonicalRequest, "canonicalRequest");
    return Digests.hmacSha256Hex(accessKeySecret, ALGORITHM + "\n" + Digests.sha256Hex(canonicalRequest));
  }

  /**
   * Signs a request and returns the {@code Authorization} header value,
   * {@code ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<names>,Signature=<hex>}. The headers
   * must already hold every header to be signed, including {@code x-acs-date},
   * {@code x-acs-signature-nonce}, {@code x-acs-content-sha256} and, for STS credentials,
   * {@code x-acs-security-token}.
   *
   * @param accessKeyId the AccessKey ID
   * @param accessKeySecret the AccessKey secret
   * @param method the HTTP method
   * @param canonicalUri the path as sent on the wire, already percent-encoded
   * @param query the decoded query parameters
   * @param headers the request headers, names in any case
   * @param payloadSha256Hex the lower-case hex SHA-256 of the body bytes sent
   * @return the header value
   * @throws ValidationException if an argument is null, the id or method is blank, or the secret
   *     is empty
   */
  public static String authorization(
      String accessKeyId,
      String accessKeySecret,
      String method,
      String canonicalUri,
      Map<String, String> query,
      Map<String, String> headers,
      String payloadSha256Hex) {
    Validate.notBlank(accessKeyId, "accessKeyId");
    SortedMap<String, String> signed = signableHeaders(headers);
    String signature = signature(accessKeySecret,
        canonicalRequest(method, canonicalUri, query, signed, payloadSha256Hex));
    return ALGORITHM + " Credential=" + accessKeyId
        + ",SignedHeaders=" + String.join(";", signed.keySet())
        + ",Signature=" + signature;
  }

  /** Builds the canonical request from headers already chosen, lower-cased, trimmed and sorted. */
  static String canonicalRequest(
      String method,
      String canonicalUri,
      Map<String, String> query,
      SortedMap<String, String> canonicalHeaders,
      String payloadSha256Hex) {
    Validate.notBlank(method, "method");
    Validate.notNull(canonicalUri, "canonicalUri");
    Validate.notNull(payloadSha256Hex, "payloadSha256Hex");
    return method.toUpperCase(Locale.ROOT) + '\n'
        + (canonicalUri.isBlank() ? "/" : canonicalUri) + '\n'
        + canonicalQueryString(query) + '\n'
        + canonicalHeaders(canonicalHeaders) + '\n'
        + String.join(";", canonicalHeaders.keySet()) + '\n'
        + payloadSha256Hex;
  }

  private static String canonicalHeaders(SortedMap<String, String> canonicalHeaders) {
    StringBuilder out = new StringBuilder(canonicalHeaders.size() * 48);
    canonicalHeaders.forEach((name, value) -> out.append(name).append(':').append(value).append('\n'));
    return out.toString();
  }

  private static SortedMap<String, String> signableHeaders(Map<String, String> headers) {
    Validate.notNull(headers, "headers");
    SortedMap<String, String> signed = new TreeMap<>();
    headers.forEach((name, value) -> {
      Validate.notNull(name, "headers.name");
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.equals("host") || lower.equals("content-type") || lower.startsWith("x-acs-")) {
        signed.putIfAbsent(lower, value == null ? "" : value.trim());
      }
    });
    return signed;
  }
}
