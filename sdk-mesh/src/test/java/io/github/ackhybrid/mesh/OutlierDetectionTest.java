package io.github.ackhybrid.mesh;

import static io.github.ackhybrid.mesh.Recipes.assertInvalid;
import static io.github.ackhybrid.mesh.Recipes.assertJson;
import static io.github.ackhybrid.mesh.Recipes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutlierDetectionTest {

  @Test
  void defaultsFollowTheAsmRecipe() {
    OutlierDetection d = OutlierDetection.defaults();

    assertEquals(3, d.consecutive5xxErrors());
    assertEquals(Duration.ofSeconds(10), d.interval());
    assertEquals(Duration.ofSeconds(30), d.baseEjectionTime());
    assertEquals(100, d.maxEjectionPercent());
    assertEquals(d, OutlierDetection.of(3, Duration.ofSeconds(10), Duration.ofSeconds(30), 100));
  }

  @Test
  void writesDurationsInTheLargestExactUnit() {
    assertEquals("1ms", OutlierDetection.istioDuration(Duration.ofMillis(1)));
    assertEquals("1500ms", OutlierDetection.istioDuration(Duration.ofMillis(1500)));
    assertEquals("10s", OutlierDetection.istioDuration(Duration.ofSeconds(10)));
    assertEquals("90s", OutlierDetection.istioDuration(Duration.ofSeconds(90)));
    assertEquals("1m", OutlierDetection.istioDuration(Duration.ofSeconds(60)));
    assertEquals("2h", OutlierDetection.istioDuration(Duration.ofHours(2)));
    assertJson(json("""
        { "consecutive5xxErrors": 7, "interval": "250ms", "baseEjectionTime": "1h", "maxEjectionPercent": 1 }"""),
        OutlierDetection.of(7, Duration.ofMillis(250), Duration.ofMinutes(60), 1).toJson());
  }

  @Test
  void rejectsValuesIstioWouldRefuseOrThatDisableFailover() {
    Duration s = Duration.ofSeconds(1);
    assertInvalid("outlierDetection.consecutive5xxErrors", "must be 1-2147483647, was 0",
        () -> OutlierDetection.of(0, s, s, 100));
    assertInvalid("outlierDetection.interval", "must be positive", () -> OutlierDetection.of(1, Duration.ZERO, s, 100));
    assertInvalid("outlierDetection.interval", "must not be null", () -> OutlierDetection.of(1, null, s, 100));
    assertInvalid("outlierDetection.baseEjectionTime", "must be a whole number of milliseconds",
        () -> OutlierDetection.of(1, s, Duration.ofNanos(1_500_000), 100));
    assertInvalid("outlierDetection.baseEjectionTime", "protobuf Duration limit",
        () -> OutlierDetection.of(1, s, Duration.ofSeconds(Long.MAX_VALUE), 100));
    assertInvalid("outlierDetection.maxEjectionPercent", "must be 1-100, was 0", () -> OutlierDetection.of(1, s, s, 0));
    assertInvalid("outlierDetection.maxEjectionPercent", "must be 1-100, was 101", () -> OutlierDetection.of(1, s, s, 101));
  }
}
