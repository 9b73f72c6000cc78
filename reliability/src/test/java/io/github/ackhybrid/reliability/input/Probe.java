package io.github.ackhybrid.reliability.input;

import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.Paginator;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.testing.CloudSimulator;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Runs one bad-input case and judges it: the call (or, for a lazy result, its first use) must fail
 * with a {@link ValidationException} whose message is the field followed by the rule, and nothing
 * may reach the simulator or the Kubernetes API server. Keeps the figures and the defects found.
 */
final class Probe {
  /** A dotted field path such as {@code nodePool.labels[0].key} or {@code hybridPool}. */
  private static final Pattern FIELD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*([.\\[][A-Za-z0-9_./\\]-]*)*");
  /** The longest a bad-input case may take before it counts as hanging; the machine is loaded. */
  private static final long ANSWER_SECONDS = 60;

  /** A call under test. */
  @FunctionalInterface
  interface Call {
    Object run() throws Exception;
  }

  private final CloudSimulator sim;
  private final IntSupplier kubeRequests;
  private final List<String> defects = new ArrayList<>();
  private int cases;
  private int validationExceptions;
  private int requestsOnWire;

  Probe(CloudSimulator sim, MockWebServer kube) {
    this.sim = sim;
    this.kubeRequests = kube::getRequestCount;
  }

  /**
   * Runs a case.
   *
   * @param label what is fed to what, for the defect list
   * @param call the call
   * @param asyncContract true if the method promises to fail its future rather than throw
   * @return the validation failure, when the case passed
   */
  ValidationException expectRejected(String label, Call call, boolean asyncContract) {
    cases++;
    sim.resetRequests();
    int kubeBefore = kubeRequests.getAsInt();
    Throwable failure = null;
    boolean threw = false;
    try {
      failure = settle(call.run());
    } catch (InvocationTargetException e) {
      failure = e.getCause();
      threw = true;
    } catch (Exception e) {
      failure = e;
      threw = true;
    }
    int sent = sim.requests().size() + kubeRequests.getAsInt() - kubeBefore;
    requestsOnWire += sent;
    if (sent > 0) {
      defects.add(label + ": " + sent + " request(s) reached the server");
    }
    if (!(failure instanceof ValidationException)) {
      defects.add(label + ": " + (failure == null ? "accepted" : "raised " + failure));
      return null;
    }
    ValidationException rejected = (ValidationException) failure;
    validationExceptions++;
    if (threw && asyncContract) {
      defects.add(label + ": threw instead of failing the returned future: " + rejected.getMessage());
    }
    String field = rejected.field();
    String message = String.valueOf(rejected.getMessage());
    if (!FIELD.matcher(field).matches() || !message.startsWith(field + " ") || message.length() <= field.length() + 1) {
      defects.add(label + ": the message does not name a field and a rule: \"" + message + "\"");
    }
    return rejected;
  }

  /**
   * Builds from an empty builder: a builder whose type has required values must name the first one
   * missing in a {@link ValidationException}; one without must build.
   *
   * @param label the builder, for the defect list
   * @param builder makes a fresh, empty builder
   */
  void expectRejectedOrBuilt(String label, Supplier<Object> builder) {
    cases++;
    try {
      Object fresh = builder.get();
      fresh.getClass().getMethod("build").invoke(fresh);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof ValidationException) {
        validationExceptions++;
      } else {
        defects.add(label + ": raised " + e.getCause());
      }
    } catch (ReflectiveOperationException e) {
      defects.add(label + ": cannot be built: " + e);
    }
  }

  /**
   * Records a defect found outside a case.
   *
   * @param defect what is wrong
   */
  void defect(String defect) {
    defects.add(defect);
  }

  List<String> defects() {
    return defects;
  }

  int cases() {
    return cases;
  }

  int validationExceptions() {
    return validationExceptions;
  }

  int requestsOnWire() {
    return requestsOnWire;
  }

  /** Waits for what a lazy or asynchronous result does first, and returns how that failed, if it did. */
  private static Throwable settle(Object result) throws Exception {
    Future<?> pending = null;
    if (result instanceof CompletableFuture) {
      pending = (CompletableFuture<?>) result;
    } else if (result instanceof AsyncPaginator) {
      pending = ((AsyncPaginator<?>) result).toList();
    } else if (result instanceof Paginator) {
      ((Paginator<?>) result).iterator().hasNext();
      return null;
    }
    if (pending == null) {
      return null;
    }
    try {
      pending.get(ANSWER_SECONDS, TimeUnit.SECONDS);
      return null;
    } catch (ExecutionException e) {
      return e.getCause();
    } catch (TimeoutException e) {
      pending.cancel(true);
      return new TimeoutException("no answer within " + ANSWER_SECONDS + " s");
    }
  }
}
