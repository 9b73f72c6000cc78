package io.github.ackhybrid.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.Product;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * One received request, parsed once: method, path (raw and as decoded segments), decoded query and
 * form parameters, headers looked up without regard to case, the body bytes, the product its API
 * version names, its request id, and the path parameters of the route it matched. Immutable.
 */
public final class SimRequest {
  private final String method;
  private final String rawPath;
  private final List<String> segments;
  private final Map<String, String> query;
  private final Map<String, String> form;
  private final SortedMap<String, String> headers;
  private final byte[] body;
  private final String requestId;
  private final Optional<Product> product;
  private final Map<String, String> pathParams;

  private SimRequest(String method, String rawPath, List<String> segments, Map<String, String> query,
      Map<String, String> form, SortedMap<String, String> headers, byte[] body, String requestId,
      Optional<Product> product, Map<String, String> pathParams) {
    this.method = method;
    this.rawPath = rawPath;
    this.segments = segments;
    this.query = query;
    this.form = form;
    this.headers = headers;
    this.body = body;
    this.requestId = requestId;
    this.product = product;
    this.pathParams = pathParams;
  }

  /**
   * Parses a request MockWebServer received.
   *
   * @param recorded the request
   * @param requestId the id the answer will carry
   * @return the parsed request, with no path parameters yet
   */
  public static SimRequest parse(RecordedRequest recorded, String requestId) {
    String target = recorded.getPath() == null ? "/" : recorded.getPath();
    int question = target.indexOf('?');
    String rawPath = question < 0 ? target : target.substring(0, question);
    HttpUrl url = recorded.getRequestUrl();
    List<String> segments = url == null ? List.of() : url.pathSegments();
    Map<String, String> query = new LinkedHashMap<>();
    if (url != null) {
      for (String name : url.queryParameterNames()) {
        String value = url.queryParameter(name);
        query.put(name, value == null ? "" : value);
      }
    }
    SortedMap<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    Headers received = recorded.getHeaders();
    for (String name : received.names()) {
      headers.put(name, received.get(name));
    }
    byte[] body = recorded.getBody().snapshot().toByteArray();
    String contentType = headers.getOrDefault("content-type", "");
    Map<String, String> form = contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
        ? decodeForm(new String(body, StandardCharsets.UTF_8)) : Map.of();
    String version = headers.get("x-acs-version");
    if (version == null) {
      version = query.containsKey("Version") ? query.get("Version") : form.get("Version");
    }
    return new SimRequest(recorded.getMethod() == null ? "GET" : recorded.getMethod(), rawPath,
        List.copyOf(segments), Collections.unmodifiableMap(query), Collections.unmodifiableMap(form),
        Collections.unmodifiableSortedMap(headers), body, requestId, Product.forApiVersion(version), Map.of());
  }

  private static Map<String, String> decodeForm(String text) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String pair : text.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
      String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
      out.putIfAbsent(name, value);
    }
    return out;
  }

  /**
   * Returns a copy carrying the path parameters of the matched route.
   *
   * @param params the parameters, decoded
   * @return the copy
   */
  public SimRequest withPathParams(Map<String, String> params) {
    return new SimRequest(method, rawPath, segments, query, form, headers, body, requestId, product, Map.copyOf(params));
  }

  /**
   * Returns the HTTP method, upper case.
   *
   * @return the method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path exactly as received, still percent-encoded, without the query.
   *
   * @return the raw path
   */
  public String rawPath() {
    return rawPath;
  }

  /**
   * Returns the path's segments, percent-decoded.
   *
   * @return the segments
   */
  public List<String> segments() {
    return segments;
  }

  /**
   * Returns the decoded query parameters, the first value of each name.
   *
   * @return the query, unmodifiable
   */
  public Map<String, String> query() {
    return query;
  }

  /**
   * Returns the decoded parameters of an {@code application/x-www-form-urlencoded} body.
   *
   * @return the form parameters, empty for other bodies
   */
  public Map<String, String> form() {
    return form;
  }

  /**
   * Returns the query and form parameters together, the way RPC APIs read them; the query wins
   * where both name a parameter.
   *
   * @return the merged parameters
   */
  public Map<String, String> parameters() {
    if (form.isEmpty()) {
      return query;
    }
    Map<String, String> merged = new LinkedHashMap<>(form);
    merged.putAll(query);
    return merged;
  }

  /**
   * Returns the headers, looked up without regard to case.
   *
   * @return the headers, unmodifiable
   */
  public SortedMap<String, String> headers() {
    return headers;
  }

  /**
   * Returns one header.
   *
   * @param name the name, any case
   * @return the value
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /**
   * Returns one query parameter, treating an empty value as absent.
   *
   * @param name the wire name
   * @return the value
   */
  public Optional<String> queryParam(String name) {
    String value = query.get(name);
    return value == null || value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  /**
   * Returns one path parameter of the matched route.
   *
   * @param name the name in the route's template
   * @return the decoded value, empty string if the template has no such parameter
   */
  public String pathParam(String name) {
    return pathParams.getOrDefault(name, "");
  }

  /**
   * Returns the body bytes.
   *
   * @return a copy of the body, empty for none
   */
  public byte[] body() {
    return body.clone();
  }

  /**
   * Returns the body as UTF-8 text.
   *
   * @return the text
   */
  public String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /**
   * Parses the body as JSON.
   *
   * @return the tree; {@link NullNode} for an empty body
   * @throws ApiError 400 {@code InvalidParameter} if the body is not JSON
   */
  public JsonNode jsonBody() {
    if (body.length == 0) {
      return NullNode.getInstance();
    }
    try {
      return Json.mapper().readTree(body);
    } catch (IOException e) {
      throw ApiError.invalidParameter("The request body is not valid JSON.");
    }
  }

  /**
   * Returns the id the answer carries in {@code x-acs-request-id} and in its body.
   *
   * @return the request id
   */
  public String requestId() {
    return requestId;
  }

  /**
   * Returns the product the request's API version names.
   *
   * @return the product, empty for a missing or unknown version
   */
  public Optional<Product> product() {
    return product;
  }

  /**
   * Returns the API version the request carried in {@code x-acs-version} or {@code Version}.
   *
   * @return the version, empty if none or blank
   */
  public Optional<String> apiVersion() {
    String version = headers.get("x-acs-version");
    if (version == null) {
      version = parameters().get("Version");
    }
    return version == null || version.isBlank() ? Optional.empty() : Optional.of(version);
  }

  /**
   * Tells whether the request has the RPC shape: an {@code Action} parameter or the root path.
   *
   * @return true for an RPC-shaped request
   */
  public boolean looksRpc() {
    return parameters().containsKey("Action") || rawPath.equals("/") || rawPath.isEmpty();
  }
}
