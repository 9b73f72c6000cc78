package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.exception.OutcomeUnknownException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.TransportException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs creates that carry no idempotency token (docs/WRITE-SAFETY.md). The pipeline never repeats
 * them once the request may have reached the service; when such a failure leaves the outcome open,
 * a create with a lookup looks for the resource it was making (by the creation token it tagged it
 * with) and returns it, and otherwise the caller gets an {@link OutcomeUnknownException} that says
 * how to check. Failures with a known outcome (a 4xx, throttling, a request that never left) pass
 * through unchanged.
 */
public final class WriteSafety {
  /**
   * The tag key under which reconcilable creates send their creation token. It avoids the prefixes
   * the cloud reserves ({@code aliyun}, {@code acs:}, {@code http://}, {@code https://}).
   */
  public static final String CREATE_TOKEN_TAG = "ackhybrid.io/create-token";

  private static final Logger LOG = LoggerFactory.getLogger("io.github.ackhybrid.request");
  private static final String NO_LOOKUP = "the API offers no sound way to find what it made";
  private static final String NOT_FOUND = "no resource carrying its creation token was found";

  private WriteSafety() {}

  /**
   * Returns a fresh creation token, unique per create call.
   *
   * @return a random UUID as text
   */
  public static String newCreateToken() {
    return UUID.randomUUID().toString();
  }

  /**
   * Tells whether a failure leaves open whether the service acted: a transport failure after the
   * request may have been sent, a 5xx, or a success whose answer could not be read.
   *
   * @param error the failure
   * @return true if the outcome is unknown
   */
  public static boolean outcomeUnknown(Throwable error) {
    if (error instanceof OutcomeUnknownException) {
      return true;
    }
    if (error instanceof TransportException) {
      Throwable cause = error.getCause();
      return !(cause instanceof ConnectException || cause instanceof NoRouteToHostException
          || cause instanceof UnknownHostException);
    }
    if (error instanceof ServiceException) {
      int status = ((ServiceException) error).statusCode();
      return status >= 500 || status < 300;
    }
    return false;
  }

  /**
   * Runs a create on the caller's thread; after an unknown outcome, runs the lookup and returns
   * what it found.
   *
   * @param operation the create, such as {@code CreateCluster}
   * @param create runs the create
   * @param lookup finds the resource the create made, or null when the API offers no sound way
   * @param howToCheck what the user should do when the outcome stays unknown, one sentence
   * @param <R> the result type
   * @return the created resource
   * @throws OutcomeUnknownException if the outcome is unknown and the lookup did not find it
   * @throws SdkException (a typed subclass) when the create failed with a known outcome
   */
  public static <R> R create(String operation, Supplier<R> create, Supplier<Optional<R>> lookup, String howToCheck) {
    try {
      return create.get();
    } catch (SdkException e) {
      if (!outcomeUnknown(e)) {
        throw e;
      }
      if (lookup == null) {
        throw unknown(operation, e, NO_LOOKUP, howToCheck);
      }
      LOG.debug("{} outcome unknown ({}); looking for the resource it created", operation, e.getClass().getSimpleName());
      Optional<R> found;
      try {
        found = lookup.get();
      } catch (SdkException lookupFailure) {
        throw failedLookup(operation, e, lookupFailure, howToCheck);
      }
      return found.map(r -> reconciled(operation, r)).orElseThrow(() -> unknown(operation, e, NOT_FOUND, howToCheck));
    }
  }

  /**
   * Runs a create without blocking; after an unknown outcome, runs the lookup the same way. Cancelling
   * the returned future cancels the create or the lookup in flight.
   *
   * @param operation the create, such as {@code CreateCluster}
   * @param create starts the create
   * @param lookup starts the lookup, or null when the API offers no sound way
   * @param howToCheck what the user should do when the outcome stays unknown, one sentence
   * @param <R> the result type
   * @return the future created resource, failing as {@link #create} throws
   */
  public static <R> CompletableFuture<R> createAsync(String operation, Supplier<CompletableFuture<R>> create,
      Supplier<CompletableFuture<Optional<R>>> lookup, String howToCheck) {
    CompletableFuture<R> started;
    try {
      started = create.get();
    } catch (RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
    CompletableFuture<R> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> inFlight = new AtomicReference<>(started);
    result.whenComplete((value, error) -> {
      if (error instanceof CancellationException) {
        inFlight.get().cancel(true);
      }
    });
    started.whenComplete((value, error) -> {
      if (error == null) {
        result.complete(value);
        return;
      }
      Throwable cause = Futures.unwrap(error);
      if (!outcomeUnknown(cause)) {
        result.completeExceptionally(cause);
      } else if (lookup == null) {
        result.completeExceptionally(unknown(operation, cause, NO_LOOKUP, howToCheck));
      } else {
        LOG.debug("{} outcome unknown ({}); looking for the resource it created", operation,
            cause.getClass().getSimpleName());
        CompletableFuture<Optional<R>> search;
        try {
          search = lookup.get();
        } catch (RuntimeException e) {
          search = CompletableFuture.failedFuture(e);
        }
        inFlight.set(search);
        search.whenComplete((found, lookupError) -> {
          if (lookupError != null) {
            result.completeExceptionally(failedLookup(operation, cause, Futures.unwrap(lookupError), howToCheck));
          } else if (found.isPresent()) {
            result.complete(reconciled(operation, found.get()));
          } else {
            result.completeExceptionally(unknown(operation, cause, NOT_FOUND, howToCheck));
          }
        });
      }
    });
    return result;
  }

  private static <R> R reconciled(String operation, R value) {
    LOG.debug("{} reconciled: found the resource the lost answer would have named", operation);
    return value;
  }

  private static OutcomeUnknownException failedLookup(String operation, Throwable cause, Throwable lookupFailure,
      String howToCheck) {
    OutcomeUnknownException e = unknown(operation, cause,
        "looking for what it made failed too (" + lookupFailure.getClass().getSimpleName() + ")", howToCheck);
    e.addSuppressed(lookupFailure);
    return e;
  }

  private static OutcomeUnknownException unknown(String operation, Throwable cause, String lookup, String howToCheck) {
    return new OutcomeUnknownException(operation, operation + " may or may not have acted (" + what(cause)
        + ") and the SDK did not repeat it; " + lookup + ". " + howToCheck, cause);
  }

  private static String what(Throwable cause) {
    if (cause instanceof ServiceException) {
      ServiceException s = (ServiceException) cause;
      return s.statusCode() >= 500 ? "the service answered HTTP " + s.statusCode() + " " + s.errorCode()
          : "its answer could not be read";
    }
    return cause instanceof OutcomeUnknownException ? "its answer named no resource" : "no complete answer arrived";
  }
}
