package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;

/**
 * Supplies the credentials used to sign each request. Implementations must be thread-safe; the SDK
 * calls {@link #resolveCredentials()} once per attempt, so providers of session credentials cache
 * them and refresh them before they expire.
 */
@FunctionalInterface
public interface CredentialsProvider {

  /**
   * Returns the credentials to sign the next request with.
   *
   * @return current credentials, never null
   * @throws ConfigurationException if no credentials can be found or fetched
   */
  Credentials resolveCredentials();

  /**
   * Returns a provider that always answers with the given credentials.
   *
   * @param credentials the credentials to use
   * @return a static provider
   */
  static CredentialsProvider of(Credentials credentials) {
    java.util.Objects.requireNonNull(credentials, "credentials");
    return () -> credentials;
  }

  /**
   * Returns the default chain: system properties, environment variables, the Aliyun CLI profile,
   * the credentials file, then the ECS RAM role, in the order the official SDKs use.
   *
   * @return the default chain provider
   */
  static CredentialsProvider defaultChain() {
    return DefaultCredentialsChain.create();
  }
}
