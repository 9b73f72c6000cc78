package io.github.ackhybrid.benchmarks;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How much of each figure to run. The full run is what {@code run.sh} starts; the smoke settings
 * run every path for a handful of calls, in one JVM, so the code is exercised by the unit tests.
 *
 * @param warmupCalls single-thread calls before measuring, per round
 * @param measuredCalls single-thread calls measured, per round
 * @param rounds rounds of SDK and baseline, alternating which goes first
 * @param warmupMillis throughput warm-up, before the first of up to three alternating rounds
 * @param measureMillis throughput measuring window, per round and side
 * @param syncCallers blocking callers for the throughput figure
 * @param asyncInFlight asynchronous calls kept in flight
 * @param coldRuns fresh JVMs per side for the cold-start figure
 * @param scaleCalls asynchronous calls in the scale run
 * @param scaleConcurrency the SDK's {@code maxConcurrency} in the scale run
 * @param latencyMillis how long the slow server port waits
 * @param listSize how many nodes and clusters the server's lists hold
 * @param pageSize items per page in the paging run
 * @param onboardServers simulated servers in the onboarding run
 * @param inProcess run the server and the child programs in this JVM (smoke runs only)
 * @param footprintClassPath the runtime class path of {@code sdk-nodepool}, when known
 * @param figures which figures to run ({@code per-call}, {@code throughput}, {@code cold-start},
 *     {@code scale}, {@code paging}, {@code onboarding}, {@code footprint}); empty for all
 */
public record BenchSettings(
    int warmupCalls,
    int measuredCalls,
    int rounds,
    int warmupMillis,
    int measureMillis,
    int syncCallers,
    int asyncInFlight,
    int coldRuns,
    int scaleCalls,
    int scaleConcurrency,
    int latencyMillis,
    int listSize,
    int pageSize,
    int onboardServers,
    boolean inProcess,
    Optional<String> footprintClassPath,
    Set<String> figures) {

  /**
   * Says whether a figure is to be run.
   *
   * @param figure the figure's name
   * @return true if selected
   */
  public boolean runs(String figure) {
    return figures.isEmpty() || figures.contains(figure);
  }

  /**
   * Reads the settings of a full run, each overridable by an option of the same name in
   * kebab case (e.g. {@code --measured-calls 5000}); {@code --footprint-classpath} names a file
   * holding the class path to measure.
   *
   * @param options the command-line options
   * @param footprintClassPath the class path read from that file, if given
   * @return the settings
   */
  static BenchSettings from(Options options, Optional<String> footprintClassPath) {
    return new BenchSettings(
        options.intValue("warmup-calls", 20_000),
        options.intValue("measured-calls", 20_000),
        options.intValue("rounds", 5),
        options.intValue("warmup-millis", 3_000),
        options.intValue("measure-millis", 5_000),
        options.intValue("sync-callers", 16),
        options.intValue("async-in-flight", 256),
        options.intValue("cold-runs", 5),
        options.intValue("scale-calls", 10_000),
        options.intValue("scale-concurrency", 10),
        options.intValue("latency-millis", 200),
        options.intValue("list-size", 5_000),
        options.intValue("page-size", 100),
        options.intValue("onboard-servers", 1_000),
        false,
        footprintClassPath,
        Arrays.stream(options.value("only", "").split(",")).map(String::trim).filter(f -> !f.isEmpty())
            .collect(Collectors.toUnmodifiableSet()));
  }

  /**
   * Returns settings that run every path briefly in one JVM.
   *
   * @return the smoke settings
   */
  public static BenchSettings smoke() {
    return new BenchSettings(5, 20, 2, 20, 100, 4, 8, 1, 40, 4, 5, 250, 50, 20, true, Optional.empty(), Set.of());
  }
}
