package io.github.ackhybrid.core.exception;

import java.util.Optional;

/**
 * The service answered with an error. Carries everything a support ticket needs: the HTTP status,
 * the service's error code and message, the request id and the operation that failed.
 */
public class ServiceException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final String errorCode;
  private final String errorMessage;
  private final String requestId;
  private final String operation;
  private final String recommend;
  private final ServiceErrorDetails details;

  /**
   * Creates a service error.
   *
   * @param details what the service answered; see {@link ServiceErrorDetails}
   */
  public ServiceException(ServiceErrorDetails details) {
    this(details, null);
  }

  /**
   * Creates a service error with the exception that hid behind it, such as a decode failure.
   *
   * @param details what the service answered
   * @param cause the underlying failure, may be null
   */
  public ServiceException(ServiceErrorDetails details, Throwable cause) {
    super(details.describe(), cause);
    this.statusCode = details.statusCode();
    this.errorCode = details.errorCode();
    this.errorMessage = details.errorMessage();
    this.requestId = details.requestId();
    this.operation = details.operation();
    this.recommend = details.recommend();
    this.details = details;
  }

  /**
   * Returns all parts of the service's answer in one value.
   *
   * @return the details
   */
  public ServiceErrorDetails details() {
    return details;
  }

  /**
   * Returns the HTTP status of the response.
   *
   * @return the HTTP status code
   */
  public int statusCode() {
    return statusCode;
  }

  /**
   * Returns the service's error code, such as {@code ErrorClusterNotFound} or {@code Throttling.User}.
   *
   * @return the error code, or an empty string when the response carried none
   */
  public String errorCode() {
    return errorCode;
  }

  /**
   * Returns the service's own error message.
   *
   * @return the message, or an empty string when the response carried none
   */
  public String errorMessage() {
    return errorMessage;
  }

  /**
   * Returns the request id the service assigned, the first thing support asks for.
   *
   * @return the request id, if the response carried one
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }

  /**
   * Returns the API operation that failed, such as {@code CreateCluster}.
   *
   * @return the operation name
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the troubleshooting link RPC services add to their errors.
   *
   * @return the recommendation URL, if the service sent one
   */
  public Optional<String> recommend() {
    return Optional.ofNullable(recommend);
  }
}
