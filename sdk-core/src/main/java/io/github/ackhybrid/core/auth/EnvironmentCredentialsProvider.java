package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.util.Objects;

/**
 * Reads credentials from the environment variables {@code ALIBABA_CLOUD_ACCESS_KEY_ID} and
 * {@code ALIBABA_CLOUD_ACCESS_KEY_SECRET}, plus {@code ALIBABA_CLOUD_SECURITY_TOKEN} for STS session
 * credentials. Empty or blank values count as unset, as in the official SDKs. The variables are read
 * on every call, so the provider is cheap and always current.
 */
public final class EnvironmentCredentialsProvider implements CredentialsProvider {
  static final String ACCESS_KEY_ID = "ALIBABA_CLOUD_ACCESS_KEY_ID";
  static final String ACCESS_KEY_SECRET = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
  static final String SECURITY_TOKEN = "ALIBABA_CLOUD_SECURITY_TOKEN";

  private final HostEnvironment environment;

  EnvironmentCredentialsProvider(HostEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * Returns a provider that reads the process environment.
   *
   * @return the provider
   */
  public static EnvironmentCredentialsProvider create() {
    return new EnvironmentCredentialsProvider(HostEnvironment.system());
  }

  /**
   * Returns the credentials in the environment.
   *
   * @return access key credentials, or session credentials when a security token is set
   * @throws ConfigurationException if the key id or the secret is unset or blank
   */
  @Override
  public Credentials resolveCredentials() {
    return AccessKeys.from("Environment variable", "Environment variables",
        ACCESS_KEY_ID, environment.variable(ACCESS_KEY_ID),
        ACCESS_KEY_SECRET, environment.variable(ACCESS_KEY_SECRET),
        environment.variable(SECURITY_TOKEN));
  }

  /** Names the variables read, never their values. */
  @Override
  public String toString() {
    return "EnvironmentCredentialsProvider{" + ACCESS_KEY_ID + ", " + ACCESS_KEY_SECRET + ", " + SECURITY_TOKEN + "}";
  }
}
