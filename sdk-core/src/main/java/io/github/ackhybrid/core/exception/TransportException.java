package io.github.ackhybrid.core.exception;

import java.util.Objects;

/**
 * The call did not get a complete HTTP answer: the connection failed or was reset, a timeout
 * expired, or the response body was cut short. Whether the server acted on the request is unknown.
 */
public class TransportException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String operation;

  /**
   * Creates a transport failure.
   *
   * @param operation the API operation that was being called, such as {@code DescribeClusterDetail}
   * @param message what failed
   * @param cause the I/O failure, may be null
   */
  public TransportException(String operation, String message, Throwable cause) {
    super(message, cause);
    this.operation = Objects.requireNonNull(operation, "operation");
  }

  /**
   * Returns the API operation that was being called.
   *
   * @return the operation name, never null
   */
  public String operation() {
    return operation;
  }
}
