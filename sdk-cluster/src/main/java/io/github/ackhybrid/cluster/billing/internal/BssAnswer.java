package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.internal.ServiceErrors;

/**
 * What a BSS answer with HTTP 2xx held: the mapped result when {@code Success} was true, or the
 * service's error when it was not (BSS may answer 200 with {@code Success: false}).
 *
 * @param value the result, null on failure
 * @param failure the error, null on success
 * @param <T> the result type
 */
record BssAnswer<T>(T value, ServiceErrorDetails failure) {

  static <T> BssAnswer<T> of(T value) {
    return new BssAnswer<>(value, null);
  }

  static <T> BssAnswer<T> failed(ServiceErrorDetails failure) {
    return new BssAnswer<>(null, failure);
  }

  /**
   * Returns the result.
   *
   * @return the result
   * @throws ServiceException (typed) if the service reported a failure
   */
  T valueOrThrow() {
    if (failure != null) {
      throw ServiceErrors.create(failure);
    }
    return value;
  }
}
