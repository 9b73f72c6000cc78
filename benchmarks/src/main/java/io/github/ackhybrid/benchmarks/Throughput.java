package io.github.ackhybrid.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * Calls per second under load: many blocking callers, or one submitter keeping a fixed number of
 * asynchronous calls in flight. Each run warms up first and counts only calls that complete inside
 * the measured window; a failed call fails the run.
 */
public final class Throughput {
  private Throughput() {}

  /**
   * Runs blocking callers side by side.
   *
   * @param caller the call
   * @param threads how many callers
   * @param warmupNanos how long to run before counting
   * @param measureNanos how long to count
   * @return completed calls per second
   * @throws Exception if a call failed
   */
  public static double sync(Caller caller, int threads, long warmupNanos, long measureNanos) throws Exception {
    long start = System.nanoTime() + warmupNanos;
    long end = start + measureNanos;
    LongAdder completed = new LongAdder();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        try {
          long now;
          while ((now = System.nanoTime()) < end && failure.get() == null) {
            caller.call();
            if (now >= start) {
              completed.increment();
            }
          }
        } catch (Exception e) {
          failure.compareAndSet(null, e);
        }
      }, "bench-caller-" + i);
      workers.add(t);
      t.start();
    }
    for (Thread t : workers) {
      t.join();
    }
    rethrow(failure.get());
    return completed.sum() / (measureNanos / 1e9);
  }

  /**
   * Keeps a fixed number of asynchronous calls in flight from one submitting thread.
   *
   * @param caller the call
   * @param inFlight how many calls may be outstanding
   * @param warmupNanos how long to run before counting
   * @param measureNanos how long to count
   * @return completed calls per second
   * @throws Exception if a call failed
   */
  public static double async(Caller caller, int inFlight, long warmupNanos, long measureNanos) throws Exception {
    long start = System.nanoTime() + warmupNanos;
    long end = start + measureNanos;
    Semaphore permits = new Semaphore(inFlight);
    AtomicLong completed = new AtomicLong();
    AtomicReference<Throwable> failure = new AtomicReference<>();
    while (System.nanoTime() < end && failure.get() == null) {
      permits.acquire();
      caller.callAsync().whenComplete((value, error) -> {
        long now = System.nanoTime();
        if (error != null) {
          failure.compareAndSet(null, error);
        } else if (now >= start && now < end) {
          completed.incrementAndGet();
        }
        permits.release();
      });
    }
    permits.acquire(inFlight);
    rethrow(failure.get());
    return completed.get() / (measureNanos / 1e9);
  }

  private static void rethrow(Throwable failure) throws Exception {
    if (failure instanceof Exception) {
      throw (Exception) failure;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
  }
}
