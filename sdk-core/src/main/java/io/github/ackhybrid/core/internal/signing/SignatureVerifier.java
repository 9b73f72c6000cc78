package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Checks a received request's signature the way the cloud does, for the simulator. It accepts
 * signature V3 ({@code Authorization: ACS3-HMAC-SHA256 ...}), ROA V2 ({@code Authorization: acs
 * AK:SIG}) and RPC V2 (query {@code Signature} with {@code SignatureMethod=HMAC-SHA1}), and
 * answers every rejection with the status, code and message the cloud uses.
 *
 * <p>Checks run in this order, and the first failure is the answer:
 * <ol>
 *   <li>No signature, an unknown scheme, or one that cannot be parsed: 400 {@code IncompleteSignature}.
 *   <li>An AccessKey ID the key lookup does not know: 404 {@code InvalidAccessKeyId.NotFound}.
 *   <li>Missing parts: 400 {@code IncompleteSignature}. V3 requires {@code x-acs-content-sha256},
 *       {@code x-acs-date} and {@code x-acs-signature-nonce} to be listed in {@code SignedHeaders},
 *       since an unsigned date or nonce would let anyone replay a captured request, and every listed
 *       header to be present. ROA V2 requires {@code date} and {@code x-acs-signature-nonce} (both
 *       inside its string to sign); RPC V2 requires {@code AccessKeyId}, {@code Timestamp} and
 *       {@code SignatureNonce}. A date that does not parse: 400 {@code IllegalTimestamp}.
 *   <li>The signature, compared in constant time, then the body: a V3
 *       {@code x-acs-content-sha256}, or a ROA {@code content-md5}, that differs from the body
 *       received: 400 {@code SignatureDoesNotMatch}. The header itself is signed, so a mismatch
 *       means the body is not the one that was signed, which is the signature failing, not a
 *       malformed one.
 *   <li>The date ({@code x-acs-date}, ROA {@code date} in RFC 1123, RPC {@code Timestamp}) more than
 *       15 minutes from the clock, either way: 400 {@code InvalidTimeStamp.Expired}.
 *   <li>A key with a security token: the request must carry it ({@code x-acs-security-token} for V3
 *       and ROA, query {@code SecurityToken} for RPC); missing is 400
 *       {@code InvalidSecurityToken.Malformed}, different is 400
 *       {@code InvalidSecurityToken.MismatchWithAccessKey}. A token sent with a long-term key is
 *       ignored.
 *   <li>A nonce already accepted for the same AccessKey ID while its request could still pass the
 *       time check: 400 {@code SignatureNonceUsed}. Nonces are recorded last, only for requests that
 *       passed every other check, so a forged or stale request cannot burn a genuine nonce.
 * </ol>
 *
 * <p>Messages start with the cloud's wording and may add which part was wrong; they never hold a
 * secret, a token, the expected signature or the string to sign. Instances are thread-safe.
 */
public final class SignatureVerifier {
  private static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(15);
  private static final int DEFAULT_NONCE_CAPACITY = 100_000;
  private static final List<String> V3_REQUIRED_SIGNED =
      List.of("x-acs-content-sha256", "x-acs-date", "x-acs-signature-nonce");

  private static final String INCOMPLETE = "IncompleteSignature";
  private static final String INCOMPLETE_MESSAGE = "The request signature does not conform to Aliyun standards.";
  private static final String MISMATCH = "SignatureDoesNotMatch";
  private static final String MISMATCH_MESSAGE = "Specified signature does not match our calculation.";

  private final Function<String, Optional<SigningKey>> keys;
  private final Clock clock;
  private final NonceCache nonces;

  /**
   * Creates a verifier.
   *
   * @param keys looks up the key of an AccessKey ID, empty when the ID is unknown; called once per
   *     request from any thread
   * @param clock the clock dates and timestamps are checked against, and nonces expire by
   * @throws ValidationException if an argument is null
   */
  public SignatureVerifier(Function<String, Optional<SigningKey>> keys, Clock clock) {
    this(keys, clock, DEFAULT_NONCE_CAPACITY);
  }

  SignatureVerifier(Function<String, Optional<SigningKey>> keys, Clock clock, int nonceCapacity) {
    this.keys = Validate.notNull(keys, "keys");
    this.clock = Validate.notNull(clock, "clock");
    this.nonces = new NonceCache(nonceCapacity);
  }

  /**
   * Verifies one received request.
   *
   * @param method the HTTP method
   * @param rawPath the path exactly as received, still percent-encoded, without the query
   * @param query the query parameters with decoded values; for an RPC V2 request with a form body
   *     the caller merges the decoded form parameters in, since RPC V2 signs both alike
   * @param headers the request headers, names in any case
   * @param body the body bytes as received, empty for none
   * @return the result, valid or carrying the error to answer with
   * @throws ValidationException if an argument is null
   */
  public VerificationResult verify(
      String method, String rawPath, Map<String, String> query, Map<String, String> headers, byte[] body) {
    Validate.notNull(method, "method");
    Validate.notNull(rawPath, "rawPath");
    Validate.notNull(query, "query");
    Validate.notNull(body, "body");
    SortedMap<String, String> byName = Names.caseInsensitive(headers, "headers");
    String authorization = byName.get("authorization");
    if (authorization != null) {
      String value = authorization.trim();
      if (value.startsWith(AcsV3Signer.ALGORITHM + " ")) {
        return verifyV3(method, rawPath, query, byName, body, value.substring(AcsV3Signer.ALGORITHM.length() + 1));
      }
      if (value.startsWith("acs ")) {
        return verifyRoa(method, rawPath, query, headers, byName, body, value.substring(4));
      }
      return incomplete(VerificationResult.NONE, "", "The Authorization header uses an unsupported scheme.");
    }
    if (query.containsKey("Signature")) {
      if ("HMAC-SHA1".equals(query.get("SignatureMethod"))) {
        return verifyRpc(method, query);
      }
      return incomplete(VerificationResult.NONE, query.getOrDefault("AccessKeyId", ""),
          "SignatureMethod must be HMAC-SHA1.");
    }
    return incomplete(VerificationResult.NONE, "", "The request carries no signature.");
  }

  private VerificationResult verifyV3(String method, String rawPath, Map<String, String> query,
      SortedMap<String, String> byName, byte[] body, String credentials) {
    String scheme = VerificationResult.V3;
    Map<String, String> parts = v3Parts(credentials);
    if (parts == null) {
      return incomplete(scheme, "",
          "The Authorization header must read ACS3-HMAC-SHA256 Credential=...,SignedHeaders=...,Signature=...");
    }
    String accessKeyId = parts.get("Credential");
    Optional<SigningKey> key = lookUp(accessKeyId);
    if (key.isEmpty()) {
      return notFound(scheme, accessKeyId);
    }
    SortedMap<String, String> signed = new TreeMap<>();
    for (String name : parts.get("SignedHeaders").split(";")) {
      String lower = name.trim().toLowerCase(Locale.ROOT);
      if (lower.isEmpty()) {
        continue;
      }
      String value = byName.get(lower);
      if (value == null) {
        return incomplete(scheme, accessKeyId, "The signed header " + lower + " is missing from the request.");
      }
      signed.put(lower, value.trim());
    }
    for (String required : V3_REQUIRED_SIGNED) {
      if (!signed.containsKey(required)) {
        return incomplete(scheme, accessKeyId, "The header " + required + " must be sent and signed.");
      }
    }
    String date = signed.get("x-acs-date");
    Instant time;
    try {
      time = Instant.parse(date);
    } catch (DateTimeParseException e) {
      return illegalTimestamp(scheme, accessKeyId, "x-acs-date", date);
    }
    String payloadHash = signed.get("x-acs-content-sha256");
    String expected = AcsV3Signer.signature(key.get().accessKeySecret(),
        AcsV3Signer.canonicalRequest(method, rawPath, query, signed, payloadHash));
    if (!constantTimeEquals(expected, parts.get("Signature"))) {
      return mismatch(scheme, accessKeyId, "");
    }
    if (!payloadHash.equalsIgnoreCase(Digests.sha256Hex(body))) {
      return mismatch(scheme, accessKeyId, " The x-acs-content-sha256 header does not match the body received.");
    }
    return checkTimeTokenNonce(scheme, accessKeyId, key.get(), "x-acs-date", time,
        signed.get("x-acs-signature-nonce"), byName.get("x-acs-security-token"));
  }

  private VerificationResult verifyRoa(String method, String rawPath, Map<String, String> query,
      Map<String, String> headers, SortedMap<String, String> byName, byte[] body, String credentials) {
    String scheme = VerificationResult.ROA_V2;
    int colon = credentials.indexOf(':');
    if (colon <= 0 || colon == credentials.length() - 1) {
      return incomplete(scheme, "", "The Authorization header must read acs AccessKeyId:Signature.");
    }
    String accessKeyId = credentials.substring(0, colon);
    Optional<SigningKey> key = lookUp(accessKeyId);
    if (key.isEmpty()) {
      return notFound(scheme, accessKeyId);
    }
    String date = trimmedOrNull(byName.get("date"));
    String nonce = trimmedOrNull(byName.get("x-acs-signature-nonce"));
    if (date == null || nonce == null) {
      return incomplete(scheme, accessKeyId, "The date and x-acs-signature-nonce headers are required.");
    }
    Instant time;
    try {
      time = ZonedDateTime.parse(date, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return illegalTimestamp(scheme, accessKeyId, "date", date);
    }
    String expected = RoaV2Signer.signature(key.get().accessKeySecret(),
        RoaV2Signer.stringToSign(method, headers, rawPath, query));
    if (!constantTimeEquals(expected, credentials.substring(colon + 1).trim())) {
      return mismatch(scheme, accessKeyId, "");
    }
    String contentMd5 = trimmedOrNull(byName.get("content-md5"));
    if (contentMd5 != null && !contentMd5.equals(Digests.md5Base64(body))) {
      return mismatch(scheme, accessKeyId, " The content-md5 header does not match the body received.");
    }
    return checkTimeTokenNonce(scheme, accessKeyId, key.get(), "date", time, nonce,
        byName.get("x-acs-security-token"));
  }

  private VerificationResult verifyRpc(String method, Map<String, String> params) {
    String scheme = VerificationResult.RPC_V2;
    String accessKeyId = params.get("AccessKeyId");
    if (accessKeyId == null || accessKeyId.isBlank()) {
      return incomplete(scheme, "", "The AccessKeyId parameter is required.");
    }
    Optional<SigningKey> key = lookUp(accessKeyId);
    if (key.isEmpty()) {
      return notFound(scheme, accessKeyId);
    }
    String timestamp = trimmedOrNull(params.get("Timestamp"));
    String nonce = trimmedOrNull(params.get("SignatureNonce"));
    if (timestamp == null || nonce == null) {
      return incomplete(scheme, accessKeyId, "The Timestamp and SignatureNonce parameters are required.");
    }
    Instant time;
    try {
      time = Instant.parse(timestamp);
    } catch (DateTimeParseException e) {
      return illegalTimestamp(scheme, accessKeyId, "Timestamp", timestamp);
    }
    String expected = RpcV2Signer.signature(key.get().accessKeySecret(), RpcV2Signer.stringToSign(method, params));
    if (!constantTimeEquals(expected, params.get("Signature"))) {
      return mismatch(scheme, accessKeyId, "");
    }
    return checkTimeTokenNonce(scheme, accessKeyId, key.get(), "Timestamp", time, nonce, params.get("SecurityToken"));
  }

  private VerificationResult checkTimeTokenNonce(String scheme, String accessKeyId, SigningKey key,
      String timeField, Instant time, String nonce, String presentedToken) {
    Instant now = clock.instant();
    if (Duration.between(time, now).abs().compareTo(MAX_CLOCK_SKEW) > 0) {
      return VerificationResult.failure(400, "InvalidTimeStamp.Expired",
          "Specified time stamp or date value is expired. " + timeField + " " + time
              + " is more than 15 minutes from the server time " + now + ".",
          scheme, accessKeyId);
    }
    Optional<String> token = key.securityToken();
    if (token.isPresent()) {
      if (presentedToken == null || presentedToken.isBlank()) {
        return VerificationResult.failure(400, "InvalidSecurityToken.Malformed",
            "The security token you provided is malformed. This AccessKey ID belongs to an STS session;"
                + " send its security token with the request.",
            scheme, accessKeyId);
      }
      if (!constantTimeEquals(token.get(), presentedToken.trim())) {
        return VerificationResult.failure(400, "InvalidSecurityToken.MismatchWithAccessKey",
            "The security token you provided does not match the AccessKey ID.", scheme, accessKeyId);
      }
    }
    if (!nonces.firstUse(accessKeyId, nonce, time.plus(MAX_CLOCK_SKEW), now)) {
      return VerificationResult.failure(400, "SignatureNonceUsed",
          "The request signature nonce has been used.", scheme, accessKeyId);
    }
    return VerificationResult.ok(scheme, accessKeyId);
  }

  /** Splits {@code Credential=..,SignedHeaders=..,Signature=..}, or returns null if malformed. */
  private static Map<String, String> v3Parts(String credentials) {
    Map<String, String> parts = new TreeMap<>();
    for (String part : credentials.split(",", -1)) {
      int equals = part.indexOf('=');
      if (equals <= 0) {
        return null;
      }
      String name = part.substring(0, equals).trim();
      String value = part.substring(equals + 1).trim();
      boolean known = name.equals("Credential") || name.equals("SignedHeaders") || name.equals("Signature");
      if (!known || value.isEmpty() || parts.putIfAbsent(name, value) != null) {
        return null;
      }
    }
    return parts.size() == 3 ? parts : null;
  }

  private Optional<SigningKey> lookUp(String accessKeyId) {
    return Objects.requireNonNullElse(keys.apply(accessKeyId), Optional.empty());
  }

  private static String trimmedOrNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  private static boolean constantTimeEquals(String expected, String presented) {
    return presented != null && MessageDigest.isEqual(
        expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
  }

  private static VerificationResult incomplete(String scheme, String accessKeyId, String reason) {
    return VerificationResult.failure(400, INCOMPLETE, INCOMPLETE_MESSAGE + " " + reason, scheme, accessKeyId);
  }

  private static VerificationResult mismatch(String scheme, String accessKeyId, String reason) {
    return VerificationResult.failure(400, MISMATCH, MISMATCH_MESSAGE + reason, scheme, accessKeyId);
  }

  private static VerificationResult notFound(String scheme, String accessKeyId) {
    return VerificationResult.failure(404, "InvalidAccessKeyId.NotFound",
        "The Access Key ID provided does not exist in our records.", scheme, accessKeyId);
  }

  private static VerificationResult illegalTimestamp(String scheme, String accessKeyId, String field, String value) {
    return VerificationResult.failure(400, "IllegalTimestamp",
        "Specified time stamp or date value is not well formatted. " + field + " was " + Validate.quote(value) + ".",
        scheme, accessKeyId);
  }
}
