package io.github.ackhybrid.core.exception;

/**
 * The request conflicts with the resource's current state, such as deleting a cluster with deletion protection on or reusing an idempotency token with other parameters.
 */
public class ConflictException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the service's answer.
   *
   * @param details what the service answered
   */
  public ConflictException(ServiceErrorDetails details) {
    super(details);
  }
}
