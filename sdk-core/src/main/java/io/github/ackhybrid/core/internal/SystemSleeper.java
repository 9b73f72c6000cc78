package io.github.ackhybrid.core.internal;

import java.time.Duration;

/** The real {@link Sleeper}: the only code in the SDK that calls {@link Thread#sleep}. */
final class SystemSleeper implements Sleeper {
  static final SystemSleeper INSTANCE = new SystemSleeper();

  private SystemSleeper() {}

  @Override
  public void sleep(Duration duration) throws InterruptedException {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
  }
}
