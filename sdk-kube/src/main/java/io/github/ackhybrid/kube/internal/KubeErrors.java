package io.github.ackhybrid.kube.internal;

import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns an API server error response into the SDK's exception for its HTTP status: 404
 * {@link ResourceNotFoundException}, 409 {@link ConflictException}, 401 and 403
 * {@link AuthenticationException}, 429 {@link ThrottlingException}, anything else
 * {@link ServiceException}. The error code and message come from the {@code Status} body; the
 * request id is the {@code Audit-Id} header the API server stamps on every response.
 */
public final class KubeErrors {
  private static final int SNIPPET_CHARACTERS = 120;

  private KubeErrors() {}

  /**
   * Builds the exception for an error response.
   *
   * @param operation the failed operation, e.g. {@code kube.apply VirtualService default/reviews}
   * @param httpStatus the HTTP status
   * @param auditId the {@code Audit-Id} response header, if present
   * @param contentType the response's content type, if present
   * @param body the start of the response body
   * @return the exception to throw
   */
  public static ServiceException exception(String operation, int httpStatus, Optional<String> auditId,
      Optional<String> contentType, byte[] body) {
    Optional<KubeStatus> status = KubeStatus.parse(body);
    ServiceErrorDetails details = status
        .map(s -> new ServiceErrorDetails(operation, httpStatus, s.reason(), s.message(), auditId.orElse(null), null))
        .orElseGet(() -> new ServiceErrorDetails(operation, httpStatus, "",
            "the error body is not a Kubernetes Status object (" + describe(contentType, body) + ")",
            auditId.orElse(null), null));
    return switch (httpStatus) {
      case 404 -> new ResourceNotFoundException(details);
      case 409 -> new ConflictException(details);
      case 401, 403 -> new AuthenticationException(details);
      case 429 -> new ThrottlingException(details);
      default -> new ServiceException(details);
    };
  }

  /**
   * Builds the exception for a successful response whose body could not be read as expected.
   *
   * @param operation the operation
   * @param httpStatus the HTTP status
   * @param auditId the {@code Audit-Id} response header, if present
   * @param problem what was wrong with the body
   * @param cause the decode failure
   * @return the exception to throw
   */
  public static ServiceException undecodable(String operation, int httpStatus, Optional<String> auditId,
      String problem, Throwable cause) {
    return new ServiceException(
        new ServiceErrorDetails(operation, httpStatus, "", problem, auditId.orElse(null), null), cause);
  }

  private static String describe(Optional<String> contentType, byte[] body) {
    if (body.length == 0) {
      return "empty body";
    }
    String text = new String(body, StandardCharsets.UTF_8);
    StringBuilder snippet = new StringBuilder();
    for (int i = 0; i < text.length() && snippet.length() < SNIPPET_CHARACTERS; i++) {
      char c = text.charAt(i);
      snippet.append(Character.isISOControl(c) ? ' ' : c);
    }
    if (text.length() > SNIPPET_CHARACTERS) {
      snippet.append("...");
    }
    return contentType.orElse("no content type") + ": " + snippet.toString().strip();
  }
}
