package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.AsyncPaginator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

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

  /**
   * Starts an asynchronous call the SDK's way: an exception thrown while starting it (bad input
   * found before anything is sent, typically a {@code ValidationException}) fails the returned
   * future instead of reaching the caller, so asynchronous methods never throw.
   *
   * @param start checks the input and starts the call
   * @param <T> the result type
   * @return the call's future, or a future failed with what {@code start} threw
   */
  public static <T> CompletableFuture<T> failInstead(Supplier<? extends CompletableFuture<T>> start) {
    try {
      return start.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Makes a paginator the SDK's way: an exception thrown while making it (bad input) gives a
   * paginator whose every pass fails with that exception and sends nothing, so the failure
   * reaches the caller through the future of {@code forEach} or {@code toList}, as a call's does.
   *
   * @param make checks the input and makes the paginator
   * @param executor completes the failed passes, as the real paginator's callbacks would run
   * @param <T> the item type
   * @return the paginator, or one that fails every pass
   */
  public static <T> AsyncPaginator<T> failInstead(Supplier<AsyncPaginator<T>> make, Executor executor) {
    try {
      return make.get();
    } catch (RuntimeException e) {
      return AsyncPaginator.<T>byPageNumber(1, (page, size) -> CompletableFuture.failedFuture(e)).withExecutor(executor);
    }
  }
}
