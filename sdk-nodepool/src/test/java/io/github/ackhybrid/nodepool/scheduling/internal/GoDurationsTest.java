package io.github.ackhybrid.nodepool.scheduling.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GoDurationsTest {

  @Test
  void formatsInTheLargestExactUnit() {
    assertEquals("10m", GoDurations.format(Duration.ofMinutes(10)));
    assertEquals("90s", GoDurations.format(Duration.ofSeconds(90)));
    assertEquals("2h", GoDurations.format(Duration.ofHours(2)));
    assertEquals("90m", GoDurations.format(Duration.ofMinutes(90)));
    assertEquals("1s", GoDurations.format(Duration.ofSeconds(1)));
  }

  @Test
  void parsesHoursMinutesAndSeconds() {
    assertEquals(Optional.of(Duration.ofMinutes(10)), GoDurations.parse("10m"));
    assertEquals(Optional.of(Duration.ofSeconds(5430)), GoDurations.parse("1h30m30s"));
    assertEquals(Optional.of(Duration.ofMinutes(15)), GoDurations.parse("15m0s"));
  }

  @Test
  void refusesWhatItDoesNotRead() {
    for (String text : new String[] {"", "10", "1.5m", "10 m", "5ms", "m", "1d", "99999999999999999999s"}) {
      assertEquals(Optional.empty(), GoDurations.parse(text), text);
    }
    assertEquals(Optional.empty(), GoDurations.parse(null));
  }
}
