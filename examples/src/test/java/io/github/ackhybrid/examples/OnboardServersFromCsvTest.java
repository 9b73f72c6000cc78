package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerOutcome;
import io.github.ackhybrid.nodepool.model.ServerResult;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OnboardServersFromCsvTest {

  @Test
  void everyServerOfTheFileJoinsThePoolAndIsReported(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("servers.csv"), """
        hostname,ip,labels
        # rack A
        idc-gpu-01,10.20.0.11,rack=a1;example.com/gpu=a100

        idc-gpu-02,10.20.0.12
        idc-gpu-03,10.20.0.13,
        """);

    Program onboarding = Program.run(OnboardServersFromCsv::run, csv.toString(), "--concurrency", "2");

    assertEquals(0, onboarding.status, onboarding.out);
    assertTrue(onboarding.out.contains("Onboarding 3 servers into pool np"), onboarding.out);
    assertTrue(onboarding.out.contains("at most 2 at a time"), onboarding.out);
    assertTrue(onboarding.out.contains("idc-gpu-01: JOINED as idc-gpu-01  labels to apply: rack=a1,example.com/gpu=a100"),
        onboarding.out);
    assertTrue(onboarding.out.contains("idc-gpu-03: JOINED as idc-gpu-03"), onboarding.out);
    assertTrue(onboarding.out.contains("3 of 3 joined, 0 failed, 0 timed out"), onboarding.out);
  }

  @Test
  void everyInvalidLineIsReportedWithItsNumberAndNothingIsOnboarded(@TempDir Path dir) throws IOException {
    Path csv = Files.writeString(dir.resolve("servers.csv"), """
        idc-1,10.0.0.1
        idc-2,10.0.0.300x
        idc-3
        idc-1,10.0.0.4
        idc-5,10.0.0.1
        idc-6,10.0.0.6,rack
        idc-7,10.0.0.7,rack=a b
        idc-8,10.0.0.8
        """);

    Program onboarding = Program.run(OnboardServersFromCsv::run, csv.toString());

    assertEquals(2, onboarding.status, onboarding.out);
    for (String error : List.of("line 2: server.address must be an IPv4 or IPv6 address",
        "line 3: line must be hostname,ip[,labels], had 1 columns", "line 4: hostname repeats line 1: idc-1",
        "line 5: ip repeats line 1: 10.0.0.1", "line 6: labels must be key=value pairs",
        "line 7: labels.rack must be empty or 1-63 characters", "6 invalid lines", "Nothing was onboarded")) {
      assertTrue(onboarding.out.contains(error), "missing \"" + error + "\" in\n" + onboarding.out);
    }
    assertTrue(onboarding.out.lines().noneMatch(l -> l.startsWith("line 1:") || l.startsWith("line 8:")),
        "valid lines are not reported\n" + onboarding.out);
  }

  @Test
  void aServerWhoseScriptFailsIsReportedAndTheOthersStillJoin() {
    try (CloudSimulator sim = CloudSimulator.builder().demoSpeed().start();
        ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build());
        NodePoolClient pools = NodePoolClient.create(sim.cloudConfig().build())) {
      OnboardServersFromCsv.Pool pool = OnboardServersFromCsv.simulatedHybridPool(clusters, pools);
      List<ServerSpec> servers = List.of(ServerSpec.of("idc-a", "10.1.0.1"), ServerSpec.of("idc-b", "10.1.0.2"),
          ServerSpec.of("idc-c", "10.1.0.3"));
      ServerRunner runner = (server, script) -> {
        if (server.name().equals("idc-b")) {
          return CompletableFuture.failedFuture(new IllegalStateException("ssh: connection refused"));
        }
        sim.runAttachScript(script.command(), server.hostname(), server.address().orElseThrow());
        return CompletableFuture.completedFuture(null);
      };
      OnboardingOptions options = OnboardingOptions.builder().timeout(Duration.ofMinutes(2))
          .script(s -> s.expiresIn(Duration.ofDays(7))).build();
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();

      OnboardingReport report = OnboardServersFromCsv.onboard(pools, pool.clusterId(), pool.poolId(), servers, runner,
          options, new PrintStream(bytes, true, StandardCharsets.UTF_8));

      String out = bytes.toString(StandardCharsets.UTF_8);
      assertEquals(List.of(ServerOutcome.JOINED, ServerOutcome.FAILED, ServerOutcome.JOINED),
          report.results().stream().map(ServerResult::outcome).toList(), out);
      assertTrue(out.contains("idc-b: FAILED (") && out.contains("connection refused"), out);
      assertTrue(out.contains("2 of 3 joined, 1 failed, 0 timed out"), out);
      assertTrue(out.contains("[1/3]") && out.contains("[3/3]"), "progress is printed per server\n" + out);
    }
  }

  @Test
  void aMissingFileOrPoolIsRefusedWithTheUsage(@TempDir Path dir) {
    Program missing = Program.run(OnboardServersFromCsv::run, dir.resolve("absent.csv").toString());
    Program noPool = Program.run(OnboardServersFromCsv::run, "servers.csv", "--real", "--cluster", "c1");

    assertEquals(2, missing.status);
    assertTrue(missing.out.contains("usage: OnboardServersFromCsv"), missing.out);
    assertEquals(2, noPool.status);
    assertTrue(noPool.out.contains("--cluster and --pool are required with --real"), noPool.out);
  }
}
