package io.github.ackhybrid.core.exception;

import java.util.Objects;

/**
 * The parts of an error answer from the service, gathered before a {@link ServiceException} is
 * built.
 *
 * @param operation the API operation that failed
 * @param statusCode the HTTP status
 * @param errorCode the service's error code, empty if none
 * @param errorMessage the service's message, empty if none
 * @param requestId the request id, null if unknown
 * @param recommend the troubleshooting link, null if none
 * @param attemptHistory what earlier attempts of the same call ran into, empty after one attempt
 */
public record ServiceErrorDetails(
    String operation,
    int statusCode,
    String errorCode,
    String errorMessage,
    String requestId,
    String recommend,
    String attemptHistory) implements java.io.Serializable {

  /**
   * Checks the required parts and turns null texts into empty ones.
   *
   * @param operation the API operation that failed
   * @param statusCode the HTTP status
   * @param errorCode the service's error code, empty if none
   * @param errorMessage the service's message, empty if none
   * @param requestId the request id, null if unknown
   * @param recommend the troubleshooting link, null if none
   * @param attemptHistory what earlier attempts of the same call ran into, empty after one attempt
   * @throws NullPointerException if the operation is null
   */
  public ServiceErrorDetails {
    Objects.requireNonNull(operation, "operation");
    errorCode = errorCode == null ? "" : errorCode;
    errorMessage = errorMessage == null ? "" : errorMessage;
    attemptHistory = attemptHistory == null ? "" : attemptHistory;
  }

  /**
   * Creates the details of a single-attempt answer.
   *
   * @param operation the API operation that failed
   * @param statusCode the HTTP status
   * @param errorCode the service's error code, empty if none
   * @param errorMessage the service's message, empty if none
   * @param requestId the request id, null if unknown
   * @param recommend the troubleshooting link, null if none
   */
  public ServiceErrorDetails(String operation, int statusCode, String errorCode, String errorMessage,
      String requestId, String recommend) {
    this(operation, statusCode, errorCode, errorMessage, requestId, recommend, "");
  }

  /**
   * Returns a copy that also tells what earlier attempts ran into.
   *
   * @param history e.g. {@code 4 attempts: #1 HTTP 503 ServiceUnavailable; #2 read timed out; ...}
   * @return the new details
   */
  public ServiceErrorDetails withAttemptHistory(String history) {
    return new ServiceErrorDetails(operation, statusCode, errorCode, errorMessage, requestId, recommend, history);
  }

  /**
   * Returns the one-line description used as the exception message.
   *
   * @return e.g. {@code DescribeClusterDetail failed: HTTP 404 ErrorClusterNotFound: cluster not found (request id ABC)}
   */
  public String describe() {
    StringBuilder sb = new StringBuilder(operation).append(" failed: HTTP ").append(statusCode);
    if (!errorCode.isEmpty()) {
      sb.append(' ').append(errorCode);
    }
    if (!errorMessage.isEmpty()) {
      sb.append(": ").append(errorMessage);
    }
    sb.append(" (request id ").append(requestId == null ? "unknown" : requestId).append(')');
    if (!attemptHistory.isEmpty()) {
      sb.append("; ").append(attemptHistory);
    }
    return sb.toString();
  }
}
