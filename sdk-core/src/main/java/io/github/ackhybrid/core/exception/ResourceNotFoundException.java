package io.github.ackhybrid.core.exception;

/**
 * The resource named in the request does not exist (HTTP 404 or a `*NotFound` error code).
 */
public class ResourceNotFoundException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the service's answer.
   *
   * @param details what the service answered
   */
  public ResourceNotFoundException(ServiceErrorDetails details) {
    super(details);
  }
}
