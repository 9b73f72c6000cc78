package io.github.ackhybrid.testing.internal;

import io.github.ackhybrid.core.internal.signing.SignatureVerifier;
import io.github.ackhybrid.core.internal.signing.VerificationResult;
import io.github.ackhybrid.testing.FaultKind;
import io.github.ackhybrid.testing.Product;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The request pipeline, one pass per call:
 * <ol>
 *   <li>parse the call, give it a request id, and find its product from the API version and its
 *       operation from the routing table;
 *   <li>verify the signature (V3, ROA V2 or RPC V2) against the real wall clock; a failure answers
 *       with the verifier's status and code; a valid signature by an STS session key past its
 *       expiry answers 400 {@code InvalidSecurityToken.Expired};
 *   <li>draw a fault; faults that do not act (throttling, 5xx, dropping before acting) answer now;
 *   <li>serve a matching expectation, or else the operation's handler under the state lock; an
 *       unknown version answers 400 {@code NoSuchVersion} (400 {@code MissingParameter} when there
 *       is none), an unknown path, method or action 404 {@code InvalidAction.NotFound};
 *   <li>apply a fault that acts (delay, dropping after acting, malformed or truncated body);
 *   <li>record the call.
 * </ol>
 * Every answer carries {@code x-acs-request-id}; every error body is JSON in the product's
 * envelope. Thread-safe: MockWebServer calls it from one thread per connection.
 */
public final class SimDispatcher extends Dispatcher {
  private static final String REQUEST_ID = "x-acs-request-id";

  private final Routes routes;
  private final CloudState state;
  private final SignatureVerifier verifier;
  private final KeyRing keys;
  private final FaultTable faults;
  private final ExpectationTable expectations;
  private final RequestLog log;
  private final Runnable afterReceive;

  /**
   * Creates the pipeline.
   *
   * @param routes the operations
   * @param state the shared state
   * @param verifier the signature verifier
   * @param keys the AccessKeys, for the expiry of session keys
   * @param faults the fault rules
   * @param expectations the expectations
   * @param log where calls are recorded
   * @param afterReceive run first for every call; the simulator drains MockWebServer's own request
   *     queue with it, which would otherwise keep every request for the server's lifetime
   */
  public SimDispatcher(Routes routes, CloudState state, SignatureVerifier verifier, KeyRing keys, FaultTable faults,
      ExpectationTable expectations, RequestLog log, Runnable afterReceive) {
    this.routes = routes;
    this.state = state;
    this.verifier = verifier;
    this.keys = keys;
    this.faults = faults;
    this.expectations = expectations;
    this.log = log;
    this.afterReceive = afterReceive;
  }

  private record Outcome(MockResponse response, int statusSent, FaultKind fault) {}

  @Override
  public MockResponse dispatch(RecordedRequest recorded) {
    afterReceive.run();
    Instant arrival = state.clock().now();
    SimRequest request = SimRequest.parse(recorded, Ids.requestId());
    Product product = request.product().orElse(null);
    Optional<Routes.Match> match = findRoute(request, product);
    String action = match.map(Routes.Match::action).orElseGet(() -> claimedAction(request));
    Outcome outcome = answer(request, product, match, action);
    log.record(request, action, product, outcome.statusSent(), arrival, outcome.fault());
    return outcome.response();
  }

  private Outcome answer(SimRequest request, Product product, Optional<Routes.Match> match, String action) {
    boolean hasAuthorization = request.header("authorization").isPresent();
    VerificationResult auth = verifier.verify(request.method(), request.rawPath(),
        hasAuthorization ? request.query() : request.parameters(), request.headers(), request.body());
    if (!auth.valid()) {
      return plain(request, error(request, product, auth.httpStatus(), auth.errorCode(), auth.message()), null);
    }
    Optional<Instant> expired = keys.expired(auth.accessKeyId());
    if (expired.isPresent()) {
      // The code is the one STS-signed calls get (signing-credentials.md, error table); the table
      // gives 400 or 403 by product, and 400 is what the gateway's other signature errors use.
      return plain(request, error(request, product, 400, "InvalidSecurityToken.Expired",
          "Specified SecurityToken is expired; it expired at " + expired.get() + "."), null);
    }
    FaultSpec fault = faults.draw(action, product).orElse(null);
    if (fault != null && !fault.kind().acts()) {
      return beforeActing(request, product, fault);
    }
    SimResponse response = expectations.take(request.method(), request.segments(), action, product)
        .map(expected -> expected(request, product, expected))
        .orElseGet(() -> serve(request, product, match));
    return fault == null ? plain(request, response, null) : afterActing(request, response, fault);
  }

  private SimResponse serve(SimRequest request, Product product, Optional<Routes.Match> match) {
    if (product == null) {
      return request.apiVersion()
          .map(version -> error(request, null, 400, "NoSuchVersion",
              "The specified version " + version + " does not exist."))
          .orElseGet(() -> error(request, null, 400, "MissingParameter", "Version is mandatory for this action."));
    }
    if (Routes.isRpc(product) && claimedAction(request) == null) {
      return error(request, product, 400, "MissingParameter", "Action is mandatory for this action.");
    }
    if (match.isEmpty()) {
      return notFound(request, product, "");
    }
    Routes.Match route = match.get();
    Optional<String> claimed = request.header("x-acs-action");
    if (!Routes.isRpc(product) && claimed.isPresent() && !claimed.get().equals(route.action())) {
      return notFound(request, product, " " + request.method() + " " + request.rawPath() + " is "
          + route.action() + ", not " + claimed.get() + ".");
    }
    SimRequest routed = request.withPathParams(route.pathParams());
    try {
      return state.locked(now -> route.handler().handle(routed, now));
    } catch (ApiError e) {
      return error(request, product, e.status(), e.code(), e.getMessage());
    } catch (RuntimeException e) {
      return error(request, product, 500, "InternalError",
          "An unknown error occurred while processing your request: " + e.getClass().getSimpleName());
    }
  }

  private SimResponse notFound(SimRequest request, Product product, String detail) {
    return error(request, product, 404, "InvalidAction.NotFound",
        "Specified api is not found, please check your url and method." + detail);
  }

  private Optional<Routes.Match> findRoute(SimRequest request, Product product) {
    if (product == null) {
      return Optional.empty();
    }
    if (Routes.isRpc(product)) {
      String action = claimedAction(request);
      return action == null ? Optional.empty() : routes.findRpc(product, action);
    }
    return routes.findRoa(product, request.method(), request.segments());
  }

  private static String claimedAction(SimRequest request) {
    Optional<String> header = request.header("x-acs-action");
    if (header.isPresent() && !header.get().isBlank()) {
      return header.get();
    }
    String action = request.parameters().get("Action");
    return action == null || action.isBlank() ? null : action;
  }

  private SimResponse expected(SimRequest request, Product product, ExpectationSpec spec) {
    if (spec.errorCode().isPresent()) {
      return error(request, product, spec.status(), spec.errorCode().get(), spec.errorMessage().orElse(""));
    }
    return SimResponse.text(spec.status(), spec.body().orElse(""), SimResponse.JSON);
  }

  private static SimResponse error(SimRequest request, Product product, int status, String code, String message) {
    boolean rpc = product != null ? Routes.isRpc(product) : request.looksRpc();
    return SimResponse.json(status, rpc
        ? Envelopes.rpc(code, message, request.requestId(), request.header("host").orElse(""), product)
        : Envelopes.roa(code, message, request.requestId()));
  }

  private Outcome beforeActing(SimRequest request, Product product, FaultSpec fault) {
    switch (fault.kind()) {
      case THROTTLE:
        SimResponse throttled = error(request, product, fault.status(), "Throttling.User",
            "Request was denied due to user flow control.");
        if (fault.retryAfter().isPresent()) {
          Duration wait = fault.retryAfter().get();
          long seconds = (wait.toMillis() + 999) / 1000;
          throttled = throttled.withHeader("x-acs-retry-after", Long.toString(wait.toMillis()))
              .withHeader("Retry-After", Long.toString(seconds));
        }
        return plain(request, throttled, fault.kind());
      case SERVER_ERROR:
        return plain(request, error(request, product, 500, "InternalError",
            "An unknown error occurred while processing your request."), fault.kind());
      case SERVICE_UNAVAILABLE:
        return plain(request, error(request, product, 503, "ServiceUnavailable",
            "The server is temporarily unavailable."), fault.kind());
      default:
        return new Outcome(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST), 0, fault.kind());
    }
  }

  private Outcome afterActing(SimRequest request, SimResponse response, FaultSpec fault) {
    switch (fault.kind()) {
      case DELAY:
        return new Outcome(mock(request, response).setHeadersDelay(fault.delay().toMillis(), TimeUnit.MILLISECONDS),
            response.status(), fault.kind());
      case DROP_AFTER_ACTING:
        return new Outcome(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST), 0, fault.kind());
      case MALFORMED_BODY:
        return plain(request, response.withBody(200, malformed(response.body())), fault.kind());
      default:
        return new Outcome(mock(request, response).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY),
            response.status(), fault.kind());
    }
  }

  /** Keeps the first half of a JSON answer: an object or array cut short never parses. */
  private static String malformed(String body) {
    return body.length() < 2 ? "{" : body.substring(0, body.length() / 2);
  }

  private static Outcome plain(SimRequest request, SimResponse response, FaultKind fault) {
    return new Outcome(mock(request, response), response.status(), fault);
  }

  /** The standard reason phrase; MockWebServer's own ("Client Error") is not what the cloud sends. */
  private static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 202:
        return "Accepted";
      case 204:
        return "No Content";
      case 400:
        return "Bad Request";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 409:
        return "Conflict";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 503:
        return "Service Unavailable";
      default:
        return status < 400 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
  }

  private static MockResponse mock(SimRequest request, SimResponse response) {
    MockResponse mock = new MockResponse().setStatus("HTTP/1.1 " + response.status() + " " + reason(response.status()));
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      mock.setHeader(header.getKey(), header.getValue());
    }
    mock.setHeader(REQUEST_ID, request.requestId());
    mock.setBody(response.body());
    return mock;
  }
}
