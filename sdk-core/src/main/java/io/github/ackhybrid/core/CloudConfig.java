package io.github.ackhybrid.core;

import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Hosts;
import io.github.ackhybrid.core.internal.Validate;
import java.net.PasswordAuthentication;
import java.net.Proxy;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.regex.Pattern;

/**
 * Immutable settings shared by every client: region, endpoint, credentials, timeouts, retries and
 * concurrency. A {@code CloudConfig} holds no resources, so one instance can configure any number
 * of clients and never needs closing.
 *
 * <pre>{@code
 * CloudConfig cloud = CloudConfig.builder()
 *     .region("cn-hangzhou")
 *     .credentials(CredentialsProvider.defaultChain())
 *     .build();
 * }</pre>
 */
public final class CloudConfig {
  /**
   * The default {@link Builder#maxResponseBytes(long) answer size limit}, 16 MiB: far above the
   * largest answers the APIs give (a page of 100 clusters or nodes is well under 1 MiB), far below
   * what would strain a small JVM.
   */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 16L * 1024 * 1024;

  private static final Pattern REGION = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");
  private static final long MAX_RESPONSE_BYTES_LIMIT = 2L * 1024 * 1024 * 1024;

  private final String region;
  private final URI endpointOverride;
  private final boolean allowInsecureHttp;
  private final CredentialsProvider credentials;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final RetryPolicy retryPolicy;
  private final int maxConcurrency;
  private final Proxy proxy;
  private final String proxyUsername;
  private final String proxyPassword;
  private final long maxResponseBytes;
  private final String userAgentSuffix;
  private final Executor completionExecutor;
  private final Clock clock;
  private final Duration pollInterval;

  private CloudConfig(Builder b) {
    this.region = b.region;
    this.endpointOverride = b.endpointOverride;
    this.allowInsecureHttp = b.allowInsecureHttp;
    this.credentials = b.credentials;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.callTimeout = b.callTimeout;
    this.retryPolicy = b.retryPolicy;
    this.maxConcurrency = b.maxConcurrency;
    this.proxy = b.proxy;
    this.proxyUsername = b.proxyUsername;
    this.proxyPassword = b.proxyPassword;
    this.maxResponseBytes = b.maxResponseBytes;
    this.userAgentSuffix = b.userAgentSuffix;
    this.completionExecutor = b.completionExecutor;
    this.clock = b.clock;
    this.pollInterval = b.pollInterval;
  }

  /**
   * Starts a configuration with the defaults: connect 5 s, read 10 s, whole call 60 s, the default
   * retry policy, 64 concurrent requests, answers of at most {@value #DEFAULT_MAX_RESPONSE_BYTES}
   * bytes and the default credentials chain.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this configuration's values, to derive a variant.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.region = region;
    b.endpointOverride = endpointOverride;
    b.allowInsecureHttp = allowInsecureHttp;
    b.credentials = credentials;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.callTimeout = callTimeout;
    b.retryPolicy = retryPolicy;
    b.maxConcurrency = maxConcurrency;
    b.proxy = proxy;
    b.proxyUsername = proxyUsername;
    b.proxyPassword = proxyPassword;
    b.maxResponseBytes = maxResponseBytes;
    b.userAgentSuffix = userAgentSuffix;
    b.completionExecutor = completionExecutor;
    b.clock = clock;
    b.pollInterval = pollInterval;
    return b;
  }

  /**
   * Returns the region the clients work in, such as {@code cn-hangzhou}.
   *
   * @return the region id
   */
  public String region() {
    return region;
  }

  /**
   * Returns the endpoint that replaces every service's regional endpoint, if set (the simulator, a
   * proxy, a VPC endpoint).
   *
   * @return the endpoint override
   */
  public Optional<URI> endpointOverride() {
    return Optional.ofNullable(endpointOverride);
  }

  /**
   * Returns whether plain {@code http} is allowed for a non-loopback endpoint override.
   *
   * @return true if insecure HTTP was explicitly allowed
   */
  public boolean allowInsecureHttp() {
    return allowInsecureHttp;
  }

  /**
   * Returns the provider that supplies credentials for each request.
   *
   * @return the credentials provider
   */
  public CredentialsProvider credentials() {
    return credentials;
  }

  /**
   * Returns the TCP connect timeout.
   *
   * @return the connect timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * Returns the read timeout: the longest silence allowed while waiting for response bytes.
   *
   * @return the read timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * Returns the deadline of one whole call, all retries and backoff included.
   *
   * @return the call timeout
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * Returns the retry policy.
   *
   * @return the retry policy
   */
  public RetryPolicy retryPolicy() {
    return retryPolicy;
  }

  /**
   * Returns how many requests a transport made from this configuration keeps in flight at once;
   * further calls queue without holding a thread.
   *
   * @return the concurrency limit
   */
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * Returns the HTTP proxy, if one is set.
   *
   * @return the proxy
   */
  public Optional<Proxy> proxy() {
    return Optional.ofNullable(proxy);
  }

  /**
   * Returns the user name and password sent to the proxy when it asks for them (HTTP 407), if set.
   * The password never appears in {@link #toString()}, logs or exception messages.
   *
   * @return a fresh copy of the proxy credentials
   */
  public Optional<PasswordAuthentication> proxyCredentials() {
    return proxyUsername == null ? Optional.empty()
        : Optional.of(new PasswordAuthentication(proxyUsername, proxyPassword.toCharArray()));
  }

  /**
   * Returns the largest response body a call accepts; a larger answer fails with
   * {@link io.github.ackhybrid.core.exception.ResponseTooLargeException} without being read further.
   *
   * @return the limit in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * Returns the text appended to the SDK's User-Agent, if set.
   *
   * @return the suffix
   */
  public Optional<String> userAgentSuffix() {
    return Optional.ofNullable(userAgentSuffix);
  }

  /**
   * Returns the executor that completes asynchronous results, if one is set; otherwise the SDK's
   * shared completion pool is used. Results are never completed on the HTTP I/O threads.
   *
   * @return the completion executor
   */
  public Optional<Executor> completionExecutor() {
    return Optional.ofNullable(completionExecutor);
  }

  /**
   * Returns the clock used for request dates and credential expiry.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the first interval between a waiter's polls; later intervals grow up to six times this.
   *
   * @return the poll interval
   */
  public Duration pollInterval() {
    return pollInterval;
  }

  @Override
  public String toString() {
    return "CloudConfig{region=" + region
        + ", endpointOverride=" + endpointOverride
        + ", connectTimeout=" + connectTimeout
        + ", readTimeout=" + readTimeout
        + ", callTimeout=" + callTimeout
        + ", retryPolicy=" + retryPolicy
        + ", maxConcurrency=" + maxConcurrency
        + ", maxResponseBytes=" + maxResponseBytes
        + (proxy == null ? "" : ", proxy=" + proxy.address())
        + (proxyUsername == null ? "" : ", proxyCredentials=" + proxyUsername + ":****")
        + (userAgentSuffix == null ? "" : ", userAgentSuffix=" + userAgentSuffix)
        + "}";
  }

  /** Builds a {@link CloudConfig}; every value is checked in {@link #build()}. */
  public static final class Builder {
    private String region;
    private URI endpointOverride;
    private String endpointText;
    private boolean allowInsecureHttp;
    private CredentialsProvider credentials;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(10);
    private Duration callTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private int maxConcurrency = 64;
    private Proxy proxy;
    private String proxyUsername;
    private String proxyPassword;
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;
    private String userAgentSuffix;
    private Executor completionExecutor;
    private Clock clock = Clock.systemUTC();
    private Duration pollInterval = Duration.ofSeconds(5);

    private Builder() {}

    /**
     * Sets the region, such as {@code cn-hangzhou}. Required.
     *
     * @param region the region id
     * @return this builder
     */
    public Builder region(String region) {
      this.region = region;
      return this;
    }

    /**
     * Sends every service's calls to this endpoint instead of the regional one. Plain {@code http}
     * is accepted only for loopback addresses unless {@link #allowInsecureHttp(boolean)} is set.
     *
     * @param endpoint an absolute {@code https} or {@code http} URI with a host and no query
     * @return this builder
     */
    public Builder endpointOverride(URI endpoint) {
      this.endpointOverride = endpoint;
      this.endpointText = null;
      return this;
    }

    /**
     * Like {@link #endpointOverride(URI)}, from text.
     *
     * @param endpoint an absolute URI; checked in {@link #build()}
     * @return this builder
     */
    public Builder endpointOverride(String endpoint) {
      this.endpointOverride = null;
      this.endpointText = endpoint;
      return this;
    }

    /**
     * Allows plain {@code http} to a non-loopback endpoint override. Requests and credentials then
     * travel unencrypted; use only inside a trusted network.
     *
     * @param allow true to allow
     * @return this builder
     */
    public Builder allowInsecureHttp(boolean allow) {
      this.allowInsecureHttp = allow;
      return this;
    }

    /**
     * Sets the credentials provider. Defaults to {@link CredentialsProvider#defaultChain()}.
     *
     * @param credentials the provider
     * @return this builder
     */
    public Builder credentials(CredentialsProvider credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * Sets the TCP connect timeout (default 5 s).
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * Sets the read timeout (default 10 s).
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Sets the deadline of a whole call with its retries (default 60 s).
     *
     * @param timeout positive duration
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets the retry policy (default {@link RetryPolicy#defaults()}).
     *
     * @param retryPolicy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = retryPolicy;
      return this;
    }

    /**
     * Sets how many requests may be in flight at once per transport (default 64).
     *
     * @param maxConcurrency 1 to 10000
     * @return this builder
     */
    public Builder maxConcurrency(int maxConcurrency) {
      this.maxConcurrency = maxConcurrency;
      return this;
    }

    /**
     * Routes requests through an HTTP proxy.
     *
     * @param proxy the proxy
     * @return this builder
     */
    public Builder proxy(Proxy proxy) {
      this.proxy = proxy;
      return this;
    }

    /**
     * Sets the user name and password for a proxy that asks for authentication (HTTP 407 with
     * {@code Proxy-Authenticate: Basic}). They are sent only to the proxy, only when it asks, and
     * never written to {@code toString()}, logs or exception messages. Requires {@link #proxy(Proxy)}.
     *
     * @param username the proxy user, printable ASCII without ':'
     * @param password the proxy password
     * @return this builder
     */
    public Builder proxyCredentials(String username, String password) {
      this.proxyUsername = username;
      this.proxyPassword = password;
      return this;
    }

    /**
     * Sets the largest response body a call accepts (default {@value CloudConfig#DEFAULT_MAX_RESPONSE_BYTES},
     * 16 MiB). A larger answer is refused as soon as its {@code Content-Length} says so, or once that
     * many bytes have been read from a body of unknown length, so a broken proxy or hostile server
     * cannot exhaust memory; the call fails with
     * {@link io.github.ackhybrid.core.exception.ResponseTooLargeException}.
     *
     * @param maxBytes 1 KiB (1024) to 2 GiB
     * @return this builder
     */
    public Builder maxResponseBytes(long maxBytes) {
      this.maxResponseBytes = maxBytes;
      return this;
    }

    /**
     * Appends text to the User-Agent header, to tell your tool's calls apart in audit logs.
     *
     * @param suffix printable ASCII, at most 128 characters
     * @return this builder
     */
    public Builder userAgentSuffix(String suffix) {
      this.userAgentSuffix = suffix;
      return this;
    }

    /**
     * Sets the executor that completes asynchronous results. Defaults to a shared SDK pool of
     * daemon threads.
     *
     * @param executor the executor
     * @return this builder
     */
    public Builder completionExecutor(Executor executor) {
      this.completionExecutor = executor;
      return this;
    }

    /**
     * Sets the clock for request dates and credential expiry (default: system UTC). Useful in tests.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the first interval between a waiter's polls (default 5 s); waiters back off from it up
     * to six times this value. Against the simulator a few milliseconds keep tests fast.
     *
     * @param interval positive duration
     * @return this builder
     */
    public Builder pollInterval(Duration interval) {
      this.pollInterval = interval;
      return this;
    }

    /**
     * Checks every value and builds the configuration.
     *
     * @return the configuration
     * @throws ValidationException naming the first field that is missing or invalid
     */
    public CloudConfig build() {
      Validate.notBlank(region, "cloudConfig.region");
      if (!REGION.matcher(region).matches() || region.length() > 64) {
        throw new ValidationException("cloudConfig.region",
            "must look like a region id such as cn-hangzhou ([a-z0-9-]), was " + Validate.quote(region));
      }
      if (endpointText != null) {
        endpointOverride = parseEndpoint(endpointText);
      }
      if (endpointOverride != null) {
        checkEndpoint(endpointOverride, allowInsecureHttp);
      }
      if (credentials == null) {
        credentials = CredentialsProvider.defaultChain();
      }
      Validate.positive(connectTimeout, "cloudConfig.connectTimeout");
      Validate.positive(readTimeout, "cloudConfig.readTimeout");
      Validate.positive(callTimeout, "cloudConfig.callTimeout");
      Validate.notNull(retryPolicy, "cloudConfig.retryPolicy");
      Validate.inRange(maxConcurrency, "cloudConfig.maxConcurrency", 1, 10_000);
      if (maxResponseBytes < 1024 || maxResponseBytes > MAX_RESPONSE_BYTES_LIMIT) {
        throw new ValidationException("cloudConfig.maxResponseBytes",
            "must be between 1024 and " + MAX_RESPONSE_BYTES_LIMIT + " bytes, was " + maxResponseBytes);
      }
      if (proxyUsername != null || proxyPassword != null) {
        checkProxyCredentials(proxy, proxyUsername, proxyPassword);
      }
      Validate.notNull(clock, "cloudConfig.clock");
      Validate.positive(pollInterval, "cloudConfig.pollInterval");
      if (userAgentSuffix != null) {
        if (userAgentSuffix.length() > 128 || !userAgentSuffix.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
          throw new ValidationException("cloudConfig.userAgentSuffix",
              "must be at most 128 printable ASCII characters, was " + Validate.quote(userAgentSuffix));
        }
      }
      return new CloudConfig(this);
    }

    private static void checkProxyCredentials(Proxy proxy, String username, String password) {
      Validate.notBlank(username, "cloudConfig.proxyCredentials.username");
      if (username.indexOf(':') >= 0 || !username.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
        throw new ValidationException("cloudConfig.proxyCredentials.username",
            "must be printable ASCII without spaces or ':', was " + Validate.quote(username));
      }
      // The password is checked but never quoted: it is a secret.
      if (password == null || password.isEmpty()) {
        throw new ValidationException("cloudConfig.proxyCredentials.password", "must not be null or empty");
      }
      if (password.chars().anyMatch(Character::isISOControl)) {
        throw new ValidationException("cloudConfig.proxyCredentials.password", "must not hold control characters");
      }
      if (proxy == null || proxy.type() != Proxy.Type.HTTP) {
        throw new ValidationException("cloudConfig.proxyCredentials",
            "need an HTTP proxy set with proxy(Proxy); there is " + (proxy == null ? "none" : "a " + proxy.type() + " proxy"));
      }
    }

    private static URI parseEndpoint(String text) {
      Validate.notBlank(text, "cloudConfig.endpointOverride");
      try {
        return new URI(text.trim());
      } catch (java.net.URISyntaxException e) {
        throw new ValidationException("cloudConfig.endpointOverride", "must be an absolute URI, was "
            + Validate.quote(text));
      }
    }

    private static void checkEndpoint(URI uri, boolean allowInsecureHttp) {
      String field = "cloudConfig.endpointOverride";
      String scheme = uri.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("https") || scheme.equalsIgnoreCase("http"))) {
        throw new ValidationException(field, "must use https (or http on loopback), was " + Validate.quote(uri.toString()));
      }
      if (uri.getHost() == null || uri.getHost().isEmpty()) {
        throw new ValidationException(field, "must name a host, was " + Validate.quote(uri.toString()));
      }
      if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
        throw new ValidationException(field, "must not carry a query, fragment or user info, was "
            + Validate.quote(uri.toString()));
      }
      String path = uri.getRawPath();
      if (path != null && !path.isEmpty() && !path.equals("/")) {
        throw new ValidationException(field, "must not carry a path, was " + Validate.quote(uri.toString()));
      }
      if (scheme.equalsIgnoreCase("http") && !allowInsecureHttp && !Hosts.isLoopback(uri.getHost())) {
        throw new ValidationException(field, "uses plain http to a non-loopback host "
            + Validate.quote(uri.getHost()) + "; use https, or set allowInsecureHttp(true) inside a trusted network");
      }
    }
  }
}
