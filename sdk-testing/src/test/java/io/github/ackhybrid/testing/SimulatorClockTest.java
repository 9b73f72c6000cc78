package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SimulatorClockTest {
  private static final Instant START = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void atSpeedZeroOnlyAdvancesMoveTime() {
    SimulatorClock clock = new SimulatorClock(START, 0);

    assertEquals(START, clock.now());
    clock.advance(Duration.ofMinutes(10));
    clock.advance(Duration.ofSeconds(5));

    assertEquals(START.plusSeconds(605), clock.now());
    assertEquals(0, clock.speed());
  }

  @Test
  void aRunningClockNeverGoesBackwards() {
    SimulatorClock clock = new SimulatorClock(START, CloudSimulator.TEST_SPEED);
    Instant previous = clock.now();
    for (int i = 0; i < 1000; i++) {
      Instant next = clock.now();
      assertFalse(next.isBefore(previous));
      previous = next;
    }
    assertFalse(previous.isBefore(START));
  }

  @Test
  void advancesMustNotBeNegative() {
    SimulatorClock clock = new SimulatorClock(START, 0);

    assertThrows(ValidationException.class, () -> clock.advance(Duration.ofSeconds(-1)));
    assertThrows(ValidationException.class, () -> clock.advance(null));
  }
}
