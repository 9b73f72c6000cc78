package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.Futures;
import io.github.ackhybrid.core.internal.WriteSafety;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs ASM calls on the shared pipeline, blocking or not, and gives both the same finishing:
 * ASM's error codes retyped by {@link MeshErrors}, then the call's own finishing step.
 */
final class MeshCaller {
  private final ClientRuntime runtime;

  MeshCaller(ClientRuntime runtime) {
    this.runtime = runtime;
  }

  <W, R> R sync(MeshCall<W, R> call) {
    W answer;
    try {
      answer = runtime.execute(call.request());
    } catch (ServiceException e) {
      throw MeshErrors.translate(e);
    }
    return call.finish().apply(answer);
  }

  /**
   * Starts a call without blocking. Building the call (argument checks included) happens here, so
   * a {@link io.github.ackhybrid.core.exception.ValidationException} fails the future and nothing
   * is sent.
   */
  <W, R> CompletableFuture<R> async(Supplier<MeshCall<W, R>> build) {
    MeshCall<W, R> call;
    try {
      call = build.get();
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
    return start(call);
  }

  /** Runs a create on the caller's thread, reconciling after a lost answer (see {@link WriteSafety}). */
  <R> R sync(WriteSafeCall<R> call) {
    return WriteSafety.create(call.operation(), () -> sync(call.create()), () -> sync(call.lookup()),
        call.howToCheck());
  }

  /** Starts a create without blocking, reconciling after a lost answer; building it may fail the future. */
  <R> CompletableFuture<R> asyncWriteSafe(Supplier<WriteSafeCall<R>> build) {
    WriteSafeCall<R> call;
    try {
      call = build.get();
    } catch (SdkException e) {
      return CompletableFuture.failedFuture(e);
    }
    return WriteSafety.createAsync(call.operation(), () -> start(call.create()), () -> start(call.lookup()),
        call.howToCheck());
  }

  private <W, R> CompletableFuture<R> start(MeshCall<W, R> call) {
    return map(runtime.executeAsync(call.request()), call.finish());
  }

  /**
   * Maps a future's value and retypes its ASM errors. Unlike {@code thenApply}, cancelling the
   * returned future cancels the source, so a caller's cancel reaches the HTTP call or the waiter.
   */
  static <T, R> CompletableFuture<R> map(CompletableFuture<T> source, Function<? super T, ? extends R> finish) {
    CompletableFuture<R> result = new CompletableFuture<>();
    source.whenComplete((value, error) -> {
      if (error != null) {
        Throwable cause = Futures.unwrap(error);
        result.completeExceptionally(cause instanceof ServiceException
            ? MeshErrors.translate((ServiceException) cause) : cause);
        return;
      }
      try {
        result.complete(finish.apply(value));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
    result.whenComplete((value, error) -> {
      if (error instanceof CancellationException) {
        source.cancel(false);
      }
    });
    return result;
  }
}
