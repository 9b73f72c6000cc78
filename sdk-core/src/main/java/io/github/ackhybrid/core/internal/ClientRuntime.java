package io.github.ackhybrid.core.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ResponseTooLargeException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.internal.signing.AcsV3Signer;
import io.github.ackhybrid.core.internal.signing.Digests;
import io.github.resilience4j.core.functions.CheckedSupplier;
import io.github.resilience4j.core.functions.Either;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one request pipeline behind every client: sign, send, let the retry policy decide, decode.
 * Sync calls run on the caller's thread; async calls are enqueued on OkHttp and their results are
 * completed on the completion executor, never on OkHttp's I/O threads. Retries wait on the shared
 * scheduler in async code, so no thread is parked per call.
 *
 * <p>A call whose first attempt succeeds never touches the retry machinery: only after a retryable
 * failure does resilience4j take over, with that failure replayed as its first attempt, so attempts
 * are counted and spaced exactly as if it had run them all.
 *
 * <p>Every attempt is signed afresh (new date and nonce) over the same body bytes, as OkHttp starts
 * it: an async call that waited in the dispatcher's queue is not sent with a stale date. The call
 * timeout is a deadline from the moment the call was made, so that wait counts too. What may be
 * retried: throttling for every call; connection failures that happened before the request was
 * sent for every call; timeouts, truncated or malformed answers and 5xx only for retry-safe calls.
 */
public final class ClientRuntime implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger("io.github.ackhybrid.request");
  private static final DateTimeFormatter ACS_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final int MAX_ERROR_BODY = 64 * 1024;
  private static final HexFormat HEX = HexFormat.of();

  private final CloudConfig config;
  private final OkHttpTransport transport;
  private final boolean ownsTransport;
  private final Executor completion;
  private final String userAgent;
  private final ConcurrentHashMap<RetryPolicy, Retry> retries = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<ServiceDefinition, Endpoint> endpoints = new ConcurrentHashMap<>();
  private volatile SignedDate lastDate = new SignedDate(Long.MIN_VALUE, "");

  /**
   * Creates the pipeline for a client.
   *
   * @param config the client's settings
   * @param sharedTransport a transport the caller owns and will close, or null to create one that
   *     this runtime owns and closes
   */
  public ClientRuntime(CloudConfig config, HttpTransport sharedTransport) {
    this.config = Validate.notNull(config, "config");
    if (sharedTransport == null) {
      this.transport = new OkHttpTransport(config);
      this.ownsTransport = true;
    } else if (sharedTransport instanceof OkHttpTransport) {
      this.transport = (OkHttpTransport) sharedTransport;
      this.ownsTransport = false;
    } else {
      throw new ConfigurationException("transport must be created by HttpTransport.create(...), was "
          + sharedTransport.getClass().getName());
    }
    // The shared pool is looked up only when an async call completes, so sync-only use never creates it.
    this.completion = config.completionExecutor().orElse(null);
    this.userAgent = UserAgent.of(config.userAgentSuffix().orElse(null));
  }

  /**
   * Returns the client's settings.
   *
   * @return the configuration
   */
  public CloudConfig config() {
    return config;
  }

  /**
   * Runs a call on the caller's thread, retrying as the policy allows.
   *
   * @param request the call
   * @param <R> the result type
   * @return the decoded result
   * @throws SdkException (a typed subclass) when the call fails
   */
  public <R> R execute(ApiRequest<R> request) {
    Exchange<R> call = new Exchange<>(request);
    try {
      try {
        return call.attemptSync();
      } catch (AttemptFailure first) {
        if (!first.retryable()) {
          throw first;
        }
        return Retry.decorateCheckedSupplier(retryFor(call.policy), replaying(first, call::attemptSync)).get();
      }
    } catch (AttemptFailure f) {
      throw call.finalError(f);
    } catch (SdkException e) {
      throw e;
    } catch (Throwable t) {
      throw new SdkException(request.operation().name() + " failed unexpectedly: " + t, t);
    }
  }

  /**
   * Runs a call without blocking: the returned future completes on the completion executor.
   * Cancelling the future cancels the HTTP exchange in flight and any pending retry.
   *
   * @param request the call
   * @param <R> the result type
   * @return the future result, failing with a typed {@link SdkException}
   */
  public <R> CompletableFuture<R> executeAsync(ApiRequest<R> request) {
    Exchange<R> call = new Exchange<>(request);
    CompletableFuture<R> result = new CompletableFuture<>();
    result.whenComplete((v, e) -> {
      if (e instanceof CancellationException) {
        call.cancel();
      }
    });
    call.attemptAsync()
        .exceptionallyCompose(error -> {
          Throwable cause = Futures.unwrap(error);
          if (cause instanceof AttemptFailure && ((AttemptFailure) cause).retryable()) {
            return retryFor(call.policy).executeCompletionStage(SdkExecutors.scheduler(),
                replayingAsync((AttemptFailure) cause, call::attemptAsync));
          }
          return CompletableFuture.failedFuture(cause);
        })
        .whenCompleteAsync((value, error) -> {
          if (error == null) {
            result.complete(value);
          } else {
            Throwable cause = Futures.unwrap(error);
            result.completeExceptionally(cause instanceof AttemptFailure ? call.finalError((AttemptFailure) cause)
                : cause instanceof SdkException ? cause
                : new SdkException(request.operation().name() + " failed unexpectedly: " + cause, cause));
          }
        }, completion != null ? completion : SdkExecutors.completion());
    return result;
  }

  /** Hands the retry policy a first attempt that already failed, then the real attempts. */
  private static <R> CheckedSupplier<R> replaying(AttemptFailure first, CheckedSupplier<R> attempt) {
    boolean[] replayed = {false};
    return () -> {
      if (!replayed[0]) {
        replayed[0] = true;
        throw first;
      }
      return attempt.get();
    };
  }

  private static <R> Supplier<CompletionStage<R>> replayingAsync(AttemptFailure first,
      Supplier<CompletionStage<R>> attempt) {
    boolean[] replayed = {false};
    return () -> {
      if (!replayed[0]) {
        replayed[0] = true;
        return CompletableFuture.failedFuture(first);
      }
      return attempt.get();
    };
  }

  private Retry retryFor(RetryPolicy policy) {
    return retries.computeIfAbsent(policy, p -> Retry.of("ackhybrid", RetryConfig.<Object>custom()
        .maxAttempts(p.maxAttempts())
        .retryOnException(e -> e instanceof AttemptFailure && ((AttemptFailure) e).retryable())
        .intervalBiFunction((Integer attempt, Either<Throwable, Object> outcome) ->
            outcome.isLeft() && outcome.getLeft() instanceof AttemptFailure
                ? Math.max(1L, ((AttemptFailure) outcome.getLeft()).delayMillis()) : 1L)
        .failAfterMaxAttempts(false)
        .build()));
  }

  /** Releases the transport if this runtime created it; a shared transport is left open. */
  @Override
  public void close() {
    if (ownsTransport) {
      transport.close();
    }
  }

  /** The state of one call across its attempts. */
  private final class Exchange<R> {
    private final ApiRequest<R> request;
    private final String operation;
    private final RetryPolicy policy;
    private final long startNanos = System.nanoTime();
    private final long deadlineNanos;
    private final Duration callTimeout;
    private final HttpUrl url;
    private final String host;
    private final String payloadHash;
    private final RequestBody body;
    private final StringBuilder history = new StringBuilder();
    private int attempts;
    // Set once an attempt may have reached the service without its answer being read.
    private boolean mayHaveActed;
    private volatile okhttp3.Call inFlight;
    private volatile boolean cancelled;

    Exchange(ApiRequest<R> request) {
      this.request = request;
      this.operation = request.operation().name();
      this.policy = request.retryPolicy().orElse(config.retryPolicy());
      this.callTimeout = request.callTimeout().orElse(config.callTimeout());
      this.deadlineNanos = startNanos + callTimeout.toNanos();
      Endpoint endpoint = endpoints.computeIfAbsent(request.operation().service(), ClientRuntime.this::endpoint);
      this.url = url(endpoint.base(), request);
      this.host = endpoint.hostHeader();
      byte[] bytes = request.body().orElse(null);
      this.payloadHash = bytes == null ? Digests.EMPTY_SHA256_HEX : Digests.sha256Hex(bytes);
      this.body = bytes == null ? null : RequestBody.create(bytes, MediaType.get(request.contentType().orElseThrow()));
    }

    R attemptSync() {
      okhttp3.Call http = newHttpCall();
      try (Response response = http.execute()) {
        return handle(response);
      } catch (IOException e) {
        throw ioFailure(e);
      }
    }

    CompletableFuture<R> attemptAsync() {
      CompletableFuture<R> attempt = new CompletableFuture<>();
      okhttp3.Call http;
      try {
        http = newHttpCall();
      } catch (AttemptFailure f) {
        attempt.completeExceptionally(f);
        return attempt;
      }
      http.enqueue(new Callback() {
        @Override
        public void onFailure(okhttp3.Call c, IOException e) {
          attempt.completeExceptionally(ioFailure(e));
        }

        @Override
        public void onResponse(okhttp3.Call c, Response response) {
          try (response) {
            attempt.complete(handle(response));
          } catch (AttemptFailure f) {
            attempt.completeExceptionally(f);
          } catch (RuntimeException e) {
            attempt.completeExceptionally(new AttemptFailure(
                new SdkException(operation + " failed while reading the answer: " + e, e), false, 0));
          }
        }
      });
      return attempt;
    }

    /**
     * Cancels the HTTP exchange without marking the call cancelled: closing an unread body would
     * otherwise make OkHttp drain the rest of it to reuse the connection.
     */
    private void dropConnection() {
      okhttp3.Call c = inFlight;
      if (c != null) {
        c.cancel();
      }
    }

    void cancel() {
      cancelled = true;
      okhttp3.Call c = inFlight;
      if (c != null) {
        c.cancel();
      }
    }

    private okhttp3.Call newHttpCall() {
      attempts++;
      if (cancelled) {
        throw new AttemptFailure(new SdkException(operation + " was cancelled"), false, 0);
      }
      long remaining = deadlineNanos - System.nanoTime();
      if (remaining <= 0) {
        throw new AttemptFailure(new TransportException(operation,
            operation + " did not complete within the call timeout of " + callTimeout, null), false, 0);
      }
      Request unsigned = new Request.Builder().url(url)
          .tag(SigningInterceptor.Signer.class, this::signWhenSent)
          .build();
      okhttp3.Call http = transport.client().newCall(unsigned);
      // A deadline rather than a timeout: OkHttp starts a call's timeout only when the call leaves the
      // dispatcher's queue, while the deadline also counts the wait there.
      http.timeout().deadlineNanoTime(deadlineNanos);
      inFlight = http;
      return http;
    }

    /** Signs the attempt as OkHttp starts it, so the date and nonce are fresh after a wait for a slot. */
    private Request signWhenSent(Request unsigned) throws IOException {
      if (deadlineNanos - System.nanoTime() <= 0) {
        throw new InterruptedIOException("the call timeout passed while the call waited for a free slot");
      }
      Credentials credentials;
      try {
        credentials = config.credentials().resolveCredentials();
      } catch (SdkException e) {
        throw new NotSent(new AttemptFailure(e, false, 0));
      } catch (RuntimeException e) {
        throw new NotSent(new AttemptFailure(new ConfigurationException(
            operation + ": the credentials provider failed: " + e.getClass().getSimpleName(), e), false, 0));
      }
      return sign(credentials);
    }

    private Request sign(Credentials credentials) {
      Map<String, String> headers = new LinkedHashMap<>(16);
      headers.put("host", host);
      headers.put("x-acs-action", operation);
      headers.put("x-acs-version", request.operation().service().version());
      headers.put("x-acs-date", acsDate());
      headers.put("x-acs-signature-nonce", nonce());
      headers.put("x-acs-content-sha256", payloadHash);
      String contentType = request.contentType().orElse(null);
      if (contentType != null) {
        headers.put("content-type", contentType);
      }
      String token = credentials.securityToken().orElse(null);
      if (token != null) {
        headers.put("x-acs-accesskey-id", credentials.accessKeyId());
        headers.put("x-acs-security-token", token);
      }
      String authorization = AcsV3Signer.authorization(credentials.accessKeyId(), credentials.accessKeySecret(),
          request.operation().method(), request.encodedPath(), request.query(), headers, payloadHash);
      Request.Builder b = new Request.Builder().url(url);
      // Every name is distinct, so add() spares header()'s search for an earlier value of the name.
      headers.forEach(b::addHeader);
      b.addHeader("accept", "application/json")
          .addHeader("user-agent", userAgent)
          .addHeader("authorization", authorization);
      String method = request.operation().method();
      RequestBody requestBody = body;
      if (requestBody == null && (method.equals("POST") || method.equals("PUT") || method.equals("PATCH"))) {
        requestBody = RequestBody.create(new byte[0], null);
      }
      return b.method(method, requestBody).build();
    }

    private R handle(Response response) {
      int status = response.code();
      String requestId = response.header("x-acs-request-id");
      ResponseBody responseBody = response.body();
      if (status >= 200 && status < 300) {
        ResponseMetadata metadata = ResponseMetadata.of(operation, status, requestId, attempts,
            Duration.ofNanos(System.nanoTime() - startNanos));
        long limit = config.maxResponseBytes();
        long declared = responseBody == null ? -1 : responseBody.contentLength();
        if (declared > limit) {
          throw tooLarge(status, OptionalLong.of(declared));
        }
        try (InputStream in = responseBody == null ? InputStream.nullInputStream()
            : new BodyStream(new LimitedInputStream(responseBody.byteStream(), limit, this::dropConnection), declared)) {
          R value = request.operation().decoder().decode(in, metadata);
          log(status, requestId, null);
          return value;
        } catch (IOException e) {
          if (LimitedInputStream.LimitExceededException.isCauseOf(e)) {
            throw tooLarge(status, OptionalLong.empty());
          }
          String malformed = malformedReason(e);
          if (malformed != null) {
            mayHaveActed = true;
            throw failure(ServiceErrors.create(new ServiceErrorDetails(operation, status, "", malformed,
                requestId, null)), request.retrySafe(), null);
          }
          throw ioFailure(e, requestId);
        }
      }
      if (status >= 300 && status < 400) {
        ServiceException redirect = ServiceErrors.redirect(operation, status, requestId, response.header("location"));
        log(status, requestId, "redirect not followed");
        throw failure(redirect, false, null);
      }
      byte[] bytes;
      try {
        bytes = responseBody == null ? new byte[0] : readBounded(responseBody.byteStream());
      } catch (IOException e) {
        bytes = new byte[0];
      }
      String contentType = response.header("content-type");
      ServiceException error = ServiceErrors.fromResponse(operation, status, requestId, contentType, bytes);
      log(status, error.requestId().orElse(null), error.errorCode());
      if (mayHaveActed) {
        Optional<R> done = request.doneIfGone(error, ResponseMetadata.of(operation, status,
            error.requestId().orElse(null), attempts, Duration.ofNanos(System.nanoTime() - startNanos)));
        if (done.isPresent()) {
          LOG.debug("{} attempt {} found it gone: an earlier attempt whose answer was lost did the work",
              operation, attempts);
          return done.get();
        }
      }
      mayHaveActed |= status >= 500;
      boolean retryable = error instanceof ThrottlingException
          ? policy.retryThrottling()
          : status >= 500 && request.retrySafe();
      throw failure(error, retryable, retryAfter(response));
    }

    /** Says why a whole answer cannot be decoded, or null when the failure is the transport's. */
    private String malformedReason(IOException e) {
      if (e instanceof JsonProcessingException) {
        return "the answer is not the JSON this SDK expects: " + ((JsonProcessingException) e).getOriginalMessage();
      }
      return e instanceof MalformedAnswerException ? "the answer is not what this SDK expects: " + e.getMessage() : null;
    }

    /** Refuses an answer over the size limit, dropping the connection rather than draining it. */
    private AttemptFailure tooLarge(int status, OptionalLong declared) {
      mayHaveActed = true;
      dropConnection();
      log(status, null, "answer larger than " + config.maxResponseBytes() + " bytes refused");
      return failure(new ResponseTooLargeException(operation, config.maxResponseBytes(), declared), false, null);
    }

    private AttemptFailure ioFailure(IOException e) {
      return ioFailure(e, null);
    }

    /** Classifies an I/O failure; {@code requestId} is that of an answer whose body failed, else null. */
    private AttemptFailure ioFailure(IOException e, String requestId) {
      if (e instanceof NotSent) {
        return ((NotSent) e).failure;
      }
      boolean notSent = e instanceof ConnectException || e instanceof NoRouteToHostException
          || e instanceof UnknownHostException;
      String what;
      if (cancelled) {
        return new AttemptFailure(new SdkException(operation + " was cancelled", e), false, 0);
      } else if (e instanceof InterruptedIOException && deadlineNanos - System.nanoTime() <= 0) {
        return new AttemptFailure(new TransportException(operation,
            operation + " did not complete within the call timeout of " + callTimeout, e), false, 0);
      } else if (e instanceof InterruptedIOException) {
        what = "timed out (" + e.getMessage() + ")";
      } else if (notSent) {
        what = "could not connect to " + host + " (" + e.getClass().getSimpleName() + ")";
      } else {
        what = "lost the connection to " + host + " (" + e.getClass().getSimpleName()
            + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")";
      }
      log(0, requestId, what);
      mayHaveActed |= !notSent;
      return failure(new TransportException(operation, operation + " " + what, e, requestId),
          notSent || request.retrySafe(), null);
    }

    /** Records one failed attempt and decides whether another may follow and after how long. */
    private AttemptFailure failure(SdkException error, boolean retryableKind, Duration retryAfter) {
      if (history.length() > 0) {
        history.append("; ");
      }
      history.append('#').append(attempts).append(' ').append(summary(error));
      if (!retryableKind || attempts >= policy.maxAttempts()) {
        return new AttemptFailure(error, false, 0);
      }
      long delay = retryAfter != null ? retryAfter.toMillis() : backoffMillis(attempts);
      long remainingMillis = TimeUnit.NANOSECONDS.toMillis(deadlineNanos - System.nanoTime());
      if (delay >= remainingMillis) {
        history.append(" (no time left for a retry within ").append(callTimeout).append(')');
        return new AttemptFailure(error, false, 0);
      }
      return new AttemptFailure(error, true, delay);
    }

    private long backoffMillis(int attempt) {
      long ceiling = policy.baseDelay().toMillis() << Math.min(attempt - 1, 20);
      long capped = Math.min(ceiling, policy.maxBackoff().toMillis());
      return ThreadLocalRandom.current().nextLong(capped + 1);
    }

    /** Builds the exception the user sees; after several attempts it tells what each one hit. */
    SdkException finalError(AttemptFailure f) {
      SdkException error = f.error();
      if (attempts <= 1) {
        return error;
      }
      String story = attempts + " attempts: " + history;
      if (error instanceof ServiceException) {
        return ServiceErrors.create(((ServiceException) error).details().withAttemptHistory(story));
      }
      if (error.getClass() == TransportException.class) {
        return new TransportException(operation, error.getMessage() + "; " + story, error.getCause(),
            ((TransportException) error).requestId().orElse(null));
      }
      return error;
    }

    private void log(int status, String requestId, String problem) {
      if (LOG.isDebugEnabled()) {
        LOG.debug("{} attempt {} -> {} requestId={} {}ms{}", operation, attempts,
            status == 0 ? "no answer" : "HTTP " + status, requestId,
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos),
            problem == null ? "" : " (" + problem + ")");
      }
    }
  }

  private static String summary(SdkException e) {
    if (e instanceof ServiceException) {
      ServiceException s = (ServiceException) e;
      return "HTTP " + s.statusCode() + (s.errorCode().isEmpty() ? "" : " " + s.errorCode())
          + s.requestId().map(id -> " (request id " + id + ")").orElse("");
    }
    String m = e.getMessage();
    return m == null ? e.getClass().getSimpleName() : m;
  }

  /** Where a service's calls go under this configuration, worked out once per service. */
  private Endpoint endpoint(ServiceDefinition service) {
    URI override = config.endpointOverride().orElse(null);
    HttpUrl.Builder b = new HttpUrl.Builder();
    if (override != null) {
      b.scheme(override.getScheme().toLowerCase(java.util.Locale.ROOT)).host(override.getHost());
      if (override.getPort() > 0) {
        b.port(override.getPort());
      }
    } else {
      b.scheme("https").host(service.hostForRegion().apply(config.region()));
    }
    HttpUrl base = b.build();
    return new Endpoint(base, hostHeader(base));
  }

  private static HttpUrl url(HttpUrl base, ApiRequest<?> request) {
    HttpUrl.Builder b = base.newBuilder().encodedPath(request.encodedPath());
    if (!request.query().isEmpty()) {
      b.encodedQuery(AcsV3Signer.canonicalQueryString(request.query()));
    }
    return b.build();
  }

  private static String hostHeader(HttpUrl url) {
    String host = url.host().contains(":") ? "[" + url.host() + "]" : url.host();
    return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
  }

  /** The {@code x-acs-date} value, formatted once per second rather than once per attempt. */
  private String acsDate() {
    long second = Math.floorDiv(config.clock().millis(), 1000L);
    SignedDate date = lastDate;
    if (date.epochSecond() != second) {
      date = new SignedDate(second, ACS_DATE.format(Instant.ofEpochSecond(second)));
      lastDate = date;
    }
    return date.text();
  }

  private static String nonce() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    return HEX.toHexDigits(r.nextLong()) + HEX.toHexDigits(r.nextLong());
  }

  private record Endpoint(HttpUrl base, String hostHeader) {}

  /** Carries an attempt that was refused before sending (no credentials) through OkHttp to the pipeline. */
  private static final class NotSent extends IOException {
    private static final long serialVersionUID = 1L;

    private final transient AttemptFailure failure;

    NotSent(AttemptFailure failure) {
      super(failure.error().getMessage(), failure);
      this.failure = failure;
    }
  }

  private record SignedDate(long epochSecond, String text) {}

  private static byte[] readBounded(InputStream in) throws IOException {
    try (in) {
      return in.readNBytes(MAX_ERROR_BODY);
    }
  }

  /** Reads {@code x-acs-retry-after} (milliseconds) or {@code Retry-After} (seconds or an HTTP date). */
  private Duration retryAfter(Response response) {
    String acs = response.header("x-acs-retry-after");
    if (acs != null) {
      try {
        long ms = Long.parseLong(acs.trim());
        if (ms > 0) {
          return Duration.ofMillis(ms);
        }
      } catch (NumberFormatException ignored) {
        // fall through to the standard header
      }
    }
    String standard = response.header("Retry-After");
    if (standard == null) {
      return null;
    }
    try {
      long seconds = Long.parseLong(standard.trim());
      return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
    } catch (NumberFormatException e) {
      try {
        java.time.Instant at = java.time.ZonedDateTime.parse(standard.trim(),
            DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(config.clock().instant(), at);
        return wait.isNegative() ? Duration.ZERO : wait;
      } catch (DateTimeParseException ignored) {
        return null;
      }
    }
  }
}
