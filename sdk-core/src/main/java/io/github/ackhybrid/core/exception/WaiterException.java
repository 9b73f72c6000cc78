package io.github.ackhybrid.core.exception;

import java.util.Optional;

/**
 * A waiter gave up: the resource reached a state from which the awaited state cannot follow, or the
 * time allowed ran out. Carries the last state the waiter observed so the caller can see how far
 * things got.
 */
public class WaiterException extends SdkException {
  private static final long serialVersionUID = 1L;

  /** Why a waiter stopped without success. */
  public enum Reason {
    /** The resource reached a failure state, such as a task that {@code failed}. */
    FAILURE_STATE,
    /** The time allowed for the wait ran out before the awaited state was seen. */
    TIMEOUT,
    /** A poll failed with an error the waiter does not treat as "keep waiting". */
    POLL_FAILED
  }

  private final Reason reason;
  private final transient Object lastState;
  private final int attempts;

  /**
   * Creates a waiter failure.
   *
   * @param message what was awaited and why the wait stopped
   * @param reason why the waiter stopped
   * @param lastState the last value the waiter observed, may be null
   * @param attempts how many polls were made
   * @param cause the poll failure, may be null
   */
  public WaiterException(String message, Reason reason, Object lastState, int attempts, Throwable cause) {
    super(message, cause);
    this.reason = reason;
    this.lastState = lastState;
    this.attempts = attempts;
  }

  /**
   * Returns why the waiter stopped.
   *
   * @return the reason, never null
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Returns the last value the waiter observed (a cluster, a task, a mesh...).
   *
   * @return the last observed value, if any poll succeeded
   */
  public Optional<Object> lastState() {
    return Optional.ofNullable(lastState);
  }

  /**
   * Returns how many times the waiter polled.
   *
   * @return the number of polls made
   */
  public int attempts() {
    return attempts;
  }
}
