package io.github.ackhybrid.core.exception;

/**
 * The service did not accept the caller's identity: unknown or disabled access key, a signature that does not match, an expired or replayed date, nonce or security token.
 */
public class AuthenticationException extends ServiceException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception from the service's answer.
   *
   * @param details what the service answered
   */
  public AuthenticationException(ServiceErrorDetails details) {
    super(details);
  }
}
