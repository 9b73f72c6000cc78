package io.github.ackhybrid.kube.internal;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.SdkExecutors;
import io.github.ackhybrid.core.internal.Validate;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The few threads an asynchronous client lends to {@code KubeClient}, which blocks: daemon threads
 * named {@code ackhybrid-kube-N}, at most {@value #THREADS}, idle ones ending after 30 seconds, and
 * a bounded queue so a runaway caller gets an error instead of unbounded memory. Results are handed
 * to the completion executor, so neither that pool nor the common pool ever waits on Kubernetes I/O.
 * Each client owns one and closes it with itself.
 */
public final class KubeThreads implements AutoCloseable {
  /** Kubernetes work is a few sequential requests per call; four threads let several calls progress at once. */
  public static final int THREADS = 4;
  /** How many calls may wait for a thread before new ones are refused. */
  public static final int QUEUE = 512;

  private final ThreadPoolExecutor pool;
  private final Executor completion;
  private final String owner;

  private KubeThreads(String owner, Executor completion) {
    this.owner = owner;
    this.completion = completion;
    this.pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE),
        SdkExecutors.daemonThreads("ackhybrid-kube"));
    this.pool.allowCoreThreadTimeOut(true);
  }

  /**
   * Creates the threads of one client; none starts until work arrives.
   *
   * @param owner the client's name for errors, such as {@code MeshClient}
   * @param completion the executor that completes the client's futures
   * @return the threads
   * @throws io.github.ackhybrid.core.exception.ValidationException if an argument is null
   */
  public static KubeThreads create(String owner, Executor completion) {
    return new KubeThreads(Validate.notNull(owner, "owner"), Validate.notNull(completion, "completion"));
  }

  /**
   * Returns the executor itself, for {@code thenApplyAsync}-style stages that must run here.
   *
   * @return the executor
   */
  public Executor executor() {
    return pool;
  }

  /**
   * Runs blocking work on these threads.
   *
   * @param work the work
   * @param <T> the result type
   * @return a future completed on a Kubernetes thread, failed with {@link SdkException} if the
   *     threads are closed or {@value #QUEUE} calls are already waiting
   */
  public <T> CompletableFuture<T> supply(Supplier<T> work) {
    try {
      return CompletableFuture.supplyAsync(work, pool);
    } catch (RejectedExecutionException e) {
      return CompletableFuture.failedFuture(new SdkException("the " + owner + " is closed, or " + QUEUE
          + " calls are already waiting for its Kubernetes threads", e));
    }
  }

  /**
   * Returns a future that completes like {@code future} does, but on the completion executor and
   * with the SDK's own exception rather than a {@code CompletionException} wrapper.
   *
   * @param future the future to hand over
   * @param <T> the result type
   * @return the handed-over future
   */
  public <T> CompletableFuture<T> handOff(CompletableFuture<T> future) {
    CompletableFuture<T> result = new CompletableFuture<>();
    future.whenCompleteAsync((value, error) -> {
      if (error != null) {
        result.completeExceptionally(Futures.unwrap(error));
      } else {
        result.complete(value);
      }
    }, completion);
    return result;
  }

  /** Stops taking work; work already running finishes. Idempotent. */
  @Override
  public void close() {
    pool.shutdown();
  }
}
