package io.github.ackhybrid.core.exception;

/**
 * The service refused the call because of flow control (`Throttling*` codes or HTTP 429). Nothing happened on the server, so the SDK retries these for every operation.
 */
public class ThrottlingException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the service's answer.
   *
   * @param details what the service answered
   */
  public ThrottlingException(ServiceErrorDetails details) {
    super(details);
  }
}
