package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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
  void aMalformedMonthFailsWithStatusOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = MonthlyCostCsv.run(new String[] {"--month", "May"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertEquals(1, status);
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("Cost report failed"));
  }
}
