package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.testing.Product;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Queued expectations, fabric8 style: the first registered expectation that matches a call and
 * has answers left serves it instead of the stateful simulation. Thread-safe.
 */
public final class ExpectationTable {
  /** A registered expectation and its remaining answers. */
  public final class Entry {
    private final ExpectationSpec spec;
    private long remaining = 1;
    private long served;

    private Entry(ExpectationSpec spec) {
      this.spec = spec;
    }

    /**
     * Sets how many more calls it answers, counting those already answered; -1 for every call.
     *
     * @param total the total number of answers, or -1
     */
    public void total(long total) {
      synchronized (ExpectationTable.this) {
        remaining = total < 0 ? -1 : Math.max(0, total - served);
      }
    }

    /**
     * Returns how many calls it has answered.
     *
     * @return the count
     */
    public long served() {
      synchronized (ExpectationTable.this) {
        return served;
      }
    }

    /**
     * Returns how many more calls it answers.
     *
     * @return the count, or -1 for unlimited
     */
    public long remaining() {
      synchronized (ExpectationTable.this) {
        return remaining;
      }
    }
  }

  private final List<Entry> entries = new ArrayList<>();

  /**
   * Registers an expectation that answers one call until told otherwise.
   *
   * @param spec the expectation
   * @return its entry
   */
  public synchronized Entry add(ExpectationSpec spec) {
    Entry entry = new Entry(spec);
    entries.add(entry);
    return entry;
  }

  /**
   * Takes the answer for a call, spending one of the expectation's answers.
   *
   * @param method the call's method
   * @param segments the call's decoded path segments
   * @param action the call's operation, may be null
   * @param product the call's product, may be null
   * @return the matching expectation, empty if none
   */
  public synchronized Optional<ExpectationSpec> take(String method, List<String> segments, String action,
      Product product) {
    for (Entry entry : entries) {
      if (entry.remaining != 0 && entry.spec.matches(method, segments, action, product)) {
        if (entry.remaining > 0) {
          entry.remaining--;
        }
        entry.served++;
        return Optional.of(entry.spec);
      }
    }
    return Optional.empty();
  }

  /** Removes every expectation. */
  public synchronized void clear() {
    entries.clear();
  }
}
