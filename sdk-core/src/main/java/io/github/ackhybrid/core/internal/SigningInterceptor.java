package io.github.ackhybrid.core.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Signs each SDK request when OkHttp starts it, not when it is queued. An asynchronous call may
 * wait in the dispatcher's queue behind {@code maxConcurrency} others, and a signature dated when
 * it was queued could be stale, or past the service's tolerance for clock skew, by the time it is
 * sent. A request without a {@link Signer} tag passes through unchanged.
 */
final class SigningInterceptor implements Interceptor {

  /** Makes the signed form of an unsigned request; travels as the request's tag. */
  @FunctionalInterface
  interface Signer {

    /**
     * Signs a request about to be sent.
     *
     * @param unsigned the request as queued
     * @return the request to send
     * @throws IOException if the request must not be sent, with the reason for the pipeline
     */
    Request sign(Request unsigned) throws IOException;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    Signer signer = request.tag(Signer.class);
    return chain.proceed(signer == null ? request : signer.sign(request));
  }
}
