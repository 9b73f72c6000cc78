package io.github.ackhybrid.core.exception;

/**
 * Root of every exception the SDK throws. All SDK exceptions are unchecked, so a caller can catch
 * this one type to handle any failure of an SDK call.
 */
public class SdkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message.
   *
   * @param message what went wrong and, where possible, what to do next
   */
  public SdkException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause that led to it.
   *
   * @param message what went wrong and, where possible, what to do next
   * @param cause the underlying failure, may be null
   */
  public SdkException(String message, Throwable cause) {
    super(message, cause);
  }
}
