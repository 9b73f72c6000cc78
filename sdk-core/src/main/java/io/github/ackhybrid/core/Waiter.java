package io.github.ackhybrid.core;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Sleeper;
import io.github.ackhybrid.core.internal.Ticker;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls a resource until it reaches the awaited state, reaches a state from which it never will, or
 * the time allowed runs out. Service modules build their {@code waiters()} on it; it works for any
 * value a poll can return.
 *
 * <pre>{@code
 * Waiter<Cluster> running = Waiter.<Cluster>builder("cluster " + id + " to be running")
 *     .poll(() -> clusters.describeCluster(id))
 *     .pollAsync(() -> clusters.async().describeCluster(id))
 *     .acceptor(c -> switch (c.state()) {
 *       case RUNNING -> WaitDecision.SUCCESS;
 *       case FAILED, DELETED -> WaitDecision.FAILURE;
 *       default -> WaitDecision.RETRY;
 *     })
 *     .describeState(Cluster::stateAsString)
 *     .timeout(Duration.ofMinutes(10))
 *     .build();
 * Cluster cluster = running.await();
 * }</pre>
 *
 * <p>Timing: the first poll is made at once. The pauses between polls start at the initial
 * interval and grow by the backoff multiplier up to the maximum interval, each shortened at random
 * by up to 10%. The wait never runs past its deadline: the last pause is cut to the time remaining
 * and one final poll is made at the deadline.
 *
 * <p>Immutable and thread-safe; every {@link #await()} or {@link #awaitAsync()} is an independent
 * wait that starts its clock when called.
 *
 * @param <T> the type of value a poll observes
 */
public final class Waiter<T> {
  // Automation often starts one waiter per cluster at the same moment; shortening each pause by a
  // random share keeps their polls from reaching the API in lockstep, and only ever shortening it
  // keeps the maximum interval a true ceiling.
  private static final double JITTER = 0.1;

  private final String description;
  private final Supplier<? extends T> poll;
  private final Supplier<? extends CompletionStage<? extends T>> pollAsync;
  private final Function<? super T, WaitDecision> acceptor;
  private final Function<? super Throwable, WaitDecision> onError;
  private final Function<? super T, String> describeState;
  private final Duration timeout;
  private final long initialIntervalNanos;
  private final long maxIntervalNanos;
  private final double backoffMultiplier;
  private final long timeoutNanos;
  private final Executor executor;
  private final ScheduledExecutorService scheduler;
  private final Ticker ticker;
  private final Sleeper sleeper;
  private final DoubleSupplier random;

  private Waiter(Builder<T> b) {
    this.description = b.description;
    this.poll = b.poll;
    this.pollAsync = b.pollAsync;
    this.acceptor = b.acceptor;
    this.onError = b.onError;
    this.describeState = b.describeState;
    this.timeout = b.timeout;
    this.initialIntervalNanos = saturatedNanos(b.initialInterval);
    this.maxIntervalNanos = saturatedNanos(b.maxInterval);
    this.backoffMultiplier = b.backoffMultiplier;
    this.timeoutNanos = saturatedNanos(b.timeout);
    this.executor = b.executor;
    this.scheduler = b.scheduler;
    this.ticker = b.ticker;
    this.sleeper = b.sleeper;
    this.random = b.random;
  }

  /**
   * Starts a waiter.
   *
   * @param description what is awaited, phrased to follow "waiting for", such as
   *     {@code "cluster c-123 to be running"}; it opens every failure message
   * @param <T> the type of value a poll observes
   * @return a new builder
   * @throws ValidationException if the description is null or blank
   */
  public static <T> Builder<T> builder(String description) {
    return new Builder<>(Validate.notBlank(description, "waiter.description"));
  }

  /**
   * Returns what this waiter awaits.
   *
   * @return the description given to {@link #builder(String)}
   */
  public String description() {
    return description;
  }

  /**
   * Returns how long one wait may take before it times out.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Waits on the calling thread, polling with the synchronous poll and sleeping between polls.
   *
   * @return the value of the poll judged {@link WaitDecision#SUCCESS}; when success was decided
   *     from a poll failure (as "until deleted" does with {@link ResourceNotFoundException}), the
   *     last value a poll returned, or null if no poll returned one
   * @throws WaiterException with reason {@code FAILURE_STATE} if the acceptor judged a value a
   *     failure, {@code POLL_FAILED} (the poll's exception as cause) if the error handler judged a
   *     poll failure fatal, or {@code TIMEOUT} if time ran out
   * @throws ConfigurationException if the waiter was built without a synchronous poll
   * @throws SdkException if the thread is interrupted while sleeping; the interrupt flag stays set
   */
  public T await() {
    if (poll == null) {
      throw new ConfigurationException("The waiter for " + description
          + " has no synchronous poll: set one with poll(...) or call awaitAsync()");
    }
    Run run = new Run();
    while (true) {
      WaitDecision decision = pollOnce(run);
      if (decision == WaitDecision.SUCCESS) {
        return run.lastState;
      }
      if (decision == WaitDecision.FAILURE) {
        throw run.failure();
      }
      long delayNanos = run.nextDelayNanos();
      if (delayNanos < 0) {
        throw run.timedOut();
      }
      try {
        sleeper.sleep(Duration.ofNanos(delayNanos));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SdkException("Interrupted while waiting for " + description + " after "
            + run.pollsAndElapsed(), e);
      }
    }
  }

  /**
   * Waits without blocking any thread: the first poll starts on the calling thread, and each later
   * poll is scheduled on the SDK's shared scheduler and started on the executor. Cancelling the
   * returned future stops polling and cancels the poll in flight.
   *
   * @return a future that completes as {@link #await()} returns, or fails with the
   *     {@link WaiterException} (or, without an asynchronous poll, the {@link ConfigurationException})
   *     that {@link #await()} would throw
   */
  public CompletableFuture<T> awaitAsync() {
    if (pollAsync == null) {
      return CompletableFuture.failedFuture(new ConfigurationException("The waiter for " + description
          + " has no asynchronous poll: set one with pollAsync(...) or call await()"));
    }
    AsyncRun run = new AsyncRun();
    run.start();
    return run.result;
  }

  @Override
  public String toString() {
    return "Waiter{" + description + ", timeout=" + timeout + "}";
  }

  private WaitDecision pollOnce(Run run) {
    T value;
    try {
      value = poll.get();
    } catch (RuntimeException e) {
      return run.observeError(Futures.unwrap(e));
    }
    return run.observe(value);
  }

  private static long saturatedNanos(Duration d) {
    // Beyond about 146 years a deadline could wrap around; nobody waits that long.
    return d.compareTo(Duration.ofNanos(Long.MAX_VALUE / 2)) > 0 ? Long.MAX_VALUE / 2 : d.toNanos();
  }

  private static String describeDuration(Duration d) {
    long millis = d.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return millis % 1000 == 0
          ? millis / 1000 + " s"
          : String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = d.getSeconds();
    if (seconds < 3600) {
      return (seconds / 60) + " min " + (seconds % 60) + " s";
    }
    return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
  }

  /** The state of one wait: its clock, its polls and the pause to come. */
  private class Run {
    private final long startNanos = ticker.nanoTime();
    private final long deadlineNanos = startNanos + timeoutNanos;
    private long intervalNanos = initialIntervalNanos;
    private int attempts;
    private boolean observed;
    T lastState;
    private Throwable lastError;

    WaitDecision observe(T value) {
      attempts++;
      observed = true;
      lastState = value;
      lastError = null;
      return Objects.requireNonNull(acceptor.apply(value), "the acceptor of the waiter returned null");
    }

    WaitDecision observeError(Throwable error) {
      attempts++;
      lastError = error;
      return Objects.requireNonNull(onError.apply(error), "the onError of the waiter returned null");
    }

    /** Returns the pause before the next poll, cut to the time left, or -1 once time is up. */
    long nextDelayNanos() {
      long remaining = deadlineNanos - ticker.nanoTime();
      if (remaining <= 0) {
        return -1;
      }
      long jittered = intervalNanos - (long) (intervalNanos * JITTER * random.getAsDouble());
      intervalNanos = (long) Math.min(intervalNanos * backoffMultiplier, maxIntervalNanos);
      return Math.min(jittered, remaining);
    }

    WaiterException failure() {
      if (lastError == null) {
        return new WaiterException("Stopped waiting for " + description + ": it reached state "
            + stateText() + ", from which it cannot get there (" + pollsAndElapsed() + ")",
            WaiterException.Reason.FAILURE_STATE, lastState, attempts, null);
      }
      return new WaiterException("Stopped waiting for " + description + ": poll " + attempts
          + " failed with " + summary(lastError) + " (last state " + stateText() + ", "
          + pollsAndElapsed() + ")",
          WaiterException.Reason.POLL_FAILED, lastState, attempts, lastError);
    }

    WaiterException timedOut() {
      String lastFailure = lastError == null ? "" : ", and the last poll failed with " + summary(lastError);
      return new WaiterException("Timed out waiting for " + description + " after "
          + pollsAndElapsed() + "; last state " + stateText() + lastFailure
          + ". Allow a longer timeout if it is still progressing.",
          WaiterException.Reason.TIMEOUT, lastState, attempts, lastError);
    }

    String pollsAndElapsed() {
      return attempts + (attempts == 1 ? " poll" : " polls") + " in "
          + describeDuration(Duration.ofNanos(ticker.nanoTime() - startNanos));
    }

    private String stateText() {
      if (!observed) {
        return "unknown (no poll returned a value)";
      }
      try {
        return String.valueOf(describeState.apply(lastState));
      } catch (RuntimeException e) {
        // A broken describer must not hide why the wait stopped.
        return String.valueOf(lastState);
      }
    }

    private String summary(Throwable error) {
      String message = error.getMessage();
      return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
  }

  /** One asynchronous wait: each poll's completion decides, and a retry is scheduled, never slept. */
  private final class AsyncRun extends Run {
    private final CompletableFuture<T> result = new CompletableFuture<>();
    private volatile Future<?> pending;

    void start() {
      result.whenComplete((value, error) -> {
        Future<?> inFlight = pending;
        if (inFlight != null) {
          inFlight.cancel(false);
        }
      });
      poll();
    }

    private void poll() {
      if (result.isDone()) {
        return;
      }
      CompletableFuture<? extends T> polled;
      try {
        CompletionStage<? extends T> stage = pollAsync.get();
        if (stage == null) {
          result.completeExceptionally(new NullPointerException(
              "the asynchronous poll of the waiter for " + description + " returned null"));
          return;
        }
        polled = stage.toCompletableFuture();
      } catch (RuntimeException e) {
        polled = CompletableFuture.failedFuture(e);
      }
      pending = polled;
      if (result.isDone()) {
        polled.cancel(false);
        return;
      }
      polled.whenComplete(this::decide);
    }

    private void decide(T value, Throwable error) {
      if (result.isDone()) {
        return;
      }
      try {
        WaitDecision decision = error == null ? observe(value) : observeError(Futures.unwrap(error));
        if (decision == WaitDecision.SUCCESS) {
          result.complete(lastState);
        } else if (decision == WaitDecision.FAILURE) {
          result.completeExceptionally(failure());
        } else {
          scheduleNext();
        }
      } catch (RuntimeException | Error e) {
        // Thrown out of whenComplete it would vanish and leave the caller waiting forever.
        result.completeExceptionally(e);
      }
    }

    private void scheduleNext() {
      long delayNanos = nextDelayNanos();
      if (delayNanos < 0) {
        result.completeExceptionally(timedOut());
        return;
      }
      // The scheduler only times the pause; the poll itself starts on the executor so a slow
      // supplier never holds up the SDK's one scheduler thread.
      pending = scheduler.schedule(this::handOff, delayNanos, TimeUnit.NANOSECONDS);
      if (result.isDone()) {
        pending.cancel(false);
      }
    }

    private void handOff() {
      try {
        executor.execute(this::poll);
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    }
  }

  /**
   * Builds a {@link Waiter}. A poll (synchronous, asynchronous or both) and an acceptor are
   * required; everything else has a default. Values are checked in {@link #build()}.
   *
   * @param <T> the type of value a poll observes
   */
  public static final class Builder<T> {
    private final String description;
    private Supplier<? extends T> poll;
    private Supplier<? extends CompletionStage<? extends T>> pollAsync;
    private Function<? super T, WaitDecision> acceptor;
    private Function<? super Throwable, WaitDecision> onError = error -> WaitDecision.FAILURE;
    private Function<? super T, String> describeState = String::valueOf;
    // ACK and ASM operations take from seconds to many minutes: polling soon catches the quick
    // ones, and backing off to 30 s keeps long waits far below the APIs' rate quotas.
    private Duration initialInterval = Duration.ofSeconds(2);
    private Duration maxInterval = Duration.ofSeconds(30);
    private double backoffMultiplier = 1.5;
    private Duration timeout = Duration.ofMinutes(10);
    private Executor executor = SdkExecutors.completion();
    private ScheduledExecutorService scheduler = SdkExecutors.scheduler();
    private Ticker ticker = Ticker.system();
    private Sleeper sleeper = Sleeper.system();
    private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();

    private Builder(String description) {
      this.description = description;
    }

    /**
     * Sets the poll {@link Waiter#await()} calls on the caller's thread. An exception it throws is a
     * poll failure, judged by {@link #onError(Function)}.
     *
     * @param poll reads the current value, such as a describe call
     * @return this builder
     */
    public Builder<T> poll(Supplier<? extends T> poll) {
      this.poll = poll;
      return this;
    }

    /**
     * Sets the poll {@link Waiter#awaitAsync()} calls; it must not block. A failed stage, or an
     * exception thrown by the supplier, is a poll failure judged by {@link #onError(Function)}.
     *
     * @param pollAsync starts reading the current value, such as an asynchronous describe call
     * @return this builder
     */
    public Builder<T> pollAsync(Supplier<? extends CompletionStage<? extends T>> pollAsync) {
      this.pollAsync = pollAsync;
      return this;
    }

    /**
     * Sets how a polled value is judged: {@link WaitDecision#SUCCESS} ends the wait with that value,
     * {@link WaitDecision#FAILURE} ends it with a waiter failure, {@link WaitDecision#RETRY} polls
     * again. Exceptions it throws end the wait and reach the caller unchanged.
     *
     * @param acceptor decides from the observed value; never returns null
     * @return this builder
     */
    public Builder<T> acceptor(Function<? super T, WaitDecision> acceptor) {
      this.acceptor = acceptor;
      return this;
    }

    /**
     * Sets how a poll failure is judged, unwrapped from any {@link CompletionException}. The
     * default judges every failure {@link WaitDecision#FAILURE}, so it surfaces as the cause of a
     * {@code POLL_FAILED} waiter failure; an "until deleted" waiter returns
     * {@link WaitDecision#SUCCESS} for {@link ResourceNotFoundException}, and {@link WaitDecision#RETRY}
     * rides out transient errors.
     *
     * @param onError decides from the poll's exception; never returns null
     * @return this builder
     */
    public Builder<T> onError(Function<? super Throwable, WaitDecision> onError) {
      this.onError = onError;
      return this;
    }

    /**
     * Sets how an observed value is named in failure messages, such as its state string. Defaults
     * to {@link String#valueOf(Object)}.
     *
     * @param describeState renders a value for a message; must not reveal secrets
     * @return this builder
     */
    public Builder<T> describeState(Function<? super T, String> describeState) {
      this.describeState = describeState;
      return this;
    }

    /**
     * Sets the pause after the first poll. Defaults to 2 seconds.
     *
     * @param initialInterval positive, at most the maximum interval
     * @return this builder
     */
    public Builder<T> initialInterval(Duration initialInterval) {
      this.initialInterval = initialInterval;
      return this;
    }

    /**
     * Sets the longest pause between two polls. Defaults to 30 seconds.
     *
     * @param maxInterval positive, at least the initial interval
     * @return this builder
     */
    public Builder<T> maxInterval(Duration maxInterval) {
      this.maxInterval = maxInterval;
      return this;
    }

    /**
     * Sets the factor by which each pause grows over the previous one. Defaults to 1.5; 1.0 polls
     * at a fixed interval.
     *
     * @param backoffMultiplier 1.0 to 10.0
     * @return this builder
     */
    public Builder<T> backoffMultiplier(double backoffMultiplier) {
      this.backoffMultiplier = backoffMultiplier;
      return this;
    }

    /**
     * Sets how long one wait may take, polls included. Defaults to 10 minutes.
     *
     * @param timeout positive
     * @return this builder
     */
    public Builder<T> timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets where asynchronous polls after the first one start. Defaults to the SDK's shared
     * completion pool; clients pass their configured completion executor.
     *
     * @param executor starts polls
     * @return this builder
     */
    public Builder<T> executor(Executor executor) {
      this.executor = executor;
      return this;
    }

    Builder<T> scheduler(ScheduledExecutorService scheduler) {
      this.scheduler = scheduler;
      return this;
    }

    Builder<T> ticker(Ticker ticker) {
      this.ticker = ticker;
      return this;
    }

    Builder<T> sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    Builder<T> random(DoubleSupplier random) {
      this.random = random;
      return this;
    }

    /**
     * Checks the settings and builds the waiter.
     *
     * @return the waiter
     * @throws ValidationException naming the setting if no poll or acceptor was set, a duration is
     *     not positive, the initial interval exceeds the maximum, or the multiplier is out of range
     */
    public Waiter<T> build() {
      if (poll == null && pollAsync == null) {
        throw new ValidationException("waiter.poll", "must be set, or pollAsync must be, for " + description);
      }
      Validate.notNull(acceptor, "waiter.acceptor");
      Validate.notNull(onError, "waiter.onError");
      Validate.notNull(describeState, "waiter.describeState");
      Validate.positive(initialInterval, "waiter.initialInterval");
      Validate.positive(maxInterval, "waiter.maxInterval");
      Validate.positive(timeout, "waiter.timeout");
      Validate.notNull(executor, "waiter.executor");
      if (maxInterval.compareTo(initialInterval) < 0) {
        throw new ValidationException("waiter.maxInterval",
            "must be at least initialInterval (" + initialInterval + "), was " + maxInterval);
      }
      if (!(backoffMultiplier >= 1.0 && backoffMultiplier <= 10.0)) {
        throw new ValidationException("waiter.backoffMultiplier", "must be 1.0-10.0, was " + backoffMultiplier);
      }
      return new Waiter<>(this);
    }
  }
}
