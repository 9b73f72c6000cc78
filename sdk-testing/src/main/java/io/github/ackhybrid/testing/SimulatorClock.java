package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.time.Instant;

/**
 * The simulator's own time: the instant it started, plus the real time elapsed since then
 * multiplied by the speed, plus every manual {@link #advance(Duration) advance}. Cloud operations
 * (cluster creation, tasks, agent connection) progress against this clock, so a speed of 12,000
 * turns a 10-minute creation into 50 ms of real time, and a speed of 0 stops time except for
 * manual advances. Request signatures are still checked against the real wall clock.
 *
 * <p>Thread-safe; the time never goes backwards.
 */
public final class SimulatorClock {
  private final Instant start;
  private final long startNanos;
  private final double speed;
  private Duration advanced = Duration.ZERO;

  SimulatorClock(Instant start, double speed) {
    this.start = start;
    this.startNanos = System.nanoTime();
    this.speed = speed;
  }

  /**
   * Returns the current simulated time.
   *
   * @return the simulated instant
   */
  public Instant now() {
    double seconds = (System.nanoTime() - startNanos) / 1e9 * speed;
    long whole = (long) seconds;
    long nanos = (long) ((seconds - whole) * 1e9);
    synchronized (this) {
      return start.plusSeconds(whole).plusNanos(nanos).plus(advanced);
    }
  }

  /**
   * Moves simulated time forward; operations due by then complete on the next request or
   * inspection.
   *
   * @param duration how far to move, zero or positive
   * @throws ValidationException if the duration is null or negative
   */
  public void advance(Duration duration) {
    Validate.notNull(duration, "duration");
    if (duration.isNegative()) {
      throw new ValidationException("duration", "must not be negative, was " + duration);
    }
    synchronized (this) {
      advanced = advanced.plus(duration);
    }
  }

  /**
   * Returns how many simulated seconds pass per real second, not counting manual advances.
   *
   * @return the speed; 0 when only manual advances move time
   */
  public double speed() {
    return speed;
  }

  @Override
  public String toString() {
    return "SimulatorClock{now=" + now() + ", speed=" + speed + "}";
  }
}
