package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HybridCloudTourTest {

  @Test
  void theTourRunsEndToEndAgainstTheEmbeddedSimulator() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = HybridCloudTour.run(new String[0], new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertEquals(0, status, out);
    assertTrue(out.contains("Hybrid cloud tour against the embedded simulator"), out);
    assertTrue(out.contains("is running on Kubernetes 1.3"), out);
    assertTrue(out.contains("request id "), out);
    assertTrue(out.contains("Tour complete"), out);
    assertTrue(!out.contains("FAILED"), out);
  }
}
