package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Caches the session credentials of a slower source (the ECS metadata service, a credentials URL,
 * your own STS call) and refreshes them before they expire.
 *
 * <ul>
 *   <li>Credentials are served from memory until {@link Builder#refreshBeforeExpiry(Duration)}
 *       (15 minutes by default, as in the official SDKs) before their expiration; credentials without
 *       an expiration are fetched again after an hour.
 *   <li>Once that point is reached, exactly one caller fetches new credentials while every other
 *       caller keeps getting the current, still valid ones: no stampede on the source.
 *   <li>If that fetch fails while the current credentials are still valid, they stay in use, a
 *       warning is logged, and the fetch is tried again after a jittered, growing pause.
 *   <li>Once the credentials have expired (or before the first fetch), callers wait for one fetch;
 *       if it fails, every caller that waited for it gets its {@link ConfigurationException}.
 * </ul>
 *
 * <p>Thread-safe.
 */
public final class CachedCredentialsProvider implements CredentialsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(CachedCredentialsProvider.class);
  private static final Duration DEFAULT_REFRESH_BEFORE_EXPIRY = Duration.ofMinutes(15);
  private static final Duration LIFETIME_WITHOUT_EXPIRY = Duration.ofHours(1);
  // Credentials handed out when already inside the refresh window (a source that rotates late)
  // are used, but asking the source again more than once a minute would not get newer ones.
  private static final Duration MIN_REFRESH_INTERVAL = Duration.ofMinutes(1);
  private static final Duration MIN_FAILURE_BACKOFF = Duration.ofSeconds(10);
  private static final Duration MAX_FAILURE_BACKOFF = Duration.ofMinutes(5);

  private final CredentialsProvider source;
  private final Duration refreshBeforeExpiry;
  private final Clock clock;
  private final ReentrantLock refreshLock = new ReentrantLock();

  private volatile Snapshot snapshot;
  // Written only while holding refreshLock; volatile so waiting callers see the outcome of the
  // fetch they waited for.
  private volatile long completedFetches;
  private volatile ConfigurationException lastFailure;
  private int consecutiveFailures;

  private CachedCredentialsProvider(Builder builder) {
    this.source = builder.source;
    this.refreshBeforeExpiry = builder.refreshBeforeExpiry;
    this.clock = builder.clock;
  }

  /**
   * Starts a cache in front of a source. The source is called only to fetch new credentials, never
   * more than once at a time.
   *
   * @param source fetches fresh credentials; it must throw rather than return null
   * @return a new builder
   * @throws io.github.ackhybrid.core.exception.ValidationException if the source is null
   */
  public static Builder builder(CredentialsProvider source) {
    return new Builder(Validate.notNull(source, "cachedCredentials.source"));
  }

  /**
   * Returns cached credentials, fetching new ones when they are due as described on the class.
   *
   * @return valid credentials
   * @throws ConfigurationException if no valid credentials are cached and fetching new ones failed
   */
  @Override
  public Credentials resolveCredentials() {
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.refreshAt)) {
      return current.credentials;
    }
    if (current != null && now.isBefore(current.expiresAt)) {
      if (!refreshLock.tryLock()) {
        return current.credentials;
      }
      try {
        Snapshot latest = snapshot;
        if (latest != current && clock.instant().isBefore(latest.refreshAt)) {
          return latest.credentials;
        }
        return fetchLocked();
      } finally {
        refreshLock.unlock();
      }
    }
    return fetchWaiting();
  }

  private Credentials fetchWaiting() {
    long fetchesBefore = completedFetches;
    try {
      refreshLock.lockInterruptibly();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ConfigurationException("Interrupted while waiting for credentials from " + source, e);
    }
    try {
      Snapshot latest = snapshot;
      if (latest != null && clock.instant().isBefore(latest.expiresAt)) {
        return latest.credentials;
      }
      ConfigurationException failure = lastFailure;
      if (completedFetches != fetchesBefore && failure != null) {
        throw new ConfigurationException(failure.getMessage(), failure);
      }
      return fetchLocked();
    } finally {
      refreshLock.unlock();
    }
  }

  private Credentials fetchLocked() {
    try {
      return fetchAndStore();
    } finally {
      // Counted when the attempt is over, so every caller that was waiting during it sees a change.
      completedFetches++;
    }
  }

  private Credentials fetchAndStore() {
    Credentials fresh;
    try {
      fresh = source.resolveCredentials();
      if (fresh == null) {
        throw new ConfigurationException(source + " returned no credentials");
      }
    } catch (RuntimeException e) {
      return keepOrFail(e);
    }
    Instant now = clock.instant();
    Instant expiresAt = fresh.expiration().orElse(Instant.MAX);
    if (!now.isBefore(expiresAt)) {
      return keepOrFail(new ConfigurationException(
          source + " returned credentials that had already expired at " + expiresAt));
    }
    Instant refreshAt = fresh.expiration().isEmpty()
        ? now.plus(LIFETIME_WITHOUT_EXPIRY)
        : expiresAt.minus(refreshBeforeExpiry);
    Instant earliest = now.plus(MIN_REFRESH_INTERVAL);
    if (refreshAt.isBefore(earliest)) {
      refreshAt = earliest.isBefore(expiresAt) ? earliest : expiresAt;
    }
    snapshot = new Snapshot(fresh, refreshAt, expiresAt);
    consecutiveFailures = 0;
    lastFailure = null;
    return fresh;
  }

  private Credentials keepOrFail(RuntimeException cause) {
    consecutiveFailures++;
    Snapshot current = snapshot;
    Instant now = clock.instant();
    if (current != null && now.isBefore(current.expiresAt)) {
      Instant backedOff = now.plus(backoff(consecutiveFailures));
      Instant retryAt = backedOff.isBefore(current.expiresAt) ? backedOff : current.expiresAt;
      snapshot = new Snapshot(current.credentials, retryAt, current.expiresAt);
      LOG.warn("Could not refresh credentials from {}; still using the current ones, valid until {}, "
          + "and trying again at {}: {}", source, describe(current.expiresAt), retryAt, cause.getMessage());
      return current.credentials;
    }
    ConfigurationException failure;
    if (current != null) {
      failure = new ConfigurationException("Credentials from " + source + " expired at " + current.expiresAt
          + " and could not be refreshed: " + cause.getMessage(), cause);
    } else if (cause instanceof ConfigurationException) {
      failure = (ConfigurationException) cause;
    } else {
      failure = new ConfigurationException(
          "Could not get credentials from " + source + ": " + cause.getMessage(), cause);
    }
    lastFailure = failure;
    throw failure;
  }

  private static Duration backoff(int failures) {
    // A random pause within a window that doubles per failure, so many hosts that lost the metadata
    // service at once do not come back to it in step.
    long windowMillis = Math.max(MIN_FAILURE_BACKOFF.toMillis(), 100L << Math.min(failures - 1, 20));
    windowMillis = Math.min(windowMillis, MAX_FAILURE_BACKOFF.toMillis());
    return Duration.ofMillis(1_000 + ThreadLocalRandom.current().nextLong(windowMillis - 1_000));
  }

  private static String describe(Instant expiresAt) {
    return expiresAt.equals(Instant.MAX) ? "no expiry" : expiresAt.toString();
  }

  /** Names the source, never the cached credentials. */
  @Override
  public String toString() {
    return "CachedCredentialsProvider{source=" + source + "}";
  }

  private static final class Snapshot {
    final Credentials credentials;
    final Instant refreshAt;
    final Instant expiresAt;

    Snapshot(Credentials credentials, Instant refreshAt, Instant expiresAt) {
      this.credentials = credentials;
      this.refreshAt = refreshAt;
      this.expiresAt = expiresAt;
    }
  }

  /** Configures a {@link CachedCredentialsProvider}. */
  public static final class Builder {
    private final CredentialsProvider source;
    private Duration refreshBeforeExpiry = DEFAULT_REFRESH_BEFORE_EXPIRY;
    private Clock clock = Clock.systemUTC();

    private Builder(CredentialsProvider source) {
      this.source = source;
    }

    /**
     * Sets how long before their expiration credentials are fetched again. Default 15 minutes.
     *
     * @param margin a positive duration
     * @return this builder
     * @throws io.github.ackhybrid.core.exception.ValidationException if the margin is null, zero or negative
     */
    public Builder refreshBeforeExpiry(Duration margin) {
      this.refreshBeforeExpiry = Validate.positive(margin, "cachedCredentials.refreshBeforeExpiry");
      return this;
    }

    /**
     * Sets the clock that decides when credentials are due; tests pass a controllable one.
     *
     * @param clock the clock, default {@link Clock#systemUTC()}
     * @return this builder
     * @throws io.github.ackhybrid.core.exception.ValidationException if the clock is null
     */
    public Builder clock(Clock clock) {
      this.clock = Validate.notNull(clock, "cachedCredentials.clock");
      return this;
    }

    /**
     * Builds the cache. Nothing is fetched until the first call.
     *
     * @return the provider
     */
    public CachedCredentialsProvider build() {
      return new CachedCredentialsProvider(this);
    }
  }
}
