package io.github.ackhybrid.benchmarks;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the SDK's threads while a run goes on: every 20 ms, the live threads whose names start
 * with {@code ackhybrid-} (the SDK's own), {@code OkHttp} (OkHttp's, including the SDK's HTTP
 * threads while OkHttp has renamed them for a call) or {@code Okio Watchdog} (the thread that times
 * out the SDK's calls). Keeps the highest count and the kinds seen.
 */
final class ThreadSampler implements AutoCloseable {
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "bench-sampler");
    t.setDaemon(true);
    return t;
  });
  private final AtomicInteger peak = new AtomicInteger();
  private final Set<String> kinds = new TreeSet<>();

  ThreadSampler() {
    timer.scheduleAtFixedRate(this::sample, 0, 20, TimeUnit.MILLISECONDS);
  }

  static boolean isSdkThread(String name) {
    return name.startsWith("ackhybrid-") || name.startsWith("OkHttp") || name.startsWith("Okio Watchdog");
  }

  int peak() {
    sample();
    return peak.get();
  }

  String kinds() {
    synchronized (kinds) {
      return String.join(",", kinds);
    }
  }

  private void sample() {
    int count = 0;
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (isSdkThread(t.getName())) {
        count++;
        synchronized (kinds) {
          kinds.add(t.getName().startsWith("OkHttp http") ? "OkHttp <url> (an HTTP thread in a call)"
              : t.getName().replaceAll("-?\\d+$", "-N"));
        }
      }
    }
    peak.accumulateAndGet(count, Math::max);
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
