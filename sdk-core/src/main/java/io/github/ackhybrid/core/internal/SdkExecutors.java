package io.github.ackhybrid.core.internal;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The few threads the SDK itself owns, shared by every client in the JVM and created on first use:
 * one scheduler that times retries, waiter polls and credential refreshes (it only hands work on,
 * never runs user code or I/O), and a small pool that completes asynchronous results. All are
 * daemon threads named {@code ackhybrid-*}, so they never keep a JVM alive, and each ends after a
 * minute without work, so a program that closed its clients is left with none of them.
 */
public final class SdkExecutors {
  private static final long IDLE_THREAD_LIFETIME_SECONDS = 60;

  private SdkExecutors() {}

  private static final class Holder {
    static final ScheduledExecutorService SCHEDULER = newScheduler();
    static final ExecutorService COMPLETION = newCompletionPool();
  }

  /**
   * Returns the shared scheduler for delayed work: retry backoff, waiter intervals, refreshes.
   * Tasks scheduled on it must be short and must not block.
   *
   * @return the shared scheduler
   */
  public static ScheduledExecutorService scheduler() {
    return Holder.SCHEDULER;
  }

  /**
   * Returns the shared pool that completes asynchronous results when the user configured none.
   *
   * @return the shared completion executor
   */
  public static Executor completion() {
    return Holder.COMPLETION;
  }

  /**
   * Returns a thread factory that makes daemon threads named {@code prefix-N}.
   *
   * @param prefix the name prefix, e.g. {@code ackhybrid-http}
   * @return the factory
   */
  public static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger counter = new AtomicInteger();
    return runnable -> {
      Thread t = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  private static ScheduledExecutorService newScheduler() {
    ScheduledThreadPoolExecutor scheduler =
        new ScheduledThreadPoolExecutor(1, daemonThreads("ackhybrid-scheduler"));
    scheduler.setRemoveOnCancelPolicy(true);
    // Once every client is closed the thread ends after a minute of idleness, like OkHttp's own.
    // The JDK's caution about core threads timing out concerns pools whose last thread could leave
    // while a delayed task is queued; ThreadPoolExecutor.getTask never lets the last worker exit
    // while the queue holds a task, and schedule() starts a new worker when none is left.
    scheduler.setKeepAliveTime(IDLE_THREAD_LIFETIME_SECONDS, TimeUnit.SECONDS);
    scheduler.allowCoreThreadTimeOut(true);
    return scheduler;
  }

  private static ExecutorService newCompletionPool() {
    // Completing a future runs the user's dependent stages, which may be slow; a few threads keep
    // one slow callback from stalling every other result. Idle threads die after a minute.
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, IDLE_THREAD_LIFETIME_SECONDS, TimeUnit.SECONDS,
        new LinkedBlockingQueue<>(), daemonThreads("ackhybrid-completion"));
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }
}
