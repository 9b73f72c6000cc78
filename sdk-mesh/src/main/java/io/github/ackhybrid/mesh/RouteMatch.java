package io.github.ackhybrid.mesh;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which requests a canary match route takes: conditions on headers and on the URI path, all of
 * which must hold (Istio's {@code HTTPMatchRequest}). Immutable; each {@code and...} step returns a
 * new match.
 *
 * <pre>{@code
 * RouteMatch testers = RouteMatch.header("x-canary", StringMatch.exact("true"))
 *     .andUri(StringMatch.prefix("/api/"));
 * }</pre>
 */
public final class RouteMatch {
  // Istio asks for lower-case header names with hyphens; Envoy compares names lower-cased, so an
  // upper-case name would silently never match.
  private static final Pattern HEADER = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");

  private final Map<String, StringMatch> headers;
  private final StringMatch uri;

  private RouteMatch(Map<String, StringMatch> headers, StringMatch uri) {
    this.headers = headers;
    this.uri = uri;
  }

  /**
   * Matches requests whose header {@code name} satisfies {@code match}.
   *
   * @param name the header name, lower case, such as {@code x-canary}
   * @param match how its value is compared
   * @return the match
   * @throws ValidationException if the name is not 1-256 characters [a-z0-9-] or the match is null
   */
  public static RouteMatch header(String name, StringMatch match) {
    return new RouteMatch(Map.of(), null).andHeader(name, match);
  }

  /**
   * Matches requests whose URI path satisfies {@code match}.
   *
   * @param match how the path is compared; an exact or prefix match must start with {@code /}
   * @return the match
   * @throws ValidationException if the match is null or an exact or prefix path lacks the leading {@code /}
   */
  public static RouteMatch uri(StringMatch match) {
    return new RouteMatch(Map.of(), null).andUri(match);
  }

  /**
   * Returns a match that also requires header {@code name} to satisfy {@code match}.
   *
   * @param name the header name, lower case, such as {@code x-user-group}
   * @param match how its value is compared
   * @return a new match
   * @throws ValidationException if the name breaks the rule, is already matched, or the match is null
   */
  public RouteMatch andHeader(String name, StringMatch match) {
    Validate.matches(name, "routeMatch.header", 1, 256, HEADER,
        "[a-z0-9-] in lower case, starting and ending alphanumeric");
    Validate.notNull(match, "routeMatch.headers[" + name + "]");
    if (headers.containsKey(name)) {
      throw new ValidationException("routeMatch.headers", "must not match header " + Validate.quote(name) + " twice");
    }
    Map<String, StringMatch> copy = new LinkedHashMap<>(headers);
    copy.put(name, match);
    return new RouteMatch(Collections.unmodifiableMap(copy), uri);
  }

  /**
   * Returns a match that also requires the URI path to satisfy {@code match}.
   *
   * @param match how the path is compared; an exact or prefix match must start with {@code /}
   * @return a new match
   * @throws ValidationException if the path is already matched, the match is null, or an exact or
   *     prefix path lacks the leading {@code /}
   */
  public RouteMatch andUri(StringMatch match) {
    Validate.notNull(match, "routeMatch.uri");
    if (uri != null) {
      throw new ValidationException("routeMatch.uri", "must be set once, was already " + uri);
    }
    if (match.type() != StringMatch.Type.REGEX && !match.value().startsWith("/")) {
      throw new ValidationException("routeMatch.uri", "must start with '/', was " + Validate.quote(match.value()));
    }
    return new RouteMatch(headers, match);
  }

  /**
   * Returns the header conditions in the order they were added.
   *
   * @return an unmodifiable map from header name to match, possibly empty
   */
  public Map<String, StringMatch> headers() {
    return headers;
  }

  /**
   * Returns the URI path condition, if any.
   *
   * @return the path match
   */
  public Optional<StringMatch> uri() {
    return Optional.ofNullable(uri);
  }

  ObjectNode toJson() {
    ObjectNode node = Manifests.object();
    if (uri != null) {
      node.set("uri", uri.toJson());
    }
    if (!headers.isEmpty()) {
      ObjectNode headerNode = node.putObject("headers");
      headers.forEach((name, match) -> headerNode.set(name, match.toJson()));
    }
    return node;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RouteMatch && ((RouteMatch) o).headers.equals(headers) && ((RouteMatch) o).uri().equals(uri());
  }

  @Override
  public int hashCode() {
    return 31 * headers.hashCode() + uri().hashCode();
  }

  /** Returns the conditions, such as {@code header x-canary exact "true" and uri prefix "/api/"}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    headers.forEach((name, match) -> sb.append(sb.length() == 0 ? "" : " and ").append("header ").append(name)
        .append(' ').append(match));
    if (uri != null) {
      sb.append(sb.length() == 0 ? "" : " and ").append("uri ").append(uri);
    }
    return sb.toString();
  }
}
