package io.github.ackhybrid.core.internal;

import java.time.Duration;

/**
 * Parks the calling thread for a while. Blocking waits in the SDK (a synchronous waiter between
 * polls) sleep only through a sleeper, and {@link #system()} is the one place in the SDK that calls
 * {@link Thread#sleep}; asynchronous code never sleeps, it schedules on
 * {@link SdkExecutors#scheduler()}. Tests pass a fake that advances a fake {@link Ticker} instead.
 */
@FunctionalInterface
public interface Sleeper {

  /**
   * Sleeps for the given time.
   *
   * @param duration how long to sleep; zero or negative returns at once
   * @throws InterruptedException if the thread is interrupted while sleeping
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns the sleeper that really parks the thread.
   *
   * @return the system sleeper
   */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }
}
