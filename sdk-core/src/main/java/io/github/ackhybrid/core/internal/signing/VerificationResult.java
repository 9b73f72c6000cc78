package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Set;

/**
 * The outcome of {@link SignatureVerifier#verify}: either valid, or the HTTP status, error code and
 * message the cloud would answer with. The message never holds a secret, a security token, the
 * expected signature or the string to sign, so it can go straight into an error body.
 *
 * @param valid whether the request is authentic
 * @param httpStatus 200 when valid, otherwise the status to answer with (400 or 404)
 * @param errorCode the service error code, empty when valid
 * @param message the service error message, empty when valid
 * @param scheme which scheme the request used: {@value #V3}, {@value #ROA_V2}, {@value #RPC_V2},
 *     or {@value #NONE} when no signature was recognised
 * @param accessKeyId the AccessKey ID the request claimed, empty when it named none
 */
public record VerificationResult(
    boolean valid, int httpStatus, String errorCode, String message, String scheme, String accessKeyId) {
  /** Signature V3, {@code ACS3-HMAC-SHA256} in the {@code Authorization} header. */
  public static final String V3 = "V3";
  /** ROA signature V2, {@code acs AccessKeyId:Signature} in the {@code Authorization} header. */
  public static final String ROA_V2 = "ROA_V2";
  /** RPC signature V2, the {@code Signature} query parameter with {@code SignatureMethod=HMAC-SHA1}. */
  public static final String RPC_V2 = "RPC_V2";
  /** No recognisable signature. */
  public static final String NONE = "NONE";

  private static final Set<String> SCHEMES = Set.of(V3, ROA_V2, RPC_V2, NONE);

  /**
   * Creates a result.
   *
   * @throws ValidationException if a string is null or the scheme is not one of the four names
   */
  public VerificationResult {
    Validate.notNull(errorCode, "verificationResult.errorCode");
    Validate.notNull(message, "verificationResult.message");
    Validate.notNull(scheme, "verificationResult.scheme");
    Validate.notNull(accessKeyId, "verificationResult.accessKeyId");
    if (!SCHEMES.contains(scheme)) {
      throw new ValidationException("verificationResult.scheme",
          "must be one of V3, ROA_V2, RPC_V2, NONE, was " + Validate.quote(scheme));
    }
  }

  /**
   * Creates the result for an authentic request.
   *
   * @param scheme the scheme it was signed with
   * @param accessKeyId the AccessKey ID it was signed with
   * @return a valid result with status 200
   * @throws ValidationException if a value is null or the scheme is unknown
   */
  public static VerificationResult ok(String scheme, String accessKeyId) {
    return new VerificationResult(true, 200, "", "", scheme, accessKeyId);
  }

  /**
   * Creates the result for a rejected request.
   *
   * @param httpStatus the status to answer with
   * @param errorCode the service error code, such as {@code SignatureDoesNotMatch}
   * @param message the service error message, free of secrets
   * @param scheme the scheme the request used
   * @param accessKeyId the AccessKey ID it claimed, or empty
   * @return an invalid result
   * @throws ValidationException if a value is null or the scheme is unknown
   */
  public static VerificationResult failure(
      int httpStatus, String errorCode, String message, String scheme, String accessKeyId) {
    return new VerificationResult(false, httpStatus, errorCode, message, scheme, accessKeyId);
  }
}
