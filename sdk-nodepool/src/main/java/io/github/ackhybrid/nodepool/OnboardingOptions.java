package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.immutables.value.Value;

/**
 * How {@code onboardServers} works through a list of servers: how many commands run at once, how
 * many servers share one attach script, how long it may take in all, and who hears about progress.
 */
@ModelStyle
@Value.Immutable
public abstract class OnboardingOptions {

  /**
   * Returns how long onboarding may take, from the call until every server's node is Ready.
   *
   * @return the deadline; defaults to 30 minutes
   */
  @Value.Default
  public Duration timeout() {
    return Duration.ofMinutes(30);
  }

  /**
   * Returns how many attach commands may run at once.
   *
   * @return 1-1000; defaults to 16
   */
  @Value.Default
  public int maxConcurrency() {
    return 16;
  }

  /**
   * Returns how many servers share one attach script (one token). With a one-time token every
   * server gets its own script whatever this says.
   *
   * @return 1-1000; defaults to 50
   */
  @Value.Default
  public int batchSize() {
    return 50;
  }

  /**
   * Returns how attach scripts are minted; without it, scripts whose tokens expire with the
   * onboarding deadline.
   *
   * @return the script request
   */
  public abstract Optional<AttachScriptRequest> script();

  /**
   * Returns the callback told about each server's progress. It may be called from several SDK
   * threads at once, so it must be thread-safe, and it must return quickly; an exception it throws
   * is logged and ignored.
   *
   * @return the callback
   */
  public abstract Optional<Consumer<OnboardingProgress>> onProgress();

  /**
   * Returns where the runner is called; without it, the client's completion executor.
   *
   * @return the executor
   */
  public abstract Optional<Executor> runnerExecutor();

  /**
   * Returns the default options.
   *
   * @return the defaults
   */
  public static OnboardingOptions defaults() {
    return builder().build();
  }

  /**
   * Starts options from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Validate.positive(timeout(), "onboarding.timeout");
    Validate.inRange(maxConcurrency(), "onboarding.maxConcurrency", 1, 1000);
    Validate.inRange(batchSize(), "onboarding.batchSize", 1, 1000);
  }

  /** Builds {@link OnboardingOptions}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableOnboardingOptions.Builder {
    /**
     * Sets how attach scripts are minted.
     *
     * @param script sets expiry, one-time use, architecture and options
     * @return this builder
     * @throws ValidationException if the script settings are invalid
     */
    public Builder script(Consumer<AttachScriptRequest.Builder> script) {
      AttachScriptRequest.Builder b = AttachScriptRequest.builder();
      Validate.notNull(script, "onboarding.script").accept(b);
      return script(b.build());
    }
  }
}
