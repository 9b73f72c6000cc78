package io.github.ackhybrid.nodepool.internal;

import java.util.ArrayDeque;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Runs asynchronous tasks with at most a fixed number in flight, like a semaphore that never
 * blocks: a task that finds no permit waits in a queue, holding no thread, and starts on the
 * executor when a running task's stage completes.
 */
final class AsyncLimiter {
  private final int permits;
  private final Executor executor;
  private final ArrayDeque<Supplier<? extends CompletionStage<?>>> waiting = new ArrayDeque<>();
  private int running;
  private boolean closed;

  AsyncLimiter(int permits, Executor executor) {
    this.permits = permits;
    this.executor = executor;
  }

  /**
   * Starts a task now if a permit is free, or queues it. The permit is held until the task's stage
   * completes; a task that throws or returns null gives it back at once.
   */
  void submit(Supplier<? extends CompletionStage<?>> task) {
    synchronized (this) {
      if (closed) {
        return;
      }
      if (running >= permits) {
        waiting.add(task);
        return;
      }
      running++;
    }
    launch(task);
  }

  /** Drops the queued tasks and refuses new ones; running tasks finish on their own. */
  void close() {
    synchronized (this) {
      closed = true;
      waiting.clear();
    }
  }

  private void launch(Supplier<? extends CompletionStage<?>> task) {
    try {
      executor.execute(() -> {
        CompletionStage<?> stage;
        try {
          stage = task.get();
        } catch (RuntimeException e) {
          stage = null;
        }
        if (stage == null) {
          release();
        } else {
          stage.whenComplete((value, error) -> release());
        }
      });
    } catch (RejectedExecutionException e) {
      release();
    }
  }

  private void release() {
    Supplier<? extends CompletionStage<?>> next;
    synchronized (this) {
      next = closed ? null : waiting.poll();
      if (next == null) {
        running--;
      }
    }
    if (next != null) {
      launch(next);
    }
  }
}
