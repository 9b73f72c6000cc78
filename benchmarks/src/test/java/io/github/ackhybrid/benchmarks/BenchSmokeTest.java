package io.github.ackhybrid.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs every benchmark path for a handful of calls in this JVM, so the benchmark code cannot rot
 * unnoticed. Nothing here judges a timing: only that each figure is produced from calls that
 * succeeded.
 */
class BenchSmokeTest {

  @Test
  void everyFigureIsProducedFromSuccessfulCalls() throws Exception {
    List<String> progress = new ArrayList<>();
    String report = BenchMain.run(BenchSettings.smoke(), progress::add);

    for (String op : List.of("DescribeClusterDetail", "DescribeClusterNodePools (16 KB)")) {
      for (String figure : List.of("client CPU per call", "allocation per call", "latency p50", "latency p99",
          "throughput, 4 sync callers", "throughput, 8 async in flight")) {
        assertTrue(report.contains("| " + op + ": " + figure + " "), () -> op + " " + figure + " missing from\n" + report);
      }
    }
    assertTrue(report.contains("| cold start to first call (median of 1) "), report);
    assertTrue(report.contains("| 40 of 40 (0 failed)"), report);
    assertTrue(report.contains("paging (250 nodes, 50 per page, -Xmx64m): wall time"), report);
    assertTrue(report.contains("5 pages"), report);
    assertTrue(report.contains("onboarding (20 servers, simulator hybrid pool, poll 50 ms): joined "), report);
    assertTrue(report.contains("| 20 (failed 0, timed out 0)"), report);
    assertTrue(report.contains("footprint: not measured"), report);
    assertEquals(10, progress.size(), progress::toString);
  }

  @Test
  void onlyTheChosenFiguresRun() throws Exception {
    BenchSettings smoke = BenchSettings.smoke();
    BenchSettings onlyPaging = new BenchSettings(smoke.warmupCalls(), smoke.measuredCalls(), smoke.rounds(),
        smoke.warmupMillis(), smoke.measureMillis(), smoke.syncCallers(), smoke.asyncInFlight(), smoke.coldRuns(),
        smoke.scaleCalls(), smoke.scaleConcurrency(), smoke.latencyMillis(), smoke.listSize(), smoke.pageSize(),
        smoke.onboardServers(), true, smoke.footprintClassPath(), java.util.Set.of("paging"));

    String report = BenchMain.run(onlyPaging, line -> { });

    assertTrue(report.contains("paging (250 nodes"), report);
    assertTrue(!report.contains("client CPU per call") && !report.contains("scale (")
        && !report.contains("runtime footprint") && !report.contains("footprint: not measured"),
        report);
  }
}
