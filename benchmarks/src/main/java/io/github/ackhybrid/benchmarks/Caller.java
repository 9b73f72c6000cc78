package io.github.ackhybrid.benchmarks;

import java.util.concurrent.CompletableFuture;

/** One benchmark call, made by the SDK or by the hand-written baseline, blocking or not. */
public interface Caller {

  /**
   * Makes the call on this thread.
   *
   * @return the bound answer
   * @throws Exception if the call fails
   */
  Object call() throws Exception;

  /**
   * Starts the call without blocking.
   *
   * @return the bound answer, later
   */
  CompletableFuture<?> callAsync();
}
