package io.github.ackhybrid.core.internal;

/**
 * A monotonic time source in nanoseconds, for measuring elapsed time and deadlines. Code that waits
 * reads time through a ticker, never {@link System#nanoTime()} directly, so tests can replace it.
 */
@FunctionalInterface
public interface Ticker {

  /**
   * Returns the current reading. Only differences between two readings mean anything.
   *
   * @return nanoseconds since an arbitrary origin
   */
  long nanoTime();

  /**
   * Returns the ticker backed by {@link System#nanoTime()}.
   *
   * @return the system ticker
   */
  static Ticker system() {
    return System::nanoTime;
  }
}
