package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.internal.Validate;

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
    Validate.notNull(credentials, "credentials");
    return new CredentialsProvider() {
      @Override
      public Credentials resolveCredentials() {
        return credentials;
      }

      @Override
      public String toString() {
        return "StaticCredentialsProvider{" + credentials + "}";
      }
    };
  }

  /**
   * Returns the default chain, in the order the official SDKs use: system properties
   * ({@link SystemPropertiesCredentialsProvider}), environment variables
   * ({@link EnvironmentCredentialsProvider}), the Aliyun CLI profile
   * ({@link CliProfileCredentialsProvider}), the credentials file
   * ({@link ProfileCredentialsProvider}), the ECS RAM role ({@link EcsRamRoleCredentialsProvider},
   * unless {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}), then {@code ALIBABA_CLOUD_CREDENTIALS_URI}
   * ({@link UriCredentialsProvider}). OIDC role credentials (RRSA), which the official chain tries
   * after the environment, need an STS call and are not supported; the chain reports them as not
   * tried. The first source that yields credentials is remembered and used alone afterwards. Nothing
   * is read until the first call.
   *
   * @return the default chain provider; its {@link #resolveCredentials()} throws a
   *     {@link ConfigurationException} listing every source and why it failed when none works
   */
  static CredentialsProvider defaultChain() {
    return DefaultCredentialsChain.create();
  }
}
