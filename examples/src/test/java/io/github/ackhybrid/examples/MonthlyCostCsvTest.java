package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class MonthlyCostCsvTest {

  @Test
  void printsEachClustersCostAsCsvIncludingItsBilledNode() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = MonthlyCostCsv.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    assertTrue(out.contains("# idc-shanghai (c"), out);
    assertTrue(out.contains("i-sim-node-1"), out);
    assertTrue(out.contains("123.45"), out);
  }

  @Test
  void realModeReadsTheBillsOfTheAccountBehindTheEndpoint() {
    try (CloudSimulator sim = CloudSimulator.start();
        ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build())) {
      String id = clusters.registerCluster(r -> r.name("idc-beijing")).id();
      sim.billing().addClusterCharge(id, "i-real-node-7", "ecs", new BigDecimal("7.50"), YearMonth.of(2026, 10));

      Program csv = Program.real(sim, MonthlyCostCsv::run, "--month", "2026-10");

      assertEquals(0, csv.status, csv.out);
      assertTrue(csv.out.contains("# idc-beijing (" + id + "), 2026-10"), csv.out);
      assertTrue(csv.out.contains("i-real-node-7") && csv.out.contains("7.50"), csv.out);
      assertFalse(csv.out.contains("idc-shanghai"), "nothing simulator-only was added\n" + csv.out);
    }
  }

  @Test
  void aMalformedMonthFailsWithStatusOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = MonthlyCostCsv.run(new String[] {"--month", "May"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("--month must be a year and month such as 2026-10"));
  }
}
