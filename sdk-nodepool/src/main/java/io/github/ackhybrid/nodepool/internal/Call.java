package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.internal.ApiRequest;
import io.github.ackhybrid.core.internal.ClientRuntime;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * One prepared API call and how its decoded answer becomes the result the user sees, so the sync
 * and async clients run exactly the same request and mapping.
 *
 * @param request the request, fully built and validated
 * @param finish turns the decoded answer into the result; it may use what the request knew
 * @param <W> the decoded answer
 * @param <R> the result
 */
record Call<W, R>(ApiRequest<W> request, Function<W, R> finish) {

  R execute(ClientRuntime runtime) {
    return finish.apply(runtime.execute(request));
  }

  CompletableFuture<R> executeAsync(ClientRuntime runtime) {
    return runtime.executeAsync(request).thenApply(finish);
  }
}
