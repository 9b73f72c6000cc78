package io.github.ackhybrid.core.internal.signing;

import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Optional;

/**
 * What the verifier knows about an AccessKey ID: its secret and, for an STS session, the security
 * token every request signed with it must carry. {@link #toString()} shows neither.
 *
 * @param accessKeySecret the AccessKey secret
 * @param securityToken the STS security token, empty for a long-term key
 */
public record SigningKey(String accessKeySecret, Optional<String> securityToken) {
  /**
   * Creates a key.
   *
   * @throws ValidationException if the secret is null or blank, the token holder is null, or a
   *     present token is blank
   */
  public SigningKey {
    Validate.notBlank(accessKeySecret, "signingKey.accessKeySecret");
    Validate.notNull(securityToken, "signingKey.securityToken");
    securityToken.ifPresent(token -> Validate.notBlank(token, "signingKey.securityToken"));
  }

  /**
   * Creates the key of long-term credentials.
   *
   * @param accessKeySecret the AccessKey secret
   * @return the key
   * @throws ValidationException if the secret is null or blank
   */
  public static SigningKey of(String accessKeySecret) {
    return new SigningKey(accessKeySecret, Optional.empty());
  }

  /**
   * Creates the key that verifies requests signed with the given credentials.
   *
   * @param credentials the credentials a client signs with
   * @return the key, with the session token if the credentials have one
   * @throws ValidationException if the credentials are null
   */
  public static SigningKey from(Credentials credentials) {
    Validate.notNull(credentials, "credentials");
    return new SigningKey(credentials.accessKeySecret(), credentials.securityToken());
  }

  /** Says whether a token is present, never the secret or the token. */
  @Override
  public String toString() {
    return "SigningKey{accessKeySecret=****" + (securityToken.isPresent() ? ", securityToken=****" : "") + "}";
  }
}
