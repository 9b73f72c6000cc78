package io.github.ackhybrid.core.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock that stands still until a test moves it; shared by the tests of other packages too. */
public final class MutableClock extends Clock {
  private volatile Instant now;

  /**
   * Creates the clock.
   *
   * @param start the time it shows until moved
   */
  public MutableClock(Instant start) {
    this.now = start;
  }

  /**
   * Moves the clock forward.
   *
   * @param duration how far
   */
  public void advance(Duration duration) {
    now = now.plus(duration);
  }

  /**
   * Sets the clock to an instant, earlier or later than now.
   *
   * @param instant the time it shows until moved
   */
  public void set(Instant instant) {
    now = instant;
  }

  @Override
  public Instant instant() {
    return now;
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
