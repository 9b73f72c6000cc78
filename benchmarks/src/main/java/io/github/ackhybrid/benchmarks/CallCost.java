package io.github.ackhybrid.benchmarks;

import java.util.Arrays;

/**
 * What a run of calls cost the calling thread: CPU time and heap allocation per call, and each
 * call's latency.
 *
 * @param cpuNanosPerCall thread CPU time per call
 * @param bytesPerCall bytes the thread allocated per call
 * @param latencies each call's wall time in nanoseconds
 */
public record CallCost(double cpuNanosPerCall, double bytesPerCall, long[] latencies) {

  /**
   * Combines rounds: the median round's CPU and allocation, and every round's latencies.
   *
   * @param rounds the rounds, at least one
   * @return the combined cost
   */
  public static CallCost combine(CallCost... rounds) {
    double[] cpu = Arrays.stream(rounds).mapToDouble(CallCost::cpuNanosPerCall).sorted().toArray();
    double[] bytes = Arrays.stream(rounds).mapToDouble(CallCost::bytesPerCall).sorted().toArray();
    long[] all = Arrays.stream(rounds).flatMapToLong(r -> Arrays.stream(r.latencies())).toArray();
    return new CallCost(cpu[cpu.length / 2], bytes[bytes.length / 2], all);
  }

  /**
   * Returns a latency percentile.
   *
   * @param percent for example 50 or 99
   * @return the latency in nanoseconds at that percentile
   */
  public long percentile(double percent) {
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
