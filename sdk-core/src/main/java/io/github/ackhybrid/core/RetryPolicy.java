package io.github.ackhybrid.core;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.util.Objects;

/**
 * How the SDK retries a failed call. Throttling (and HTTP 429) is retried for every operation,
 * because the server refused the call and nothing happened. Connection failures, timeouts and 5xx
 * answers are retried only for idempotent operations (reads, polls, deletes); creates are never
 * retried blind. Delays grow exponentially with full jitter up to {@link #maxBackoff()}; a
 * {@code Retry-After} (or {@code x-acs-retry-after}) answer from the server wins over the computed
 * delay. The whole call, retries included, is bounded by {@link CloudConfig#callTimeout()}.
 *
 * <p>Immutable; build one with {@link #builder()} or take {@link #defaults()} or {@link #none()}.
 */
public final class RetryPolicy {
  private static final RetryPolicy DEFAULTS = builder().build();
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();

  private final int maxAttempts;
  private final Duration baseDelay;
  private final Duration maxBackoff;
  private final boolean retryThrottling;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.baseDelay = b.baseDelay;
    this.maxBackoff = b.maxBackoff;
    this.retryThrottling = b.retryThrottling;
  }

  /**
   * Returns the default policy: 4 attempts, 200 ms base delay, 10 s cap, throttling retried.
   *
   * @return the default policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a policy that makes exactly one attempt.
   *
   * @return the no-retry policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Starts a policy from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this policy's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder()
        .maxAttempts(maxAttempts)
        .baseDelay(baseDelay)
        .maxBackoff(maxBackoff)
        .retryThrottling(retryThrottling);
  }

  /**
   * Returns the most attempts one call may make, the first included.
   *
   * @return at least 1
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the delay scale of the first retry; retry {@code n} waits a random time up to
   * {@code baseDelay * 2^(n-1)}, capped at {@link #maxBackoff()}.
   *
   * @return the base delay
   */
  public Duration baseDelay() {
    return baseDelay;
  }

  /**
   * Returns the cap on any single computed delay.
   *
   * @return the cap
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * Returns whether throttled calls are retried.
   *
   * @return true if throttling errors are retried
   */
  public boolean retryThrottling() {
    return retryThrottling;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RetryPolicy
        && ((RetryPolicy) o).maxAttempts == maxAttempts
        && ((RetryPolicy) o).baseDelay.equals(baseDelay)
        && ((RetryPolicy) o).maxBackoff.equals(maxBackoff)
        && ((RetryPolicy) o).retryThrottling == retryThrottling;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxAttempts, baseDelay, maxBackoff, retryThrottling);
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay
        + ", maxBackoff=" + maxBackoff + ", retryThrottling=" + retryThrottling + "}";
  }

  /** Builds a {@link RetryPolicy}; values are checked in {@link #build()}. */
  public static final class Builder {
    // Four attempts spread over about a second and a half ride out a typical throttling burst or a
    // gateway restart without stalling automation that fans out over many clusters.
    private int maxAttempts = 4;
    private Duration baseDelay = Duration.ofMillis(200);
    private Duration maxBackoff = Duration.ofSeconds(10);
    private boolean retryThrottling = true;

    private Builder() {}

    /**
     * Sets the most attempts per call, the first included.
     *
     * @param maxAttempts 1 to 20
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the base delay of the exponential backoff.
     *
     * @param baseDelay positive duration
     * @return this builder
     */
    public Builder baseDelay(Duration baseDelay) {
      this.baseDelay = baseDelay;
      return this;
    }

    /**
     * Sets the cap on one computed delay.
     *
     * @param maxBackoff positive duration, at least the base delay
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /**
     * Sets whether throttled calls are retried.
     *
     * @param retryThrottling true to retry throttling errors
     * @return this builder
     */
    public Builder retryThrottling(boolean retryThrottling) {
      this.retryThrottling = retryThrottling;
      return this;
    }

    /**
     * Checks the values and builds the policy.
     *
     * @return the policy
     * @throws ValidationException if a value is out of range
     */
    public RetryPolicy build() {
      if (maxAttempts < 1 || maxAttempts > 20) {
        throw new ValidationException("retryPolicy.maxAttempts", "must be 1-20, was " + maxAttempts);
      }
      Validate.positive(baseDelay, "retryPolicy.baseDelay");
      Validate.positive(maxBackoff, "retryPolicy.maxBackoff");
      if (maxBackoff.compareTo(baseDelay) < 0) {
        throw new ValidationException(
            "retryPolicy.maxBackoff", "must be at least baseDelay (" + baseDelay + "), was " + maxBackoff);
      }
      return new RetryPolicy(this);
    }
  }
}
