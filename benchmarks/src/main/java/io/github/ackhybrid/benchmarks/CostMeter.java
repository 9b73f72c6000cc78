package io.github.ackhybrid.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * Measures calls made one after another on the current thread: warm-up first, then the thread's
 * CPU time and allocated bytes across the measured calls, and each call's latency. The server runs
 * in another JVM, so the thread's CPU time is the client's cost alone; a blocking OkHttp call does
 * all its work on the calling thread.
 */
public final class CostMeter {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static volatile int sink;

  private CostMeter() {}

  /**
   * Warms up, then measures.
   *
   * @param caller the call
   * @param warmup calls made and not measured
   * @param calls calls measured
   * @return what the measured calls cost
   * @throws Exception if a call fails
   */
  public static CallCost measure(Caller caller, int warmup, int calls) throws Exception {
    for (int i = 0; i < warmup; i++) {
      consume(caller.call());
    }
    long[] latencies = new long[calls];
    long thread = Thread.currentThread().getId();
    long cpuBefore = THREADS.getCurrentThreadCpuTime();
    long bytesBefore = THREADS.getThreadAllocatedBytes(thread);
    for (int i = 0; i < calls; i++) {
      long start = System.nanoTime();
      consume(caller.call());
      latencies[i] = System.nanoTime() - start;
    }
    long cpu = THREADS.getCurrentThreadCpuTime() - cpuBefore;
    long bytes = THREADS.getThreadAllocatedBytes(thread) - bytesBefore;
    return new CallCost(cpu / (double) calls, bytes / (double) calls, latencies);
  }

  /** Keeps the JIT from proving a result unused. */
  private static void consume(Object result) {
    sink ^= System.identityHashCode(result);
  }
}
