package io.github.ackhybrid.core.internal;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Helpers for {@code CompletableFuture} chains shared by the SDK's asynchronous code. */
public final class Futures {
  private Futures() {}

  /**
   * Strips the {@link CompletionException} and {@link ExecutionException} wrappers that future
   * chains add, so callers and retry or waiter decisions see the SDK's own exception types.
   *
   * @param error a failure taken from a future, not null
   * @return the innermost wrapped cause, or the error itself if it wraps nothing
   */
  public static Throwable unwrap(Throwable error) {
    Throwable t = error;
    while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
