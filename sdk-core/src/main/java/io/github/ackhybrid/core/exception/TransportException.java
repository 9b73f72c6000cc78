package io.github.ackhybrid.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * The call did not get a complete HTTP answer: the connection failed or was reset, a timeout
 * expired, or the response body was cut short. Whether the server acted on the request is unknown.
 */
public class TransportException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String requestId;

  /**
   * Creates a transport failure.
   *
   * @param operation the API operation that was being called, such as {@code DescribeClusterDetail}
   * @param message what failed
   * @param cause the I/O failure, may be null
   */
  public TransportException(String operation, String message, Throwable cause) {
    this(operation, message, cause, null);
  }

  /**
   * Creates a transport failure that happened after the server had begun to answer, so its
   * request id is known: a body cut short or unreadable after the status line and headers arrived.
   *
   * @param operation the API operation that was being called, such as {@code DescribeClusterDetail}
   * @param message what failed
   * @param cause the I/O failure, may be null
   * @param requestId the request id from the answer's headers, may be null when it had none
   */
  public TransportException(String operation, String message, Throwable cause, String requestId) {
    super(message, cause);
    this.operation = Objects.requireNonNull(operation, "operation");
    this.requestId = requestId == null || requestId.isEmpty() ? null : requestId;
  }

  /**
   * Returns the API operation that was being called.
   *
   * @return the operation name, never null
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the request id of the answer that was cut short, when the server had sent its headers;
   * quote it in a support ticket.
   *
   * @return the request id, or empty when no answer began
   */
  public Optional<String> requestId() {
    return Optional.ofNullable(requestId);
  }
}
