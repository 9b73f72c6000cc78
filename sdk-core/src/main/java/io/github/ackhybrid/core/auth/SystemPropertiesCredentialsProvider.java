package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads credentials from the JVM system properties {@code alibabacloud.accessKeyId} and
 * {@code alibabacloud.accessKeySecret}, plus {@code alibabacloud.sessionToken} for STS session
 * credentials. The official SDKs also accept the secret as {@code alibabacloud.accessKeyIdSecret},
 * which wins when both are set; this provider does the same so existing launch scripts keep working.
 * Blank values count as unset. The properties are read on every call.
 */
public final class SystemPropertiesCredentialsProvider implements CredentialsProvider {
  static final String ACCESS_KEY_ID = "alibabacloud.accessKeyId";
  static final String ACCESS_KEY_SECRET = "alibabacloud.accessKeySecret";
  static final String ACCESS_KEY_ID_SECRET = "alibabacloud.accessKeyIdSecret";
  static final String SESSION_TOKEN = "alibabacloud.sessionToken";

  private final HostEnvironment environment;

  SystemPropertiesCredentialsProvider(HostEnvironment environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  /**
   * Returns a provider that reads this JVM's system properties.
   *
   * @return the provider
   */
  public static SystemPropertiesCredentialsProvider create() {
    return new SystemPropertiesCredentialsProvider(HostEnvironment.system());
  }

  /**
   * Returns the credentials in the system properties.
   *
   * @return access key credentials, or session credentials when a session token is set
   * @throws ConfigurationException if the key id or the secret is unset or blank
   */
  @Override
  public Credentials resolveCredentials() {
    Optional<String> secret = environment.property(ACCESS_KEY_ID_SECRET)
        .or(() -> environment.property(ACCESS_KEY_SECRET));
    return AccessKeys.from("System property", "System properties",
        ACCESS_KEY_ID, environment.property(ACCESS_KEY_ID),
        ACCESS_KEY_SECRET + " (or " + ACCESS_KEY_ID_SECRET + ")", secret,
        environment.property(SESSION_TOKEN));
  }

  /** Names the properties read, never their values. */
  @Override
  public String toString() {
    return "SystemPropertiesCredentialsProvider{" + ACCESS_KEY_ID + ", " + ACCESS_KEY_SECRET + ", "
        + SESSION_TOKEN + "}";
  }
}
