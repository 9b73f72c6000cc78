package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.net.URI;
import java.time.Clock;
import java.util.Optional;
import okhttp3.HttpUrl;

/**
 * Gets the session credentials of the RAM role attached to the ECS instance this JVM runs on, from
 * the instance metadata service at {@code http://100.100.100.200}. It asks for a metadata token
 * first (hardened mode) and, unless {@link Builder#imdsV1Fallback(boolean) disabled}, falls back to
 * plain requests when that fails. The role is the one configured, else
 * {@code ALIBABA_CLOUD_ECS_METADATA}, else the one the metadata service reports. Connect and read
 * timeouts are 1 second each. Credentials are cached and refreshed 15 minutes before they expire,
 * as described on {@link CachedCredentialsProvider}. Thread-safe.
 *
 * <pre>{@code
 * CredentialsProvider role = EcsRamRoleCredentialsProvider.builder().roleName("hybrid-ops").build();
 * }</pre>
 */
public final class EcsRamRoleCredentialsProvider implements CredentialsProvider {
  static final String ROLE_NAME_VARIABLE = "ALIBABA_CLOUD_ECS_METADATA";
  static final String IMDSV1_DISABLED_VARIABLE = "ALIBABA_CLOUD_IMDSV1_DISABLED";
  static final URI DEFAULT_ENDPOINT = URI.create("http://100.100.100.200");

  private final EcsMetadataClient metadata;
  private final CachedCredentialsProvider cache;

  private EcsRamRoleCredentialsProvider(EcsMetadataClient metadata, Clock clock) {
    this.metadata = metadata;
    this.cache = CachedCredentialsProvider.builder(metadata).clock(clock).build();
  }

  /**
   * Returns a provider with the defaults: the metadata service at {@code http://100.100.100.200},
   * the role from {@code ALIBABA_CLOUD_ECS_METADATA} or discovered, IMDSv1 fallback unless
   * {@code ALIBABA_CLOUD_IMDSV1_DISABLED=true}.
   *
   * @return the provider
   */
  public static EcsRamRoleCredentialsProvider create() {
    return builder().build();
  }

  /**
   * Starts configuring a provider.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the role's current credentials, fetching them when none are cached or they are due.
   *
   * @return session credentials with their expiration
   * @throws ConfigurationException if the metadata service cannot be reached, has no such role or
   *     answers with an error, and no cached credentials are still valid
   */
  @Override
  public Credentials resolveCredentials() {
    return cache.resolveCredentials();
  }

  static URI requireHttpUrl(URI url, String field) {
    Validate.notNull(url, field);
    if (HttpUrl.parse(url.toString()) == null) {
      // Only the scheme is shown: a credentials URL may carry a token in its query.
      throw new ValidationException(field, "must be an absolute http or https URL, was "
          + (url.getScheme() == null ? "a relative URI" : "a " + url.getScheme() + " URI"));
    }
    return url;
  }

  /** Names the endpoint and the role, never credentials or tokens. */
  @Override
  public String toString() {
    return "EcsRamRoleCredentialsProvider{" + metadata + "}";
  }

  /** Configures an {@link EcsRamRoleCredentialsProvider}. */
  public static final class Builder {
    private String roleName;
    private URI endpoint = DEFAULT_ENDPOINT;
    private Boolean imdsV1Fallback;
    private Clock clock = Clock.systemUTC();
    private HostEnvironment environment = HostEnvironment.system();

    private Builder() {}

    /**
     * Sets the RAM role whose credentials to fetch. Default: {@code ALIBABA_CLOUD_ECS_METADATA}, else
     * the role the metadata service reports, at the cost of one more request per refresh.
     *
     * @param roleName the role name
     * @return this builder
     * @throws ValidationException if the name is null or blank
     */
    public Builder roleName(String roleName) {
      this.roleName = Validate.notBlank(roleName, "ecsRamRole.roleName");
      return this;
    }

    /**
     * Sets the metadata service's base URL, for tests or proxies in front of it. Default
     * {@code http://100.100.100.200}.
     *
     * @param endpoint an http or https URL
     * @return this builder
     * @throws ValidationException if the URL is null or not http(s)
     */
    public Builder endpoint(URI endpoint) {
      this.endpoint = requireHttpUrl(endpoint, "ecsRamRole.endpoint");
      return this;
    }

    /**
     * Sets whether to fall back to requests without a metadata token when getting one fails.
     * Default: true, unless {@code ALIBABA_CLOUD_IMDSV1_DISABLED=true}.
     *
     * @param enabled false to require a token (hardened mode only)
     * @return this builder
     */
    public Builder imdsV1Fallback(boolean enabled) {
      this.imdsV1Fallback = enabled;
      return this;
    }

    /**
     * Sets the clock that decides when credentials are due for refresh; tests pass a controllable one.
     *
     * @param clock the clock, default {@link Clock#systemUTC()}
     * @return this builder
     * @throws ValidationException if the clock is null
     */
    public Builder clock(Clock clock) {
      this.clock = Validate.notNull(clock, "ecsRamRole.clock");
      return this;
    }

    Builder environment(HostEnvironment environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Builds the provider. Nothing is fetched until the first call.
     *
     * @return the provider
     */
    public EcsRamRoleCredentialsProvider build() {
      Optional<String> role = Optional.ofNullable(roleName)
          .or(() -> environment.variable(ROLE_NAME_VARIABLE).map(String::strip));
      boolean fallback = imdsV1Fallback != null ? imdsV1Fallback : !environment.isTrue(IMDSV1_DISABLED_VARIABLE);
      HttpUrl url = HttpUrl.get(endpoint.toString());
      return new EcsRamRoleCredentialsProvider(new EcsMetadataClient(url, role, fallback), clock);
    }
  }
}
