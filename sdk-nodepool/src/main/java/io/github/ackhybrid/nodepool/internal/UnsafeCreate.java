package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.internal.ClientRuntime;
import io.github.ackhybrid.core.internal.WriteSafety;
import java.util.concurrent.CompletableFuture;

/**
 * A create the SDK cannot reconcile after a lost answer (docs/WRITE-SAFETY.md): node pool names are
 * not known to be unique and a hybrid pool has no resource tags to carry a creation token, so a
 * pool found by name might be someone else's. After an unknown outcome the caller gets an
 * {@link io.github.ackhybrid.core.exception.OutcomeUnknownException} that says how to check.
 *
 * @param operation the create's action
 * @param call the create
 * @param howToCheck what the user should do when the outcome is unknown
 * @param <R> the result
 */
record UnsafeCreate<R>(String operation, Call<?, R> call, String howToCheck) {

  R execute(ClientRuntime runtime) {
    return WriteSafety.create(operation, () -> call.execute(runtime), null, howToCheck);
  }

  CompletableFuture<R> executeAsync(ClientRuntime runtime) {
    return WriteSafety.createAsync(operation, () -> call.executeAsync(runtime), null, howToCheck);
  }
}
