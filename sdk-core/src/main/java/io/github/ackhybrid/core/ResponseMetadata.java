package io.github.ackhybrid.core;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What the SDK knows about the HTTP exchange behind a result: the operation, the HTTP status, the
 * request id a support ticket needs, how many attempts the call took and how long it took in all.
 */
public final class ResponseMetadata {
  private final String operation;
  private final int httpStatus;
  private final String requestId;
  private final int attempts;
  private final Duration latency;

  private ResponseMetadata(String operation, int httpStatus, String requestId, int attempts, Duration latency) {
    this.operation = Objects.requireNonNull(operation, "operation");
    this.httpStatus = httpStatus;
    this.requestId = requestId;
    this.attempts = attempts;
    this.latency = Objects.requireNonNull(latency, "latency");
  }

  /**
   * Creates metadata for a completed exchange.
   *
   * @param operation the API operation, e.g. {@code DescribeClusterDetail}
   * @param httpStatus the HTTP status of the final attempt
   * @param requestId the request id, or null if the service sent none
   * @param attempts how many attempts the call made, at least 1
   * @param latency the time from the first attempt to the decoded answer
   * @return the metadata
   */
  public static ResponseMetadata of(String operation, int httpStatus, String requestId, int attempts, Duration latency) {
    return new ResponseMetadata(operation, httpStatus, requestId, attempts, latency);
  }

  /**
   * Creates metadata for a value that did not come from an HTTP exchange (built by hand or in tests).
   *
   * @param operation a name for where the value came from
   * @return metadata with status 0, no request id and no attempts
   */
  public static ResponseMetadata empty(String operation) {
    return new ResponseMetadata(operation, 0, null, 0, Duration.ZERO);
  }

  /**
   * Returns the API operation.
   *
   * @return the operation name
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the HTTP status of the final attempt.
   *
   * @return the status, 0 if there was no exchange
   */
  public int httpStatus() {
    return httpStatus;
  }

  /**
   * Returns the request id from the {@code x-acs-request-id} header or the response body.
   *
   * @return the request id, if the service sent one
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns how many attempts the call made.
   *
   * @return the attempt count
   */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns the time from the first attempt to the decoded answer, retries included.
   *
   * @return the latency
   */
  public Duration latency() {
    return latency;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof ResponseMetadata)) {
      return false;
    }
    ResponseMetadata m = (ResponseMetadata) o;
    return operation.equals(m.operation) && httpStatus == m.httpStatus && Objects.equals(requestId, m.requestId)
        && attempts == m.attempts && latency.equals(m.latency);
  }

  @Override
  public int hashCode() {
    return Objects.hash(operation, httpStatus, requestId, attempts, latency);
  }

  @Override
  public String toString() {
    return "ResponseMetadata{operation=" + operation + ", httpStatus=" + httpStatus + ", requestId=" + requestId
        + ", attempts=" + attempts + ", latency=" + latency.toMillis() + "ms}";
  }
}
