package io.github.ackhybrid.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.CanaryRelease;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanaryProgressionTest {
  private static final CanaryRelease START =
      CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);

  private final List<Map<String, Integer>> applied = new ArrayList<>();
  private final PrintStream out = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

  @Test
  void aHealthyCanaryIsShiftedStepByStepToAllTraffic() {
    CanaryProgression.Outcome outcome =
        new CanaryProgression(p -> applied.add(p.weights()), () -> 0.0, 0.05, out).run(START, "v1", "v2", 30);

    assertEquals(CanaryProgression.Outcome.PROMOTED, outcome);
    assertEquals(List.of(Map.of("v1", 90, "v2", 10), Map.of("v1", 60, "v2", 40), Map.of("v1", 30, "v2", 70),
        Map.of("v1", 0, "v2", 100)), applied);
  }

  @Test
  void anErrorRateAboveTheThresholdRollsAllTrafficBackToStable() {
    double[] rates = {0.01, 0.02, 0.30};
    int[] reads = {0};
    CanaryProgression.Outcome outcome = new CanaryProgression(p -> applied.add(p.weights()),
        () -> rates[reads[0]++], 0.05, out).run(START, "v1", "v2", 10);

    assertEquals(CanaryProgression.Outcome.ROLLED_BACK, outcome);
    assertEquals(List.of(Map.of("v1", 90, "v2", 10), Map.of("v1", 80, "v2", 20), Map.of("v1", 70, "v2", 30),
        Map.of("v1", 100, "v2", 0)), applied);
    assertEquals(3, reads[0], "no error rate is read after the rollback");
  }

  @Test
  void anErrorRateAtTheThresholdIsTolerated() {
    CanaryProgression.Outcome outcome =
        new CanaryProgression(p -> applied.add(p.weights()), () -> 0.05, 0.05, out).run(START, "v1", "v2", 50);

    assertEquals(CanaryProgression.Outcome.PROMOTED, outcome);
    assertEquals(Map.of("v1", 0, "v2", 100), applied.get(applied.size() - 1));
  }

  @Test
  void aThresholdOutsideZeroToOneIsRejected() {
    ValidationException e = assertThrows(ValidationException.class,
        () -> new CanaryProgression(p -> p, () -> 0, 1.5, out));
    assertTrue(e.getMessage().contains("maxErrorRate"), e.getMessage());
  }

  @Test
  void theProgramPromotesAHealthyCanaryAndRollsBackAFailingOne() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream print = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    assertEquals(0, ProgressiveCanary.run(new String[0], print), bytes.toString(StandardCharsets.UTF_8));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("canary PROMOTED"));
    assertEquals(2, ProgressiveCanary.run(new String[] {"--failing"}, print));
    assertTrue(bytes.toString(StandardCharsets.UTF_8).contains("rolled back to {v1=100, v2=0}"),
        bytes.toString(StandardCharsets.UTF_8));
  }
}
