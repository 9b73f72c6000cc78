package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.testing.FaultKind;
import io.github.ackhybrid.testing.Product;
import io.github.ackhybrid.testing.RecordedCall;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The calls the simulator received, newest last, bounded so a long-running simulator does not
 * grow without limit: at capacity the oldest call is forgotten. Credentials are redacted on the
 * way in. Thread-safe.
 */
public final class RequestLog {
  /** What redacted credentials read as. */
  public static final String MASK = "****";

  private static final Pattern FORM_SECRETS = Pattern.compile("(^|&)(Signature|SecurityToken)=[^&]*");

  private final int capacity;
  private final Deque<RecordedCall> calls = new ArrayDeque<>();

  /**
   * Creates an empty log.
   *
   * @param capacity the most calls kept
   */
  public RequestLog(int capacity) {
    this.capacity = capacity;
  }

  /**
   * Records a call.
   *
   * @param request the request
   * @param action its operation, may be null
   * @param product its product, may be null
   * @param status the status sent, 0 if none
   * @param time the simulated arrival time
   * @param fault the fault injected, may be null
   */
  public void record(SimRequest request, String action, Product product, int status, Instant time, FaultKind fault) {
    Map<String, String> headers = new LinkedHashMap<>(request.headers());
    headers.replaceAll((name, value) -> isSecretHeader(name) ? MASK : value);
    Map<String, String> query = new LinkedHashMap<>(request.query());
    query.replaceAll((name, value) -> isSecretParameter(name) ? MASK : value);
    String body = request.form().isEmpty() ? request.bodyText()
        : FORM_SECRETS.matcher(request.bodyText()).replaceAll("$1$2=" + MASK);
    RecordedCall call = new RecordedCall(request.method(), request.rawPath(), Optional.ofNullable(action),
        Optional.ofNullable(product), query, headers, body, status, request.requestId(), time,
        Optional.ofNullable(fault));
    synchronized (this) {
      if (calls.size() >= capacity) {
        calls.removeFirst();
      }
      calls.addLast(call);
    }
  }

  private static boolean isSecretHeader(String name) {
    return name.equalsIgnoreCase("authorization") || name.equalsIgnoreCase("x-acs-security-token")
        || name.equalsIgnoreCase("x-acs-bearer-token");
  }

  private static boolean isSecretParameter(String name) {
    return name.equals("Signature") || name.equals("SecurityToken") || name.equals("BearerToken");
  }

  /**
   * Returns the recorded calls, oldest first.
   *
   * @return a snapshot
   */
  public synchronized List<RecordedCall> all() {
    return List.copyOf(calls);
  }

  /**
   * Returns the recorded calls of one operation, oldest first.
   *
   * @param action the operation name
   * @return a snapshot
   */
  public synchronized List<RecordedCall> byAction(String action) {
    List<RecordedCall> matching = new ArrayList<>();
    for (RecordedCall call : calls) {
      if (call.action().map(action::equals).orElse(false)) {
        matching.add(call);
      }
    }
    return List.copyOf(matching);
  }

  /** Forgets every call. */
  public synchronized void clear() {
    calls.clear();
  }
}
