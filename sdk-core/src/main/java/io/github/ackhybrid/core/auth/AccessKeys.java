package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.util.Optional;

/**
 * Turns an access key id, secret and optional token read from named settings into credentials, or
 * into a message that names the missing settings. Shared by the providers that read plain
 * key/value sources; messages name settings, never their values.
 */
final class AccessKeys {
  private AccessKeys() {}

  /**
   * Builds credentials from the values found, or explains which are missing.
   *
   * @param kind what one name is, e.g. "Environment variable"
   * @param kinds what several names are, e.g. "Environment variables"
   * @param idName where the id was looked up
   * @param id the id, empty if missing
   * @param secretName where the secret was looked up
   * @param secret the secret, empty if missing
   * @param token the security token, empty for long-term keys
   * @throws ConfigurationException if the id or the secret is missing
   */
  static Credentials from(String kind, String kinds, String idName, Optional<String> id, String secretName,
      Optional<String> secret, Optional<String> token) {
    if (id.isEmpty() && secret.isEmpty()) {
      throw new ConfigurationException(kinds + " " + idName + " and " + secretName + " are not set");
    }
    if (id.isEmpty()) {
      throw new ConfigurationException(kind + " " + idName + " is not set, though " + secretName + " is");
    }
    if (secret.isEmpty()) {
      throw new ConfigurationException(kind + " " + secretName + " is not set, though " + idName + " is");
    }
    return token.isPresent()
        ? Credentials.session(id.get(), secret.get(), token.get(), null)
        : Credentials.of(id.get(), secret.get());
  }
}
