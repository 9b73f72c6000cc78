package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An Alibaba Cloud access key, optionally with the security token and expiry of an STS session.
 * Immutable. {@link #toString()} never shows the secret or the token.
 */
public final class Credentials {
  private final String accessKeyId;
  private final String accessKeySecret;
  private final String securityToken;
  private final Instant expiration;

  private Credentials(String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {
    this.accessKeyId = requireText(accessKeyId, "credentials.accessKeyId");
    this.accessKeySecret = requireText(accessKeySecret, "credentials.accessKeySecret");
    if (securityToken != null && securityToken.isBlank()) {
      throw new ValidationException("credentials.securityToken", "must not be blank when given");
    }
    this.securityToken = securityToken;
    this.expiration = expiration;
  }

  /**
   * Creates long-term access key credentials.
   *
   * @param accessKeyId the AccessKey ID
   * @param accessKeySecret the AccessKey secret
   * @return the credentials
   * @throws ValidationException if either value is null or blank
   */
  public static Credentials of(String accessKeyId, String accessKeySecret) {
    return new Credentials(accessKeyId, accessKeySecret, null, null);
  }

  /**
   * Creates STS session credentials.
   *
   * @param accessKeyId the temporary AccessKey ID
   * @param accessKeySecret the temporary AccessKey secret
   * @param securityToken the STS security token
   * @param expiration when the session ends, or null if unknown
   * @return the credentials
   * @throws ValidationException if a value is null or blank
   */
  public static Credentials session(
      String accessKeyId, String accessKeySecret, String securityToken, Instant expiration) {
    return new Credentials(
        accessKeyId, accessKeySecret, requireText(securityToken, "credentials.securityToken"), expiration);
  }

  private static String requireText(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new ValidationException(field, "must not be null or blank");
    }
    return value;
  }

  /**
   * Returns the AccessKey ID, which is not secret and appears in signed requests.
   *
   * @return the AccessKey ID
   */
  public String accessKeyId() {
    return accessKeyId;
  }

  /**
   * Returns the AccessKey secret. Never log it.
   *
   * @return the secret
   */
  public String accessKeySecret() {
    return accessKeySecret;
  }

  /**
   * Returns the STS security token of session credentials. Never log it.
   *
   * @return the token, empty for long-term keys
   */
  public Optional<String> securityToken() {
    return Optional.ofNullable(securityToken);
  }

  /**
   * Returns when session credentials expire.
   *
   * @return the expiry, empty for long-term keys or when unknown
   */
  public Optional<Instant> expiration() {
    return Optional.ofNullable(expiration);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Credentials)) {
      return false;
    }
    Credentials that = (Credentials) o;
    return accessKeyId.equals(that.accessKeyId)
        && accessKeySecret.equals(that.accessKeySecret)
        && Objects.equals(securityToken, that.securityToken)
        && Objects.equals(expiration, that.expiration);
  }

  @Override
  public int hashCode() {
    return Objects.hash(accessKeyId, accessKeySecret, securityToken, expiration);
  }

  /** Shows the key id and whether a token is present, never the secret or the token. */
  @Override
  public String toString() {
    return "Credentials{accessKeyId=" + accessKeyId + ", accessKeySecret=****"
        + (securityToken == null ? "" : ", securityToken=****")
        + (expiration == null ? "" : ", expiration=" + expiration) + "}";
  }
}
