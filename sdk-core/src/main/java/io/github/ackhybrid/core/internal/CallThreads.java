package io.github.ackhybrid.core.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that run OkHttp's asynchronous calls: an idle thread is reused when there is one, a
 * new one is started only while fewer than the limit exist, and beyond that a call waits for the
 * next thread to come free. Idle threads end after a minute.
 *
 * <p>A plain cached pool cannot be bounded: OkHttp hands the next queued call to the executor
 * while the finishing call's thread is still winding down, so under a long queue a cached pool
 * starts a new thread almost every time and grows to about twice the concurrency limit. A fixed
 * pool is bounded but starts a new thread for every call until it is full, even while others idle.
 */
final class CallThreads {
  private CallThreads() {}

  /**
   * Creates the pool.
   *
   * @param limit the most threads that may exist at once, at least 1
   * @param namePrefix the thread name prefix, e.g. {@code ackhybrid-http}
   * @return the executor
   */
  static ExecutorService newPool(int limit, String namePrefix) {
    HandOffQueue queue = new HandOffQueue();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(0, limit, 60, TimeUnit.SECONDS, queue,
        SdkExecutors.daemonThreads(namePrefix), (task, executor) -> {
          // Another submitter took the last free slot between the queue's check and the start of a
          // thread: wait in line like any call that finds every thread busy.
          if (executor.isShutdown()) {
            throw new RejectedExecutionException("the HTTP transport is closed");
          }
          queue.enqueue(task);
        });
    queue.pool = pool;
    return pool;
  }

  /** Gives a task to an idle thread, else asks for a new thread while under the limit, else queues it. */
  private static final class HandOffQueue extends LinkedTransferQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    private transient ThreadPoolExecutor pool;

    @Override
    public boolean offer(Runnable task) {
      if (tryTransfer(task)) {
        return true;
      }
      if (pool.getPoolSize() < pool.getMaximumPoolSize()) {
        return false;
      }
      return super.offer(task);
    }

    void enqueue(Runnable task) {
      super.offer(task);
    }
  }
}
