package io.github.ackhybrid.cluster.internal;

import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.WriteSafety;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One fully built API call and how its decoded answer becomes the public result. The sync and
 * async clients run the same call and differ only in {@link #execute} versus {@link #executeAsync}.
 *
 * @param <R> the public result type
 */
public final class Call<R> {
  private final Function<ClientRuntime, R> sync;
  private final Function<ClientRuntime, CompletableFuture<R>> async;

  private Call(Function<ClientRuntime, R> sync, Function<ClientRuntime, CompletableFuture<R>> async) {
    this.sync = sync;
    this.async = async;
  }

  static <W, R> Call<R> of(ApiRequest<W> request, Function<? super W, ? extends R> finish) {
    return new Call<>(runtime -> finish.apply(runtime.execute(request)), runtime -> {
      CompletableFuture<W> exchange = runtime.executeAsync(request);
      CompletableFuture<R> result = exchange.thenApply(finish);
      // thenApply does not pass cancellation upstream; without this, cancelling the caller's
      // future would leave the HTTP exchange and its retries running.
      result.whenComplete((value, error) -> {
        if (error instanceof CancellationException) {
          exchange.cancel(true);
        }
      });
      return result;
    });
  }

  /**
   * Wraps a create that carries no idempotency token: after an answer lost once the service may
   * have acted, the lookup runs and its find is the result, or the caller gets an
   * {@link io.github.ackhybrid.core.exception.OutcomeUnknownException} saying how to check.
   *
   * @param operation the create's operation name
   * @param create the create
   * @param lookup finds what the create made, marked reconciled
   * @param howToCheck what the user should do when the outcome stays unknown
   * @param <R> the result type
   * @return the guarded call
   */
  static <R> Call<R> writeSafe(String operation, Call<R> create, Call<Optional<R>> lookup, String howToCheck) {
    return new Call<>(
        runtime -> WriteSafety.create(operation, () -> create.execute(runtime), () -> lookup.execute(runtime),
            howToCheck),
        runtime -> WriteSafety.createAsync(operation, () -> create.executeAsync(runtime),
            () -> lookup.executeAsync(runtime), howToCheck));
  }

  /**
   * Runs the call on the caller's thread.
   *
   * @param runtime the client's pipeline
   * @return the result
   */
  public R execute(ClientRuntime runtime) {
    return sync.apply(runtime);
  }

  /**
   * Runs the call without blocking.
   *
   * @param runtime the client's pipeline
   * @return the future result
   */
  public CompletableFuture<R> executeAsync(ClientRuntime runtime) {
    return async.apply(runtime);
  }
}
