package io.github.ackhybrid.testing.internal;

import java.time.Instant;
import java.util.Comparator;
import java.util.PriorityQueue;
import java.util.function.Consumer;

/**
 * State changes scheduled for a simulated instant: a task finishing, a cluster becoming ready, an
 * agent connecting. Nothing runs by itself; {@link #runDue} applies every change that is due
 * before a request or an inspection reads the state, in time order, each seeing its own scheduled
 * instant. Not thread-safe: used only under the {@link CloudState} lock.
 */
public final class Timeline {
  private record Event(Instant at, long sequence, Consumer<Instant> change) {}

  private final PriorityQueue<Event> events =
      new PriorityQueue<>(Comparator.comparing(Event::at).thenComparingLong(Event::sequence));
  private long sequence;

  /**
   * Schedules a change.
   *
   * @param at when it happens
   * @param change the change, given the instant it happens at
   */
  public void at(Instant at, Consumer<Instant> change) {
    events.add(new Event(at, sequence++, change));
  }

  /**
   * Applies every change due by {@code now}, including changes that due changes schedule.
   *
   * @param now the simulated time
   */
  public void runDue(Instant now) {
    while (!events.isEmpty() && !events.peek().at().isAfter(now)) {
      Event event = events.poll();
      event.change().accept(event.at());
    }
  }

  /** Drops every scheduled change. */
  public void clear() {
    events.clear();
  }
}
