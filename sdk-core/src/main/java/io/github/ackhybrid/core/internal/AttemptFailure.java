package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.exception.SdkException;

/**
 * Carries one failed attempt through the retry machinery: the typed exception the user would see,
 * whether another attempt is allowed, and how long to wait first. Never escapes the pipeline.
 */
final class AttemptFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient SdkException error;
  private final boolean retryable;
  private final long delayMillis;

  AttemptFailure(SdkException error, boolean retryable, long delayMillis) {
    super(error.getMessage(), error, false, false);
    this.error = error;
    this.retryable = retryable;
    this.delayMillis = delayMillis;
  }

  SdkException error() {
    return error;
  }

  boolean retryable() {
    return retryable;
  }

  long delayMillis() {
    return delayMillis;
  }
}
