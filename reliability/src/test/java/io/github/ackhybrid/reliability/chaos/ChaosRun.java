package io.github.ackhybrid.reliability.chaos;

import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.exception.WaiterException;
import io.github.ackhybrid.testing.CloudSimulator;
import io.github.ackhybrid.testing.RecordedCall;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One seeded run of a journey: drives the SDK as a user would under random faults, and keeps what
 * the run saw. A step that fails with a failure the user may safely repeat (throttling, a 5xx, a
 * lost connection, a waiter whose poll failed so) is repeated; a create whose outcome stays unknown
 * is checked by listing, as {@code docs/WRITE-SAFETY.md} tells users to. Every failure that reaches
 * the journey is checked: an {@link SdkException} subclass naming its operation and, where the
 * service answered, its request id.
 */
final class ChaosRun {
  // A step meets a repeatable failure with a chance of about 0.12^4 per call; eight tries is plenty.
  private static final int MAX_TRIES = 8;

  private final CloudSimulator sim;
  private final long seed;
  private final List<String> violations = new ArrayList<>();
  private final Set<Integer> surfacedAt = new HashSet<>();
  private int surfaced;
  private int reconciled;
  private int checkedByListing;
  private int refusedScripts;
  private int corruptScripts;

  ChaosRun(CloudSimulator sim, long seed) {
    this.sim = sim;
    this.seed = seed;
  }

  long seed() {
    return seed;
  }

  CloudSimulator sim() {
    return sim;
  }

  /** Runs a step, repeating it after failures a user may safely repeat. */
  <T> T step(String name, Supplier<T> action) {
    for (int attempt = 1; ; attempt++) {
      try {
        return action.get();
      } catch (SdkException e) {
        surface(name, e);
        if (!repeatable(e) || attempt == MAX_TRIES) {
          throw e;
        }
      }
    }
  }

  /** Runs a step without a result. */
  void step(String name, Runnable action) {
    step(name, () -> {
      action.run();
      return null;
    });
  }

  /**
   * Makes a change that must not happen twice (a create, adding a cluster to a mesh): after a
   * failure that leaves its outcome open, or a refusal on a repeat (an earlier attempt did act),
   * the user looks before trying again.
   */
  <T> T once(String name, Supplier<T> change, Supplier<Optional<T>> lookup) {
    for (int attempt = 1; ; attempt++) {
      try {
        return change.get();
      } catch (SdkException e) {
        surface(name, e);
        boolean open = outcomeOpen(e);
        if (open || (attempt > 1 && e instanceof ServiceException && !repeatable(e))) {
          Optional<T> found = step(name + " (lookup)", lookup);
          if (found.isPresent()) {
            checkedByListing++;
            return found.get();
          }
        }
        if (!open && !repeatable(e) || attempt == MAX_TRIES) {
          throw e;
        }
      }
    }
  }

  void reconciled() {
    reconciled++;
  }

  /** Notes an attach script answer the SDK refused as malformed (a body cut short) instead of handing it over. */
  void refusedScript() {
    refusedScripts++;
  }

  int refusedScripts() {
    return refusedScripts;
  }

  /** Notes an attach script the SDK handed over and the join refused: a violation, as the SDK checks scripts whole. */
  void corruptScript(RuntimeException refused) {
    corruptScripts++;
    violation("the SDK handed over an attach script the join refused: " + refused.getMessage());
  }

  int corruptScripts() {
    return corruptScripts;
  }

  void violation(String what) {
    violations.add("seed " + seed + ": " + what);
  }

  void check(boolean holds, String what) {
    if (!holds) {
      violation(what);
    }
  }

  List<String> violations() {
    return violations;
  }

  int surfaced() {
    return surfaced;
  }

  int reconciledCount() {
    return reconciled;
  }

  int checkedByListing() {
    return checkedByListing;
  }

  /**
   * Counts the SDK's own retries in the simulator's log: a call that repeats the action and path
   * of the call just before it, which failed, unless that failure was the last attempt of a call
   * whose failure reached the journey (then the repeat was the user's, not the SDK's).
   */
  int retries() {
    List<RecordedCall> calls = sim.requests();
    int retries = 0;
    for (int i = 1; i < calls.size(); i++) {
      RecordedCall previous = calls.get(i - 1);
      RecordedCall call = calls.get(i);
      boolean failed = previous.fault().isPresent() || previous.status() == 0 || previous.status() >= 400;
      if (failed && !surfacedAt.contains(i - 1) && call.action().equals(previous.action())
          && call.path().equals(previous.path()) && call.method().equals(previous.method())) {
        retries++;
      }
    }
    return retries;
  }

  private void surface(String step, SdkException e) {
    surfaced++;
    surfacedAt.add(sim.requests().size() - 1);
    String problem = untyped(e);
    if (problem != null) {
      violation(step + ": " + problem + ": " + e);
    }
  }

  /** Says what a surfaced failure lacks, or null when it is typed, names its operation and request id. */
  private static String untyped(Throwable e) {
    if (e instanceof WaiterException) {
      WaiterException w = (WaiterException) e;
      return w.reason() == WaiterException.Reason.POLL_FAILED && w.getCause() != null
          ? untyped(w.getCause()) : "a waiter stopped for " + w.reason();
    }
    if (e instanceof ServiceException) {
      ServiceException s = (ServiceException) e;
      if (s.operation() == null || s.operation().isBlank()) {
        return "a service error without its operation";
      }
      return s.requestId().isPresent() ? null : "a service error without a request id";
    }
    if (e instanceof TransportException) {
      return ((TransportException) e).operation().isBlank() ? "a transport failure without its operation" : null;
    }
    if (e instanceof OutcomeUnknownException) {
      OutcomeUnknownException u = (OutcomeUnknownException) e;
      if (u.getCause() instanceof ServiceException && u.requestId().isEmpty()) {
        return "an unknown outcome whose answer had no request id";
      }
      return u.operation().isBlank() ? "an unknown outcome without its operation" : null;
    }
    return "not one of the SDK's typed exceptions (" + e.getClass().getName() + ")";
  }

  /** Whether the service may have acted although the call failed. */
  private static boolean outcomeOpen(Throwable e) {
    return e instanceof OutcomeUnknownException || e instanceof TransportException
        || e instanceof ServiceException && !(e instanceof ThrottlingException)
            && (((ServiceException) e).statusCode() >= 500 || ((ServiceException) e).statusCode() < 300);
  }

  /** Whether a user may repeat the step: nothing happened, or repeating it cannot do harm. */
  private static boolean repeatable(Throwable e) {
    if (e instanceof WaiterException) {
      return ((WaiterException) e).reason() == WaiterException.Reason.POLL_FAILED && repeatable(e.getCause());
    }
    if (e instanceof ThrottlingException || e instanceof TransportException) {
      return true;
    }
    if (e instanceof ServiceException) {
      int status = ((ServiceException) e).statusCode();
      return status >= 500 || status < 300;
    }
    return false;
  }
}
