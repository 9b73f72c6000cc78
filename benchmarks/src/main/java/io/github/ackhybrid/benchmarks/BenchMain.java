package io.github.ackhybrid.benchmarks;

import io.github.ackhybrid.benchmarks.baseline.RawClient;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The benchmark launcher: starts {@link BenchServer} in a JVM of its own, measures the SDK and the
 * hand-written baseline ({@link RawClient}) side by side in this JVM, starts fresh JVMs for the
 * cold-start, scale and paging figures, and prints one table of SDK / baseline / ratio from this
 * one run. {@code benchmarks/run.sh} builds the class path and starts it.
 *
 * <p>Options: every field of {@link BenchSettings} in kebab case, {@code --footprint-classpath
 * FILE} (the runtime class path of {@code sdk-nodepool}, one line) and {@code --out FILE} (where to
 * write the report besides standard output).
 */
public final class BenchMain {
  private static final double MIB = 1024.0 * 1024.0;

  private BenchMain() {}

  /**
   * Runs the benchmarks.
   *
   * @param args the options
   * @throws Exception if a benchmark fails
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Optional<String> footprint = Optional.ofNullable(options.value("footprint-classpath", null))
        .map(file -> read(Path.of(file)));
    String report = run(BenchSettings.from(options, footprint), System.err::println);
    System.out.print(report);
    String out = options.value("out", null);
    if (out != null) {
      Path path = Path.of(out);
      if (path.getParent() != null) {
        Files.createDirectories(path.getParent());
      }
      Files.writeString(path, report);
    }
  }

  /**
   * Runs every figure and returns the report.
   *
   * @param settings how much to run
   * @param progress receives a line as each figure starts
   * @return the report: machine, table, details
   * @throws Exception if a benchmark fails
   */
  public static String run(BenchSettings settings, Consumer<String> progress) throws Exception {
    Table table = new Table();
    List<String> details = new ArrayList<>();
    double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    try (Endpoints server = Endpoints.start(settings)) {
      if (settings.runs("per-call") || settings.runs("throughput")) {
        perCallAndThroughput(settings, server.fast(), table, progress);
      }
      if (settings.runs("cold-start")) {
        coldStart(settings, server.fast(), table, progress);
      }
      if (settings.runs("scale")) {
        scale(settings, server.slow(), table, details, progress);
      }
      if (settings.runs("paging")) {
        paging(settings, server.fast(), table, details, progress);
      }
      if (settings.runs("onboarding")) {
        onboarding(settings, table, details, progress);
      }
    }
    if (settings.runs("footprint")) {
      footprint(settings, table, details);
    }

    StringBuilder report = new StringBuilder();
    report.append("# ackhybrid SDK benchmarks, ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append("\n\n");
    report.append("machine: ").append(machine()).append('\n');
    report.append(String.format(Locale.ROOT, "load average: %.2f at start, %.2f at end (other work on the machine"
        + " inflates wall-clock figures; CPU and allocation per call are measured per thread)%n", loadBefore,
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
    report.append("server: BenchServer in ").append(settings.inProcess() ? "this JVM (smoke run)" : "a separate JVM")
        .append(" on loopback, TCP_NODELAY, keep-alive\n");
    report.append("settings: ").append(settings.toString().replaceFirst("^BenchSettings", "")
        .replaceAll("footprintClassPath=Optional\\[.*]", "footprintClassPath=given")).append("\n\n");
    report.append(table.render()).append('\n');
    details.forEach(d -> report.append(d).append('\n'));
    return report.toString();
  }

  private static void perCallAndThroughput(BenchSettings s, URI endpoint, Table table, Consumer<String> progress)
      throws Exception {
    int concurrency = Math.max(s.asyncInFlight(), s.syncCallers());
    try (ClusterClient clusters = ClusterClient.create(Clients.sdkConfig(endpoint, concurrency));
         NodePoolClient pools = NodePoolClient.create(Clients.sdkConfig(endpoint, concurrency));
         RawClient rawClient = Clients.baseline(endpoint, concurrency)) {
      Map<String, Caller[]> operations = new LinkedHashMap<>();
      operations.put("DescribeClusterNodePools (16 KB)",
          new Caller[] {Clients.sdkNodePools(pools), Clients.baselineNodePools(rawClient)});
      operations.put("DescribeClusterDetail",
          new Caller[] {Clients.sdkClusterDetail(clusters), Clients.baselineClusterDetail(rawClient)});
      for (Map.Entry<String, Caller[]> operation : operations.entrySet()) {
        String op = operation.getKey();
        Caller sdk = operation.getValue()[0];
        Caller baseline = operation.getValue()[1];
        if (s.runs("per-call")) {
          perCall(s, op, sdk, baseline, table, progress);
        }
        if (s.runs("throughput")) {
          throughput(s, op, sdk, baseline, table, progress);
        }
      }
    }
  }

  private static void throughput(BenchSettings s, String op, Caller sdk, Caller baseline, Table table,
      Consumer<String> progress) throws Exception {
    long warmup = TimeUnit.MILLISECONDS.toNanos(s.warmupMillis());
    long window = TimeUnit.MILLISECONDS.toNanos(s.measureMillis());
    int rounds = Math.min(3, s.rounds());
    progress.accept("throughput, " + s.syncCallers() + " blocking callers: " + op);
    double[] sdkSync = new double[rounds];
    double[] baseSync = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      // Warm up in the first round only; alternate which side goes first, as for the per-call rounds.
      long w = r == 0 ? warmup : 0;
      if (r % 2 == 0) {
        sdkSync[r] = Throughput.sync(sdk, s.syncCallers(), w, window);
        baseSync[r] = Throughput.sync(baseline, s.syncCallers(), w, window);
      } else {
        baseSync[r] = Throughput.sync(baseline, s.syncCallers(), w, window);
        sdkSync[r] = Throughput.sync(sdk, s.syncCallers(), w, window);
      }
    }
    table.compare(op + ": throughput, " + s.syncCallers() + " sync callers (median of " + rounds + ")",
        median(sdkSync), median(baseSync), "calls/s", 0.85, false);

    progress.accept("throughput, " + s.asyncInFlight() + " async in flight: " + op);
    double[] sdkAsync = new double[rounds];
    double[] baseAsync = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long w = r == 0 ? warmup : 0;
      if (r % 2 == 0) {
        sdkAsync[r] = Throughput.async(sdk, s.asyncInFlight(), w, window);
        baseAsync[r] = Throughput.async(baseline, s.asyncInFlight(), w, window);
      } else {
        baseAsync[r] = Throughput.async(baseline, s.asyncInFlight(), w, window);
        sdkAsync[r] = Throughput.async(sdk, s.asyncInFlight(), w, window);
      }
    }
    table.compare(op + ": throughput, " + s.asyncInFlight() + " async in flight (median of " + rounds + ")",
        median(sdkAsync), median(baseAsync), "calls/s", Double.NaN, false);
  }

  private static void perCall(BenchSettings s, String op, Caller sdk, Caller baseline, Table table,
      Consumer<String> progress) throws Exception {
    progress.accept("per call, single thread: " + op);
    CallCost[] sdkRounds = new CallCost[s.rounds()];
    CallCost[] baseRounds = new CallCost[s.rounds()];
    for (int r = 0; r < s.rounds(); r++) {
      if (r % 2 == 0) {
        sdkRounds[r] = CostMeter.measure(sdk, s.warmupCalls(), s.measuredCalls());
        baseRounds[r] = CostMeter.measure(baseline, s.warmupCalls(), s.measuredCalls());
      } else {
        baseRounds[r] = CostMeter.measure(baseline, s.warmupCalls(), s.measuredCalls());
        sdkRounds[r] = CostMeter.measure(sdk, s.warmupCalls(), s.measuredCalls());
      }
    }
    CallCost sdkCost = CallCost.combine(sdkRounds);
    CallCost baseCost = CallCost.combine(baseRounds);
    table.compare(op + ": client CPU per call", sdkCost.cpuNanosPerCall() / 1e3, baseCost.cpuNanosPerCall() / 1e3,
        "µs", 1.2, true);
    table.compare(op + ": allocation per call", sdkCost.bytesPerCall() / 1024, baseCost.bytesPerCall() / 1024,
        "KiB", 1.5, true);
    table.compare(op + ": latency p50", sdkCost.percentile(50) / 1e3, baseCost.percentile(50) / 1e3, "µs", 1.2, true);
    table.compare(op + ": latency p99", sdkCost.percentile(99) / 1e3, baseCost.percentile(99) / 1e3, "µs",
        Double.NaN, true);
  }

  private static void coldStart(BenchSettings s, URI endpoint, Table table, Consumer<String> progress)
      throws Exception {
    progress.accept("cold start, " + s.coldRuns() + " fresh JVMs per side");
    long[] sdk = new long[s.coldRuns()];
    long[] baseline = new long[s.coldRuns()];
    for (int i = 0; i < s.coldRuns(); i++) {
      // Alternate the sides so that a warming disk cache or a busy moment does not favour one.
      sdk[i] = coldStart("sdk", endpoint, s.inProcess());
      baseline[i] = coldStart("baseline", endpoint, s.inProcess());
    }
    table.compare("cold start to first call (median of " + s.coldRuns() + ")", median(sdk) / 1e6,
        median(baseline) / 1e6, "ms", 1.15, true);
  }

  private static long coldStart(String side, URI endpoint, boolean inProcess) throws Exception {
    long start = System.nanoTime();
    if (inProcess) {
      ColdStart.firstCall(side, endpoint);
      return System.nanoTime() - start;
    }
    try (ChildJvm child = ChildJvm.start(List.of(), ColdStart.class,
        List.of("--side", side, "--endpoint", endpoint.toString()))) {
      child.awaitLine("OK ");
      return System.nanoTime() - start;
    }
  }

  private static void scale(BenchSettings s, URI slow, Table table, List<String> details, Consumer<String> progress)
      throws Exception {
    progress.accept("scale: " + s.scaleCalls() + " async calls, server latency " + s.latencyMillis()
        + " ms, maxConcurrency " + s.scaleConcurrency() + ", -Xmx256m");
    Map<String, String> r = s.inProcess()
        ? ScaleRun.run(slow, s.scaleCalls(), s.scaleConcurrency(), Duration.ofMillis(s.latencyMillis()))
        : child(List.of("-Xmx256m"), ScaleRun.class, List.of("--endpoint", slow.toString(),
            "--calls", String.valueOf(s.scaleCalls()), "--concurrency", String.valueOf(s.scaleConcurrency()),
            "--latency-ms", String.valueOf(s.latencyMillis())));
    long calls = Long.parseLong(r.get("calls"));
    long completed = Long.parseLong(r.get("completed"));
    double wall = Long.parseLong(r.get("wallMillis")) / 1000.0;
    double floor = s.latencyMillis() / 1000.0 * calls / s.scaleConcurrency();
    int threads = Integer.parseInt(r.get("sdkThreadsPeak"));
    String scale = String.format(Locale.ROOT, "scale (%,d async, latency %d ms, maxConcurrency %d, -Xmx256m)",
        calls, s.latencyMillis(), s.scaleConcurrency());
    table.single(scale + ": completed", String.format(Locale.ROOT, "%,d of %,d (%s failed)", completed, calls,
        r.get("failed")), "all", completed == calls ? "met" : "MISSED");
    table.single(scale + ": wall time", String.format(Locale.ROOT, "%.1f s (floor %.1f s, %.2fx)", wall, floor,
        wall / floor), "close to floor", "");
    table.single(scale + ": SDK threads at peak", String.valueOf(threads), "<= 16", threads <= 16 ? "met" : "MISSED");
    table.single(scale + ": heap high-water", String.format(Locale.ROOT, "%.0f MiB of %.0f MiB",
        Long.parseLong(r.get("heapPeakBytes")) / MIB, Long.parseLong(r.get("maxHeapBytes")) / MIB), "no OOM", "");
    details.add("scale: SDK threads seen: " + r.get("sdkThreadKinds")
        + (r.containsKey("firstFailure") ? "; first failure: " + r.get("firstFailure") : ""));
  }

  private static void paging(BenchSettings s, URI endpoint, Table table, List<String> details,
      Consumer<String> progress) throws Exception {
    progress.accept("paging: " + s.listSize() + " items, " + s.pageSize() + " per page");
    Map<String, String> r = s.inProcess()
        ? PagingRun.run(endpoint, s.listSize(), s.pageSize())
        : child(List.of("-Xmx64m"), PagingRun.class, List.of("--endpoint", endpoint.toString(),
            "--items", String.valueOf(s.listSize()), "--page-size", String.valueOf(s.pageSize())));
    String figure = String.format(Locale.ROOT, "paging (%s nodes, %d per page, -Xmx64m)", r.get("items"), s.pageSize());
    table.single(figure + ": live heap growth while walking", String.format(Locale.ROOT, "%.1f MiB",
        Long.parseLong(r.get("liveGrowthWalkingBytes")) / MIB), "one page", "");
    table.single(figure + ": live heap holding the whole list", String.format(Locale.ROOT, "%.1f MiB",
        Long.parseLong(r.get("liveGrowthHoldingAllBytes")) / MIB), "", "");
    table.single(figure + ": wall time", r.get("walkMillis") + " ms for " + r.get("pages") + " pages", "", "");
  }

  private static void onboarding(BenchSettings s, Table table, List<String> details, Consumer<String> progress)
      throws Exception {
    progress.accept("onboarding: " + s.onboardServers() + " servers into a hybrid pool of the CloudSimulator");
    Map<String, String> r = s.inProcess()
        ? OnboardRun.run(s.onboardServers(), Duration.ofMillis(50), CloudSimulator.TEST_SPEED)
        : child(List.of(), OnboardRun.class, List.of("--servers", String.valueOf(s.onboardServers())));
    String figure = String.format(Locale.ROOT, "onboarding (%s servers, simulator hybrid pool, poll %s ms)",
        r.get("servers"), r.get("pollMillis"));
    boolean all = r.get("joined").equals(r.get("servers"));
    table.single(figure + ": joined", r.get("joined") + " (failed " + r.get("failed") + ", timed out "
        + r.get("timedOut") + ")", "all", all ? "met" : "MISSED");
    table.single(figure + ": wall time", String.format(Locale.ROOT, "%.1f s", Long.parseLong(r.get("wallMillis")) / 1e3),
        "", "");
    table.single(figure + ": SDK threads at peak", r.get("sdkThreadsPeak"), "a handful", "");
    details.add("onboarding: SDK threads seen: " + r.get("sdkThreadKinds"));
  }

  private static void footprint(BenchSettings s, Table table, List<String> details) throws IOException {
    if (s.footprintClassPath().isEmpty()) {
      details.add("footprint: not measured (no --footprint-classpath given)");
      return;
    }
    Footprint f = Footprint.of(s.footprintClassPath().get());
    table.single("runtime footprint of sdk-nodepool", String.format(Locale.ROOT, "%d jars, %.1f MiB",
        f.jars().size(), f.bytes() / MIB), "lean", "");
    details.add("footprint jars: " + String.join(", ", f.jars()));
  }

  private static Map<String, String> child(List<String> jvmOptions, Class<?> main, List<String> args)
      throws IOException {
    try (ChildJvm child = ChildJvm.start(jvmOptions, main, args)) {
      Map<String, String> values = new LinkedHashMap<>();
      for (String line : child.remainingLines()) {
        int eq = line.indexOf('=');
        if (eq > 0) {
          values.put(line.substring(0, eq), line.substring(eq + 1));
        }
      }
      if (values.isEmpty()) {
        throw new IOException(main.getSimpleName() + " printed no results");
      }
      return values;
    }
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static String machine() {
    com.sun.management.OperatingSystemMXBean os =
        (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    return String.format(Locale.ROOT, "%d CPUs, %.1f GiB RAM, %s %s, %s %s", Runtime.getRuntime().availableProcessors(),
        os.getTotalMemorySize() / MIB / 1024, System.getProperty("os.name"), System.getProperty("os.arch"),
        System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file).trim();
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Where the benchmark server listens, in this JVM or in its own. */
  private interface Endpoints extends AutoCloseable {
    URI fast();

    URI slow();

    @Override
    void close() throws IOException;

    static Endpoints start(BenchSettings s) throws IOException {
      List<String> args = List.of("--latency-ms", String.valueOf(s.latencyMillis()),
          "--list-size", String.valueOf(s.listSize()));
      if (s.inProcess()) {
        BenchServer server = BenchServer.start(Duration.ofMillis(s.latencyMillis()), s.listSize());
        return new Endpoints() {
          @Override
          public URI fast() {
            return server.fastEndpoint();
          }

          @Override
          public URI slow() {
            return server.slowEndpoint();
          }

          @Override
          public void close() throws IOException {
            server.close();
          }
        };
      }
      ChildJvm child = ChildJvm.start(List.of("-Xmx512m"), BenchServer.class, args);
      String[] ready = child.awaitLine("READY ").split(" ");
      URI fast = URI.create("http://127.0.0.1:" + ready[1]);
      URI slow = URI.create("http://127.0.0.1:" + ready[2]);
      return new Endpoints() {
        @Override
        public URI fast() {
          return fast;
        }

        @Override
        public URI slow() {
          return slow;
        }

        @Override
        public void close() {
          child.close();
        }
      };
    }
  }
}
