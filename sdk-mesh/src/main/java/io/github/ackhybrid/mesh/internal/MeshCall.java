package io.github.ackhybrid.mesh.internal;

import io.github.ackhybrid.core.internal.ApiRequest;
import java.util.function.Function;

/**
 * One ASM call ready to run: the request exactly as it will be sent, and how its decoded answer
 * becomes the result when the result needs what only the caller knows (the page number asked for,
 * the lane named in the request).
 *
 * @param request the request
 * @param finish turns the decoded answer into the result; must not fail
 * @param <W> the decoded answer's type
 * @param <R> the result type
 */
record MeshCall<W, R>(ApiRequest<W> request, Function<W, R> finish) {

  /** A call whose decoded answer is the result. */
  static <R> MeshCall<R, R> of(ApiRequest<R> request) {
    return new MeshCall<>(request, Function.identity());
  }
}
