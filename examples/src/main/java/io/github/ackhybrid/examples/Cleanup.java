package io.github.ackhybrid.examples;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Remembers what a program created and deletes it again, newest first, whether the program
 * succeeded or failed. A deletion that fails does not stop the others; each failure is printed
 * and returned, so the user knows what is left to delete by hand (and keeps paying for).
 *
 * <pre>{@code
 * Cleanup cleanup = new Cleanup(log);
 * try {
 *   String id = clusters.createProCluster(...).id();
 *   cleanup.add("Pro cluster " + id, () -> clusters.deleteCluster(id));
 *   ...
 * } finally {
 *   cleanup.run();
 * }
 * }</pre>
 */
public final class Cleanup {
  private final TourLog log;
  private final Deque<String> names = new ArrayDeque<>();
  private final Deque<Runnable> actions = new ArrayDeque<>();

  /**
   * Creates an empty cleanup that reports through a log.
   *
   * @param log where each deletion is printed as a step
   */
  public Cleanup(TourLog log) {
    this.log = log;
  }

  /**
   * Registers a resource to delete; the last registered is deleted first.
   *
   * @param name what is deleted, such as {@code "hybrid pool np-1"}
   * @param action deletes it and waits until it is gone, throwing if it cannot
   */
  public void add(String name, Runnable action) {
    names.push(name);
    actions.push(action);
  }

  /**
   * Deletes everything registered, newest first, each as a step of the log, and forgets it.
   *
   * @return what could not be deleted, with the reason; empty if everything is gone
   */
  public List<String> run() {
    List<String> left = new ArrayList<>();
    while (!actions.isEmpty()) {
      String name = names.pop();
      Runnable action = actions.pop();
      try {
        log.step("Delete the " + name, () -> {
          action.run();
          return name;
        }, n -> "deleted");
      } catch (RuntimeException e) {
        left.add(name + ": " + e.getMessage());
      }
    }
    if (!left.isEmpty()) {
      log.note("Could not delete " + left.size() + " resource" + (left.size() == 1 ? "" : "s")
          + "; delete them in the console or they keep costing money:");
      left.forEach(l -> log.note("  - " + l));
    }
    return left;
  }
}
