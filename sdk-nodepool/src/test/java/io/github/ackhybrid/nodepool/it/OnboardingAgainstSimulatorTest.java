package io.github.ackhybrid.nodepool.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerOutcome;
import io.github.ackhybrid.nodepool.model.ServerResult;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Onboarding 200 data-centre servers into a hybrid pool of the simulator: every server joins
 * {@code Ready}, one whose script fails is reported, and the SDK does it with a bounded number of
 * threads.
 */
class OnboardingAgainstSimulatorTest {
  private static final int SERVERS = 200;
  private static CloudSimulator sim;

  // Onboarding's deadline and its scripts' validity are real durations; at demo speed a day-long
  // token outlives the run, where at test speed it would expire in simulated time within seconds.
  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().demoSpeed().start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  private static long sdkThreads() {
    return Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.getName().startsWith("ackhybrid-") || t.getName().startsWith("OkHttp")).count();
  }

  @Test
  void twoHundredServersJoinWithBoundedThreadsAndAPerServerReport() {
    CloudConfig config = sim.cloudConfig().build();
    try (ClusterClient clusters = ClusterClient.create(config); NodePoolClient pools = NodePoolClient.create(config)) {
      String clusterId = SimulatedHybridCluster.ready(clusters, pools, "pro-onboard");
      String poolId = pools.createHybridPool(clusterId, p -> p.name("idc-fleet")).id();
      pools.waiters().untilActive(clusterId, poolId, SimulatedHybridCluster.WAIT);
      List<ServerSpec> servers = new ArrayList<>();
      for (int i = 0; i < SERVERS; i++) {
        servers.add(ServerSpec.of("idc-" + i, "10.50." + (i / 250) + "." + (i % 250 + 1)));
      }
      AtomicInteger scriptsRun = new AtomicInteger();
      ServerRunner runner = (server, script) -> {
        scriptsRun.incrementAndGet();
        if (server.name().equals("idc-13")) {
          return CompletableFuture.failedFuture(new IllegalStateException("ssh: connection refused"));
        }
        sim.runAttachScript(script.command(), server.hostname(), server.address().orElseThrow());
        return CompletableFuture.completedFuture(null);
      };
      long threadsBefore = sdkThreads();
      AtomicInteger maxThreads = new AtomicInteger();
      OnboardingOptions options = OnboardingOptions.builder().maxConcurrency(16).batchSize(50)
          .timeout(Duration.ofMinutes(2))
          .script(s -> s.expiresIn(Duration.ofDays(1)))
          .onProgress(p -> maxThreads.accumulateAndGet((int) sdkThreads(), Math::max))
          .build();

      OnboardingReport report = pools.onboardServers(clusterId, poolId, servers, runner, options).join();

      assertEquals(SERVERS, report.results().size());
      assertEquals(SERVERS - 1, report.joined().size(), () -> report + " " + report.failed().stream().limit(3)
          .map(r -> r.server().name() + ": " + r.reason().orElse("")).toList());
      List<ServerResult> failed = report.failed();
      assertEquals(1, failed.size(), report.toString());
      assertEquals("idc-13", failed.get(0).server().name());
      assertEquals(ServerOutcome.FAILED, failed.get(0).outcome());
      assertEquals(SERVERS, scriptsRun.get());
      long ready = sim.nodes(clusterId).stream()
          .filter(n -> !n.path("is_aliyun_node").asBoolean() && n.path("node_status").asText().equals("Ready")).count();
      assertEquals(SERVERS - 1, ready);
      assertTrue(maxThreads.get() - threadsBefore <= 40,
          "SDK and HTTP threads stayed bounded: " + threadsBefore + " before, " + maxThreads.get() + " at most");
    }
  }
}
