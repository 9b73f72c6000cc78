package io.github.ackhybrid.examples;

import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Prints a program's steps the way a support ticket wants them: a number, the time since the start,
 * what happened, how long it took and the request id of the call behind it. A failed service call
 * is printed with its error code and request id.
 */
public final class TourLog {
  private final PrintStream out;
  private final long start = System.nanoTime();
  private int step;

  /**
   * Creates a log that prints to a stream.
   *
   * @param out where to print
   */
  public TourLog(PrintStream out) {
    this.out = out;
  }

  /**
   * Runs one step and prints its outcome; a failure is printed with the service's request id and
   * rethrown.
   *
   * @param title what the step does
   * @param action the step
   * @param summary turns the step's result into a short line, e.g. an id and a request id
   * @param <T> the result type
   * @return the step's result
   */
  public <T> T step(String title, Supplier<T> action, Function<T, String> summary) {
    header(title);
    long begun = System.nanoTime();
    try {
      T result = action.get();
      out.printf(Locale.ROOT, "     ok in %d ms: %s%n", millisSince(begun), summary.apply(result));
      return result;
    } catch (RuntimeException e) {
      out.printf(Locale.ROOT, "     FAILED after %d ms: %s%n", millisSince(begun), describe(e));
      throw e;
    }
  }

  /**
   * Prints a step that does not run here, and why.
   *
   * @param title what the step would do
   * @param reason why it is skipped and what to do instead
   */
  public void skip(String title, String reason) {
    header(title);
    out.println("     skipped: " + reason);
  }

  /**
   * Returns how long ago the log was created.
   *
   * @return the elapsed time
   */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - start);
  }

  private void header(String title) {
    out.printf(Locale.ROOT, "[%2d | %5.1f s] %s ...%n", ++step, (System.nanoTime() - start) / 1e9, title);
  }

  private static long millisSince(long begun) {
    return (System.nanoTime() - begun) / 1_000_000;
  }

  /**
   * Prints a line under the current step.
   *
   * @param text the line
   */
  public void note(String text) {
    out.println("     " + text);
  }

  /**
   * Describes a failure for a support ticket: an SDK error by its message, with the request id of
   * the service answer behind it when the message does not already name it (an
   * {@link OutcomeUnknownException}'s 5xx, for example); anything else by its type and message.
   *
   * @param failure the failure
   * @return one line
   */
  public static String describe(RuntimeException failure) {
    if (!(failure instanceof SdkException)) {
      return failure.toString();
    }
    String message = failure.getMessage();
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ServiceException) {
        Optional<String> id = ((ServiceException) t).requestId();
        if (id.isPresent() && !message.contains(id.get())) {
          return message + " (request id " + id.get() + ")";
        }
        break;
      }
    }
    return message;
  }

  /**
   * Formats a request id for a summary line.
   *
   * @param metadata the metadata of a call
   * @return e.g. {@code request id 5D3A...}
   */
  public static String requestId(ResponseMetadata metadata) {
    return "request id " + metadata.requestId().orElse("(none)");
  }
}
