package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;

/**
 * Gets session credentials from a URL that serves them as JSON, such as a local credentials agent or
 * sidecar: the one configured, else {@code ALIBABA_CLOUD_CREDENTIALS_URI}. The URL must answer a GET
 * with a 2xx status and {@code {"Code":"Success","AccessKeyId":…,"AccessKeySecret":…,
 * "SecurityToken":…,"Expiration":"…Z"}}. Connect timeout 5 s, read timeout 10 s, as in the official
 * SDKs. Credentials are cached and refreshed 15 minutes before they expire, as described on
 * {@link CachedCredentialsProvider}. Thread-safe.
 */
public final class UriCredentialsProvider implements CredentialsProvider {
  static final String URI_VARIABLE = "ALIBABA_CLOUD_CREDENTIALS_URI";
  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  private static final Duration READ_TIMEOUT = Duration.ofSeconds(10);

  private final Fetcher fetcher;
  private final CachedCredentialsProvider cache;

  private UriCredentialsProvider(Fetcher fetcher, Clock clock) {
    this.fetcher = fetcher;
    this.cache = CachedCredentialsProvider.builder(fetcher).clock(clock).build();
  }

  /**
   * Returns a provider for the URL in {@code ALIBABA_CLOUD_CREDENTIALS_URI}.
   *
   * @return the provider; it fails on use if the variable is unset
   */
  public static UriCredentialsProvider create() {
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
   * Returns the current credentials, fetching them when none are cached or they are due.
   *
   * @return session credentials with their expiration
   * @throws ConfigurationException if no URL is configured, it cannot be reached or it answers with
   *     an error, and no cached credentials are still valid
   */
  @Override
  public Credentials resolveCredentials() {
    return cache.resolveCredentials();
  }

  /** Names the URL without its query or user info, never credentials. */
  @Override
  public String toString() {
    return "UriCredentialsProvider{" + fetcher + "}";
  }

  /** Fetches one fresh set of credentials per call; the cache decides when. */
  private static final class Fetcher implements CredentialsProvider {
    private final Optional<String> uri;
    private final OkHttpClient http = CredentialsHttp.client(CONNECT_TIMEOUT, READ_TIMEOUT, false);

    Fetcher(Optional<String> uri) {
      this.uri = uri;
    }

    @Override
    public Credentials resolveCredentials() {
      String target = uri.orElseThrow(() -> new ConfigurationException(URI_VARIABLE + " is not set"));
      HttpUrl url = HttpUrl.parse(target);
      if (url == null) {
        // The value is not quoted: a malformed URL may still carry a token.
        throw new ConfigurationException("The credentials URI is not an http or https URL");
      }
      String what = "Getting credentials";
      CredentialsHttp.Reply reply = CredentialsHttp.send(http, new Request.Builder().url(url).get().build(), what);
      if (!reply.isSuccessful()) {
        throw new ConfigurationException(
            what + " from " + CredentialsHttp.display(url) + " failed with HTTP " + reply.status);
      }
      return SessionCredentialsJson.parse(reply.body, CredentialsHttp.display(url));
    }

    @Override
    public String toString() {
      HttpUrl url = uri.map(HttpUrl::parse).orElse(null);
      return "credentials URI " + (uri.isEmpty() ? "(unset)" : url == null ? "(malformed)" : CredentialsHttp.display(url));
    }
  }

  /** Configures a {@link UriCredentialsProvider}. */
  public static final class Builder {
    private URI uri;
    private Clock clock = Clock.systemUTC();
    private HostEnvironment environment = HostEnvironment.system();

    private Builder() {}

    /**
     * Sets the URL to fetch credentials from. Default {@code ALIBABA_CLOUD_CREDENTIALS_URI}.
     *
     * @param uri an http or https URL
     * @return this builder
     * @throws ValidationException if the URL is null or not http(s)
     */
    public Builder uri(URI uri) {
      this.uri = EcsRamRoleCredentialsProvider.requireHttpUrl(uri, "uriCredentials.uri");
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
      this.clock = Validate.notNull(clock, "uriCredentials.clock");
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
    public UriCredentialsProvider build() {
      Optional<String> target = uri != null ? Optional.of(uri.toString())
          : environment.variable(URI_VARIABLE).map(String::strip);
      return new UriCredentialsProvider(new Fetcher(target), clock);
    }
  }
}
