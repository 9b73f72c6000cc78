package io.github.ackhybrid.core.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ConflictException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Reads error answers of both envelope styles (ROA {@code code/message/requestId}, RPC
 * {@code Code/Message/RequestId/Recommend}) and turns them into the typed exceptions.
 */
public final class ServiceErrors {
  private static final Set<String> AUTHENTICATION_CODES = Set.of(
      "SignatureDoesNotMatch", "IncompleteSignature", "IllegalTimestamp", "SignatureNonceUsed",
      "InvalidAccessKeyId", "Forbidden.AccessKeyDisabled", "InvalidSecurityToken", "InvalidTimeStamp",
      "MissingSecurityToken");
  private static final Set<String> CONFLICT_CODES = Set.of(
      "IdempotentParameterMismatch", "ErrorClusterState", "ClusterNameAlreadyExist", "DeletionProtection",
      "ErrorDeletionProtection", "DependencyResourceExist", "LastNodePool", "Conflict");

  private ServiceErrors() {}

  /**
   * Builds the exception for an error answer.
   *
   * @param operation the API operation
   * @param status the HTTP status
   * @param headerRequestId the {@code x-acs-request-id} header, or null
   * @param contentType the response content type, or null
   * @param body the body bytes (possibly cut to a bounded length)
   * @return the typed exception
   */
  public static ServiceException fromResponse(
      String operation, int status, String headerRequestId, String contentType, byte[] body) {
    JsonNode json = null;
    if (body.length > 0) {
      try {
        json = Json.mapper().readTree(body);
      } catch (IOException e) {
        json = null;
      }
    }
    if (json == null || !json.isObject()) {
      String what = body.length == 0 ? "an empty body" : "a body that is not a JSON object ("
          + (contentType == null ? "no content type" : contentType) + ", " + body.length + " bytes)";
      return create(new ServiceErrorDetails(operation, status, "",
          "the service answered with " + what + "; " + preview(body), headerRequestId, null));
    }
    String code = text(json, "Code", "code");
    String message = text(json, "Message", "message");
    String requestId = headerRequestId != null ? headerRequestId
        : text(json, "RequestId", "requestId", "requestid", "request_id");
    String recommend = text(json, "Recommend", "recommend");
    return create(new ServiceErrorDetails(operation, status, code, message, requestId, recommend));
  }

  /**
   * Builds the exception for a redirect, which the SDK never follows: a signed request or a
   * bearer token must not be replayed to a host the user did not configure, and the cloud APIs do
   * not redirect, so one comes from something in between (a captive portal, a misrouted proxy).
   * Only the target's scheme, host and port are shown; its path and query may carry tokens.
   *
   * @param operation the operation
   * @param status the 3xx status
   * @param requestId the request id header, or null
   * @param location the {@code Location} header, or null
   * @return the exception, a plain {@link ServiceException} with the status
   */
  public static ServiceException redirect(String operation, int status, String requestId, String location) {
    return new ServiceException(new ServiceErrorDetails(operation, status, "",
        "the endpoint answered with a redirect to " + origin(location)
            + ", which the SDK does not follow; check the endpoint and any proxy in between",
        requestId, null));
  }

  private static String origin(String location) {
    if (location == null || location.isBlank()) {
      return "nowhere (no Location header)";
    }
    try {
      URI uri = new URI(location.trim());
      if (uri.getHost() == null) {
        return "a path on the same host";
      }
      return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
    } catch (URISyntaxException e) {
      return "an unreadable Location";
    }
  }

  /**
   * Picks the exception type for an answer: authentication, throttling, not found, conflict, or
   * the plain {@link ServiceException}.
   *
   * @param details the answer
   * @return the typed exception
   */
  public static ServiceException create(ServiceErrorDetails details) {
    String code = details.errorCode();
    int status = details.statusCode();
    if (isAuthentication(code) || status == 401) {
      return new AuthenticationException(details);
    }
    if (isThrottling(code) || status == 429) {
      return new ThrottlingException(details);
    }
    if (status == 404 || code.endsWith("NotFound") || code.endsWith(".NotFound")) {
      return new ResourceNotFoundException(details);
    }
    if (status == 409 || CONFLICT_CODES.contains(code)) {
      return new ConflictException(details);
    }
    return new ServiceException(details);
  }

  /**
   * Tells whether an error code means flow control.
   *
   * @param code the error code
   * @return true for {@code Throttling*} and {@code Rejected.Throttling}
   */
  public static boolean isThrottling(String code) {
    return code.startsWith("Throttling") || code.equals("Rejected.Throttling");
  }

  private static boolean isAuthentication(String code) {
    int dot = code.indexOf('.');
    String head = dot < 0 ? code : code.substring(0, dot);
    return AUTHENTICATION_CODES.contains(code) || AUTHENTICATION_CODES.contains(head);
  }

  private static String text(JsonNode json, String... names) {
    for (String name : names) {
      JsonNode v = json.get(name);
      if (v != null && !v.isNull()) {
        return v.isValueNode() ? v.asText() : v.toString();
      }
    }
    return null;
  }

  private static String preview(byte[] body) {
    if (body.length == 0) {
      return "nothing to show";
    }
    String text = new String(body, 0, Math.min(body.length, 120), StandardCharsets.UTF_8)
        .replaceAll("\\p{Cntrl}", " ").trim();
    return "it starts with \"" + text + (body.length > 120 ? "...\"" : "\"");
  }
}
