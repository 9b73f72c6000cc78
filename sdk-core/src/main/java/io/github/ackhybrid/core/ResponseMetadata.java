package io.github.ackhybrid.core;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SDK knows about the exchange behind a result: the operation, the HTTP status, the
 * service's request id (the first thing support asks for), how many attempts the call took, how
 * long it took in all, and whether the result was {@linkplain #reconciled() reconciled} after the
 * answer was lost. Immutable.
 */
public final class ResponseMetadata {
  private final String operation;
  private final int httpStatus;
  private final Optional<String> requestId;
  private final int attempts;
  private final Duration latency;
  private final boolean reconciled;

  private ResponseMetadata(String operation, int httpStatus, Optional<String> requestId, int attempts,
      Duration latency, boolean reconciled) {
    this.operation = operation;
    this.httpStatus = httpStatus;
    this.requestId = requestId;
    this.attempts = attempts;
    this.latency = latency;
    this.reconciled = reconciled;
  }

  /**
   * Describes a call that got an HTTP response.
   *
   * @param operation the API operation, such as {@code DescribeClusterDetail}
   * @param httpStatus the status of the final response, 100-599
   * @param requestId the service's request id; null or blank when the response carried none
   * @param attempts how many attempts the call made, retries included, at least 1
   * @param latency the time from the first attempt's start to the final response, not negative
   * @return the metadata
   * @throws ValidationException if a value is missing or out of range
   */
  public static ResponseMetadata of(
      String operation, int httpStatus, String requestId, int attempts, Duration latency) {
    Validate.notBlank(operation, "responseMetadata.operation");
    Validate.inRange(httpStatus, "responseMetadata.httpStatus", 100, 599);
    Validate.inRange(attempts, "responseMetadata.attempts", 1, Integer.MAX_VALUE);
    Validate.notNull(latency, "responseMetadata.latency");
    if (latency.isNegative()) {
      throw new ValidationException("responseMetadata.latency", "must not be negative, was " + latency);
    }
    Optional<String> id = requestId == null || requestId.isBlank() ? Optional.empty() : Optional.of(requestId);
    return new ResponseMetadata(operation, httpStatus, id, attempts, latency, false);
  }

  /**
   * Describes a result that no HTTP exchange produced: status 0, no request id, no attempts, zero
   * latency.
   *
   * @param operation the API operation the result belongs to
   * @return the metadata
   * @throws ValidationException if the operation is null or blank
   */
  public static ResponseMetadata empty(String operation) {
    Validate.notBlank(operation, "responseMetadata.operation");
    return new ResponseMetadata(operation, 0, Optional.empty(), 0, Duration.ZERO, false);
  }

  /**
   * Returns the API operation.
   *
   * @return the operation name, such as {@code DescribeClusterDetail}
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the HTTP status of the final response.
   *
   * @return 100-599, or 0 when no HTTP exchange took place
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Returns the service's id for the request, to quote when asking Alibaba Cloud for support.
   *
   * @return the request id, or empty when the response carried none
   */
  public Optional<String> requestId() {
    return requestId;
  }

  /**
   * Returns how many attempts the call made, retries included.
   *
   * @return at least 1, or 0 when no HTTP exchange took place
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how long the call took, from the first attempt's start to the final response.
   *
   * @return the latency, never negative
   */
  public Duration latency() {
    return latency;
  }

  /**
   * Tells whether the create's own answer was lost (a dropped connection, a timeout, a 5xx or an
   * unreadable body after the service may have acted) and the SDK found the resource it had just
   * created instead of failing. The status and request id are then those of the lookup that found
   * it; see {@code docs/WRITE-SAFETY.md}.
   *
   * @return true for a reconciled result
   */
  public boolean reconciled() {
    return reconciled;
  }

  /**
   * Returns a copy that names another operation and is marked {@linkplain #reconciled() reconciled}:
   * the lookup's exchange, reported as the result of the create it stands in for.
   *
   * @param createOperation the create the lookup reconciled, such as {@code CreateCluster}
   * @return the marked copy
   * @throws ValidationException if the operation is null or blank
   */
  public ResponseMetadata reconciledFor(String createOperation) {
    Validate.notBlank(createOperation, "responseMetadata.operation");
    return new ResponseMetadata(createOperation, httpStatus, requestId, attempts, latency, true);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResponseMetadata)) {
      return false;
    }
    ResponseMetadata other = (ResponseMetadata) o;
    return operation.equals(other.operation)
        && httpStatus == other.httpStatus
        && requestId.equals(other.requestId)
        && attempts == other.attempts
        && latency.equals(other.latency)
        && reconciled == other.reconciled;
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, httpStatus, requestId, attempts, latency, reconciled);
  }

  @Override
  public String toString() {
    return "ResponseMetadata{operation=" + operation + ", httpStatus=" + httpStatus
        + ", requestId=" + requestId.orElse("none") + ", attempts=" + attempts + ", latency=" + latency + (reconciled ? ", reconciled" : "") + "}";
  }
}
