package io.github.ackhybrid.core.exception;

import java.util.Objects;
import java.util.Optional;

/**
 * A create whose answer was lost after the service may have acted on it: the connection dropped
 * or timed out after the request was sent, the service answered 5xx, or its answer could not be
 * read. The SDK does not repeat such a call, since repeating could make a second resource; where
 * the API lets it, it first looks for the resource it was creating, and throws this only when that
 * lookup cannot settle the question. The message says how to check before creating again; the
 * cause is the failure that left the outcome open.
 */
public class OutcomeUnknownException extends SdkException {
  private static final long serialVersionUID = 1L;

  private final String operation;

  /**
   * Creates the exception.
   *
   * @param operation the create whose outcome is unknown, such as {@code CreateClusterNodePool}
   * @param message what happened and how to check whether the resource exists
   * @param cause the failure that left the outcome open
   */
  public OutcomeUnknownException(String operation, String message, Throwable cause) {
    super(message, cause);
    this.operation = Objects.requireNonNull(operation, "operation");
  }

  /**
   * Returns the create whose outcome is unknown.
   *
   * @return the operation name, never null
   */
  public String operation() {
    return operation;
  }

  /**
   * Returns the request id of the service's answer, when an answer (a 5xx, an unreadable body)
   * arrived at all.
   *
   * @return the request id, or empty when no answer carried one
   */
  public Optional<String> requestId() {
    return getCause() instanceof ServiceException ? ((ServiceException) getCause()).requestId() : Optional.empty();
  }
}
