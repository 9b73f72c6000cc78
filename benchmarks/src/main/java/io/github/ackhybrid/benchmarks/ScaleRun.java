package io.github.ackhybrid.benchmarks;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;

/**
 * The scale program: many asynchronous {@code DescribeClusterDetail} calls started at once
 * against a server that answers after a fixed latency, through one SDK client whose concurrency
 * limit is far below the number of calls. It reports whether all completed, the wall time, the
 * most SDK threads alive at once (names starting {@code ackhybrid-} or {@code OkHttp}) and the
 * heap high-water mark. Run it in a JVM of its own with a small heap ({@code -Xmx256m}).
 */
public final class ScaleRun {
  private ScaleRun() {}

  /**
   * Runs the scale test and prints {@code key=value} lines. Options: {@code --endpoint URI},
   * {@code --calls N} (default 10000), {@code --concurrency N} (default 16), {@code --latency-ms N}
   * (the server's latency, default 200).
   *
   * @param args the options
   * @throws Exception if the run cannot start
   */
  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Map<String, String> result = run(URI.create(options.value("endpoint", "")),
        options.intValue("calls", 10_000), options.intValue("concurrency", 16),
        Duration.ofMillis(options.intValue("latency-ms", 200)));
    result.forEach((k, v) -> System.out.println(k + "=" + v));
  }

  /**
   * Starts every call at once and waits for all of them.
   *
   * @param endpoint the slow server
   * @param calls how many calls
   * @param concurrency the SDK's {@code maxConcurrency}
   * @param latency how long the server takes to answer
   * @return the figures, in print order
   * @throws Exception if the run cannot start
   */
  public static Map<String, String> run(URI endpoint, int calls, int concurrency, Duration latency)
      throws Exception {
    System.gc();
    List<MemoryPoolMXBean> heap = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
        heap.add(pool);
      }
    }
    ThreadSampler threads = new ThreadSampler();
    LongAdder ok = new LongAdder();
    List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
    CountDownLatch done = new CountDownLatch(calls);
    long start = System.nanoTime();
    // The call timeout covers the whole call, the wait for a free slot included: the last of the
    // calls waits about calls x latency / concurrency, far beyond the default of 60 s.
    Duration lastCallWaits = latency.multipliedBy(calls).dividedBy(concurrency);
    CloudConfig config = Clients.sdkConfig(endpoint, concurrency).toBuilder()
        .callTimeout(lastCallWaits.multipliedBy(2).plusMinutes(1))
        .build();
    try (ClusterClient client = ClusterClient.create(config)) {
      // Results are counted and dropped as they arrive, so the heap holds only what is in flight.
      for (int i = 0; i < calls; i++) {
        client.async().describeCluster(Payloads.CLUSTER_ID).whenComplete((cluster, error) -> {
          if (error == null && cluster.id().equals(Payloads.CLUSTER_ID)) {
            ok.increment();
          } else {
            failures.add(error != null ? error : new IllegalStateException("wrong cluster " + cluster.id()));
          }
          done.countDown();
        });
      }
      done.await();
    }
    long wallNanos = System.nanoTime() - start;
    int peakThreads = threads.peak();
    threads.close();
    long heapPeak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();

    Map<String, String> out = new LinkedHashMap<>();
    out.put("calls", String.valueOf(calls));
    out.put("completed", String.valueOf(ok.sum()));
    out.put("failed", String.valueOf(failures.size()));
    if (!failures.isEmpty()) {
      out.put("firstFailure", String.valueOf(failures.get(0)));
    }
    out.put("wallMillis", String.valueOf(TimeUnit.NANOSECONDS.toMillis(wallNanos)));
    out.put("sdkThreadsPeak", String.valueOf(peakThreads));
    out.put("sdkThreadKinds", threads.kinds());
    out.put("heapPeakBytes", String.valueOf(heapPeak));
    out.put("maxHeapBytes", String.valueOf(Runtime.getRuntime().maxMemory()));
    return out;
  }
}
