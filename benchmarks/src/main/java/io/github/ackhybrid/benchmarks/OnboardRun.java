package io.github.ackhybrid.benchmarks;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The onboarding program: many simulated servers onboarded into a hybrid pool with
 * {@code onboardServers}. "Running" a server's attach script is one call to the benchmark server's
 * {@code /bench/join}, made with the JDK's HTTP client so that its threads are not counted as the
 * SDK's; the server then lists that server as a {@code Ready} node of the pool. Reports whether all
 * joined, the wall time and the most SDK threads alive at once.
 */
public final class OnboardRun {
  private OnboardRun() {}

  /**
   * Runs the onboarding and prints {@code key=value} lines. Options: {@code --endpoint URI},
   * {@code --servers N} (default 1000), {@code --poll-millis N} (default 500).
   *
   * @param args the options
   */
  public static void main(String[] args) {
    Options options = Options.parse(args);
    run(URI.create(options.value("endpoint", "")), options.intValue("servers", 1000),
        Duration.ofMillis(options.intValue("poll-millis", 500)))
        .forEach((k, v) -> System.out.println(k + "=" + v));
  }

  /**
   * Onboards the servers and waits for the report.
   *
   * @param endpoint the benchmark server
   * @param servers how many servers
   * @param pollInterval how often the SDK lists the pool's nodes
   * @return the figures, in print order
   */
  public static Map<String, String> run(URI endpoint, int servers, Duration pollInterval) {
    List<ServerSpec> specs = new ArrayList<>(servers);
    for (int i = 1; i <= servers; i++) {
      specs.add(ServerSpec.builder().name(String.format("srv-%05d", i)).build());
    }
    HttpClient remote = HttpClient.newHttpClient();
    ServerRunner runner = (server, script) -> remote.sendAsync(HttpRequest.newBuilder(
        URI.create(endpoint + "/bench/join?name=" + server.name())).POST(HttpRequest.BodyPublishers.noBody()).build(),
        HttpResponse.BodyHandlers.discarding());
    CloudConfig config = Clients.sdkConfig(endpoint, 16).toBuilder().pollInterval(pollInterval).build();

    Map<String, String> out = new LinkedHashMap<>();
    try (ThreadSampler threads = new ThreadSampler();
         NodePoolClient pools = NodePoolClient.create(config)) {
      long start = System.nanoTime();
      OnboardingReport report = pools.onboardServers(Payloads.CLUSTER_ID, BenchServer.HYBRID_POOL_ID, specs, runner)
          .join();
      long wallNanos = System.nanoTime() - start;
      out.put("servers", String.valueOf(servers));
      out.put("joined", String.valueOf(report.joined().size()));
      out.put("failed", String.valueOf(report.failed().size()));
      out.put("timedOut", String.valueOf(report.timedOut().size()));
      out.put("wallMillis", String.valueOf(TimeUnit.NANOSECONDS.toMillis(wallNanos)));
      out.put("pollMillis", String.valueOf(pollInterval.toMillis()));
      out.put("sdkThreadsPeak", String.valueOf(threads.peak()));
      out.put("sdkThreadKinds", threads.kinds());
    }
    return out;
  }
}
