package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.testing.internal.ExpectationTable;

/**
 * A registered expectation. It answers one matching call unless {@link #times} or {@link #always}
 * says otherwise, and reports how many it has answered. Thread-safe.
 */
public final class Expectation {
  private final ExpectationTable.Entry entry;
  private final String description;

  Expectation(ExpectationTable.Entry entry, String description) {
    this.entry = entry;
    this.description = description;
  }

  /**
   * Makes the expectation answer {@code count} matching calls in all, those already answered
   * included.
   *
   * @param count at least 1
   * @return this expectation
   * @throws ValidationException if the count is below 1
   */
  public Expectation times(int count) {
    entry.total(Validate.inRange(count, "count", 1, Integer.MAX_VALUE));
    return this;
  }

  /**
   * Makes the expectation answer one matching call in all (the default).
   *
   * @return this expectation
   */
  public Expectation once() {
    return times(1);
  }

  /**
   * Makes the expectation answer every matching call until the simulator is reset.
   *
   * @return this expectation
   */
  public Expectation always() {
    entry.total(-1);
    return this;
  }

  /**
   * Returns how many calls the expectation has answered.
   *
   * @return the count
   */
  public long served() {
    return entry.served();
  }

  /**
   * Returns how many more calls the expectation will answer.
   *
   * @return the count, or -1 when it answers every call
   */
  public long remaining() {
    return entry.remaining();
  }

  @Override
  public String toString() {
    return "Expectation{" + description + ", served=" + served() + ", remaining=" + remaining() + "}";
  }
}
