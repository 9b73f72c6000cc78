package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.testing.SimulatorClock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Everything stateful the services share, behind one lock: the simulated clock, the timeline of
 * scheduled changes and the CS task store. {@link #locked} is the only way in: it reads the clock
 * once, applies every change due by then, and runs the work, so state progresses lazily whenever
 * it is read and no background thread ever mutates it. Steps added with {@link #onEntry} run
 * next, on every entry.
 */
public final class CloudState {
  private final ReentrantLock lock = new ReentrantLock();
  private final SimulatorClock clock;
  private final Timeline timeline = new Timeline();
  private final TaskStore tasks = new TaskStore(timeline);
  private final List<Consumer<Instant>> onEntry = new CopyOnWriteArrayList<>();

  /**
   * Creates the state.
   *
   * @param clock the simulated clock
   */
  public CloudState(SimulatorClock clock) {
    this.clock = clock;
  }

  /**
   * Runs work under the lock at the current simulated time, after applying due changes.
   *
   * @param work the work, given the simulated time
   * @param <T> the result type
   * @return the work's result
   */
  public <T> T locked(Function<Instant, T> work) {
    lock.lock();
    try {
      Instant now = clock.now();
      timeline.runDue(now);
      onEntry.forEach(step -> step.accept(now));
      return work.apply(now);
    } finally {
      lock.unlock();
    }
  }

  /**
   * Adds a step that runs on every entry, after the due changes and before the work: for
   * simulations that react to the state as a whole, such as the cluster autoscaler.
   *
   * @param step the step, given the simulated time
   */
  public void onEntry(Consumer<Instant> step) {
    onEntry.add(step);
  }

  /**
   * Returns the timeline; touch it only inside {@link #locked}.
   *
   * @return the timeline
   */
  public Timeline timeline() {
    return timeline;
  }

  /**
   * Returns the CS task store; touch it only inside {@link #locked}.
   *
   * @return the task store
   */
  public TaskStore tasks() {
    return tasks;
  }

  /**
   * Returns the simulated clock.
   *
   * @return the clock
   */
  public SimulatorClock clock() {
    return clock;
  }

  /** Drops scheduled changes and tasks; each service clears its own resources. Call under the lock. */
  public void clear() {
    timeline.clear();
    tasks.clear();
  }
}
