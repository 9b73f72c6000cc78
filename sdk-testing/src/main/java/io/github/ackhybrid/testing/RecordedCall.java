package io.github.ackhybrid.testing;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One call the simulator received and how it answered, for assertions. Credentials are redacted:
 * the {@code Authorization} and {@code x-acs-security-token} headers and the RPC {@code Signature}
 * and {@code SecurityToken} parameters read {@code ****}. {@link #toString()} leaves out headers,
 * query and body.
 *
 * @param method the HTTP method
 * @param path the path as received, still percent-encoded, without the query
 * @param action the operation, from the matched route, {@code x-acs-action} or {@code Action}
 * @param product the product the API version named
 * @param query the decoded query parameters (first value of each name)
 * @param headers the request headers, looked up without regard to case
 * @param body the request body as UTF-8 text
 * @param status the HTTP status sent, 0 when the connection was closed before any answer
 * @param requestId the request id the answer carried (or would have carried)
 * @param time the simulated time the call arrived
 * @param fault the fault injected into the call, if any
 */
public record RecordedCall(String method, String path, Optional<String> action, Optional<Product> product,
    Map<String, String> query, Map<String, String> headers, String body, int status, String requestId,
    Instant time, Optional<FaultKind> fault) {

  /**
   * Copies the maps so the record stays immutable.
   *
   * @param method the HTTP method
   * @param path the path as received, without the query
   * @param action the operation, if known
   * @param product the product the API version named, if known
   * @param query the decoded query parameters
   * @param headers the request headers
   * @param body the request body as UTF-8 text
   * @param status the HTTP status sent, 0 when no answer was sent
   * @param requestId the request id the answer carried
   * @param time the simulated time the call arrived
   * @param fault the fault injected into the call, if any
   * @throws NullPointerException if a part is null
   */
  public RecordedCall {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(product, "product");
    query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    SortedMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    byName.putAll(headers);
    headers = Collections.unmodifiableSortedMap(byName);
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(fault, "fault");
  }

  /**
   * Returns one request header.
   *
   * @param name the name, any case
   * @return the value, redacted for credentials
   */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  @Override
  public String toString() {
    return "RecordedCall{" + method + " " + path
        + action.map(a -> ", action=" + a).orElse("")
        + product.map(p -> ", product=" + p).orElse("")
        + ", status=" + status + ", requestId=" + requestId
        + fault.map(f -> ", fault=" + f).orElse("") + "}";
  }
}
