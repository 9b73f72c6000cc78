package io.github.ackhybrid.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.auth.MutableClock;
import io.github.ackhybrid.core.exception.AuthenticationException;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.TransportException;
import io.github.ackhybrid.core.internal.signing.AcsV3Signer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientRuntimeTest {
  private static final ServiceDefinition CS = ServiceDefinition.regional("cs", "2015-12-15", ApiStyle.ROA);
  private static final Operation<JsonNode> DESCRIBE =
      Operation.roa(CS, "DescribeClusterDetail", "GET", "/clusters/{ClusterId}", true, Decoders.tree());
  private static final Operation<JsonNode> CREATE =
      Operation.roa(CS, "CreateCluster", "POST", "/clusters", false, Decoders.tree());
  private static final Credentials KEY = Credentials.of("test-key-id", "test-key-secret");

  private MockWebServer server;
  private ClientRuntime runtime;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    runtime = runtime(b -> {});
  }

  @AfterEach
  void stop() throws Exception {
    runtime.close();
    server.shutdown();
  }

  private ClientRuntime runtime(Consumer<CloudConfig.Builder> customizer) {
    CloudConfig.Builder b = CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(KEY))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build());
    customizer.accept(b);
    return new ClientRuntime(b.build(), null);
  }

  private static ApiRequest<JsonNode> describe(String id) {
    return DESCRIBE.request().pathParam("ClusterId", id).build();
  }

  private static ApiRequest<JsonNode> create() {
    return CREATE.request().jsonBody(Map.of("name", "idc-shanghai", "cluster_type", "ExternalKubernetes")).build();
  }

  private static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("content-type", "application/json").setBody(body);
  }

  @Test
  void signsEveryRequestWithV3OverTheExactBytesSent() throws Exception {
    server.enqueue(json(200, "{\"cluster_id\":\"c1\"}").setHeader("x-acs-request-id", "req-1"));
    runtime.execute(create());
    RecordedRequest r = server.takeRequest();
    assertEquals("POST", r.getMethod());
    assertEquals("/clusters", r.getPath());
    assertEquals("CreateCluster", r.getHeader("x-acs-action"));
    assertEquals("2015-12-15", r.getHeader("x-acs-version"));
    assertEquals("application/json; charset=utf-8", r.getHeader("content-type"));
    byte[] body = r.getBody().readByteArray();
    assertEquals(io.github.ackhybrid.core.internal.signing.Digests.sha256Hex(body), r.getHeader("x-acs-content-sha256"));
    Map<String, String> headers = new LinkedHashMap<>();
    for (String name : r.getHeaders().names()) {
      headers.put(name, r.getHeader(name));
    }
    String expected = AcsV3Signer.authorization(KEY.accessKeyId(), KEY.accessKeySecret(), "POST", "/clusters",
        new TreeMap<>(), headers, r.getHeader("x-acs-content-sha256"));
    assertEquals(expected, r.getHeader("authorization"));
    assertTrue(r.getHeader("authorization").contains("SignedHeaders=content-type;host;x-acs-action;"));
    assertTrue(r.getHeader("user-agent").startsWith("ackhybrid-sdk-java/"));
  }

  @Test
  void encodesPathParametersOnceAndSortsTheQuery() throws Exception {
    Operation<JsonNode> list = Operation.roa(CS, "DescribeClustersV1", "GET", "/api/v1/clusters", true, Decoders.tree());
    server.enqueue(json(200, "{}"));
    server.enqueue(json(200, "{}"));
    runtime.execute(describe("c/1 2"));
    runtime.execute(list.request().query("page_size", 10).query("name", "a b*c").query("cluster_type", null).build());
    assertEquals("/clusters/c%2F1%202", server.takeRequest().getPath());
    assertEquals("/api/v1/clusters?name=a%20b%2Ac&page_size=10", server.takeRequest().getPath());
  }

  @Test
  void requestIdReachesTheResultMetadata() {
    Operation<ResponseMetadata> op = Operation.roa(CS, "DeleteCluster", "DELETE", "/clusters/{ClusterId}", true,
        Decoders.metadataOnly());
    server.enqueue(new MockResponse().setResponseCode(202).setHeader("x-acs-request-id", "REQ-42"));
    ResponseMetadata meta = runtime.execute(op.request().pathParam("ClusterId", "c1").build());
    assertEquals("REQ-42", meta.requestId().orElseThrow());
    assertEquals(202, meta.httpStatus());
    assertEquals(1, meta.attempts());
    assertEquals("DeleteCluster", meta.operation());
  }

  @Test
  void roaErrorEnvelopeBecomesATypedExceptionWithRequestIdFromTheBody() {
    server.enqueue(json(404, "{\"code\":\"ErrorClusterNotFound\",\"message\":\"cluster c9 not found\",\"requestId\":\"B-1\"}"));
    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class, () -> runtime.execute(describe("c9")));
    assertEquals(404, e.statusCode());
    assertEquals("ErrorClusterNotFound", e.errorCode());
    assertEquals("cluster c9 not found", e.errorMessage());
    assertEquals("B-1", e.requestId().orElseThrow());
    assertEquals("DescribeClusterDetail", e.operation());
    assertTrue(e.getMessage().contains("ErrorClusterNotFound") && e.getMessage().contains("B-1"), e.getMessage());
  }

  @Test
  void rpcErrorEnvelopeIsReadToo() {
    server.enqueue(json(400, "{\"Code\":\"SignatureDoesNotMatch\",\"Message\":\"Specified signature does not match"
        + " our calculation.\",\"RequestId\":\"R-7\",\"Recommend\":\"https://api.example/troubleshoot\"}"));
    AuthenticationException e = assertThrows(AuthenticationException.class, () -> runtime.execute(describe("c1")));
    assertEquals("SignatureDoesNotMatch", e.errorCode());
    assertEquals("R-7", e.requestId().orElseThrow());
    assertEquals("https://api.example/troubleshoot", e.recommend().orElseThrow());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void nonJsonErrorBodySaysSoWithStatusAndRequestId() {
    server.enqueue(new MockResponse().setResponseCode(502).setHeader("content-type", "text/html")
        .setHeader("x-acs-request-id", "GW-1").setBody("<html>Bad Gateway</html>"));
    ServiceException e = assertThrows(ServiceException.class,
        () -> runtime.execute(create()));
    assertEquals(502, e.statusCode());
    assertEquals("GW-1", e.requestId().orElseThrow());
    assertTrue(e.getMessage().contains("not a JSON object"), e.getMessage());
    assertEquals(1, server.getRequestCount(), "a create is not retried on 5xx");
  }

  @Test
  void malformedSuccessBodyIsAServiceExceptionNotAJacksonOne() {
    server.enqueue(json(200, "{\"cluster_id\": ").setHeader("x-acs-request-id", "M-1"));
    ServiceException e = assertThrows(ServiceException.class, () -> runtime.execute(create()));
    assertEquals(200, e.statusCode());
    assertEquals("M-1", e.requestId().orElseThrow());
    assertTrue(e.getMessage().contains("not the JSON this SDK expects"), e.getMessage());
  }

  @Test
  void anAnswerItsDecoderRefusesIsMalformedRetriedOnlyWhenSafeAndNeverQuoted() {
    ResponseDecoder<String> refusing = (body, metadata) -> {
      String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
      if (!text.endsWith("done")) {
        throw new MalformedAnswerException("the script is cut short");
      }
      return text;
    };
    Operation<String> read = Operation.roa(CS, "DescribeScript", "GET", "/script", true, refusing);
    server.enqueue(new MockResponse().setHeader("x-acs-request-id", "S-1").setBody("secret-half"));
    server.enqueue(new MockResponse().setBody("secret-whole done"));
    assertEquals("secret-whole done", runtime.execute(read.request().build()));
    assertEquals(2, server.getRequestCount(), "a retry-safe call repeats a refused answer");

    Operation<String> mint = Operation.roa(CS, "MintScript", "POST", "/script", false, refusing);
    server.enqueue(new MockResponse().setHeader("x-acs-request-id", "S-2").setBody("secret-half"));
    ServiceException e = assertThrows(ServiceException.class, () -> runtime.execute(mint.request().build()));
    assertEquals(200, e.statusCode());
    assertEquals("S-2", e.requestId().orElseThrow());
    assertTrue(e.getMessage().contains("not what this SDK expects: the script is cut short"), e.getMessage());
    assertFalse(e.getMessage().contains("secret"), e.getMessage());
    assertEquals(3, server.getRequestCount(), "a call that is not retry-safe is not repeated");
  }

  @Test
  void truncatedBodyOnAReadIsRetried() {
    server.enqueue(json(200, "{\"cluster_id\":\"c1\",\"name\":\"x\"}").setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    server.enqueue(json(200, "{\"cluster_id\":\"c1\"}"));
    JsonNode node = runtime.execute(describe("c1"));
    assertEquals("c1", node.get("cluster_id").asText());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void aBodyCutShortKeepsTheRequestIdOfItsHeadersAndAConnectionLostBeforeAnyAnswerHasNone() {
    server.enqueue(json(200, "{\"cluster_id\":\"c1\",\"name\":\"x\"}").setHeader("x-acs-request-id", "T-1")
        .setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));
    TransportException cut = assertThrows(TransportException.class, () -> runtime.execute(create()));
    assertEquals("T-1", cut.requestId().orElseThrow());
    assertEquals(1, server.getRequestCount(), "a create is not repeated");

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    TransportException lost = assertThrows(TransportException.class, () -> runtime.execute(create()));
    assertTrue(lost.requestId().isEmpty());
  }

  @Test
  void connectionResetOnAReadIsRetriedAndOnACreateIsNot() {
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(200, "{\"cluster_id\":\"c1\"}"));
    assertEquals("c1", runtime.execute(describe("c1")).get("cluster_id").asText());
    assertEquals(2, server.getRequestCount());

    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    TransportException e = assertThrows(TransportException.class, () -> runtime.execute(create()));
    assertEquals("CreateCluster", e.operation());
    assertEquals(3, server.getRequestCount(), "the create reached the server once and was not repeated");
  }

  @Test
  void readTimeoutIsATransportException() {
    try (ClientRuntime quick = runtime(b -> b.readTimeout(Duration.ofMillis(200)).retryPolicy(RetryPolicy.none()))) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      TransportException e = assertThrows(TransportException.class, () -> quick.execute(describe("c1")));
      assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }
  }

  @Test
  void serviceUnavailableThenSuccessIsRetriedForReads() {
    server.enqueue(json(503, "{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"S-1\"}"));
    server.enqueue(json(200, "{\"cluster_id\":\"c1\"}"));
    assertEquals("c1", runtime.execute(describe("c1")).get("cluster_id").asText());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void throttlingOnAPostIsRetried() throws Exception {
    server.enqueue(json(400, "{\"code\":\"Throttling.User\",\"message\":\"Request was denied due to user flow control.\","
        + "\"requestId\":\"T-1\"}"));
    server.enqueue(json(200, "{\"cluster_id\":\"c1\"}"));
    assertEquals("c1", runtime.execute(create()).get("cluster_id").asText());
    RecordedRequest first = server.takeRequest();
    RecordedRequest second = server.takeRequest();
    assertFalse(first.getHeader("x-acs-signature-nonce").equals(second.getHeader("x-acs-signature-nonce")),
        "each attempt is signed with a fresh nonce");
    assertEquals(first.getBody().readUtf8(), second.getBody().readUtf8(), "the same body is sent again");
  }

  @Test
  void internalErrorOnACreateIsNotRetried() {
    server.enqueue(json(500, "{\"code\":\"InternalError\",\"message\":\"boom\",\"requestId\":\"I-1\"}"));
    ServiceException e = assertThrows(ServiceException.class, () -> runtime.execute(create()));
    assertEquals("InternalError", e.errorCode());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void retryAfterIsHonouredAndAWaitPastTheDeadlineStopsRetrying() {
    server.enqueue(json(429, "{\"code\":\"Throttling\",\"requestId\":\"T-2\"}").setHeader("Retry-After", "0"));
    server.enqueue(json(200, "{}"));
    runtime.execute(describe("c1"));
    assertEquals(2, server.getRequestCount());

    try (ClientRuntime strict = runtime(b -> b.callTimeout(Duration.ofSeconds(2)))) {
      server.enqueue(json(429, "{\"code\":\"Throttling\",\"requestId\":\"T-3\"}").setHeader("Retry-After", "120"));
      ThrottlingException e = assertThrows(ThrottlingException.class, () -> strict.execute(describe("c1")));
      assertEquals(3, server.getRequestCount(), "a 120 s Retry-After cannot fit a 2 s call timeout");
      assertEquals("T-3", e.requestId().orElseThrow());
    }
  }

  @Test
  void exhaustedRetryBudgetTellsHowManyAttemptsAndWhyEachFailed() {
    server.enqueue(json(503, "{\"code\":\"ServiceUnavailable\",\"requestId\":\"A-1\"}"));
    server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    server.enqueue(json(500, "{\"code\":\"InternalError\",\"requestId\":\"A-3\"}"));
    server.enqueue(json(503, "{\"code\":\"ServiceUnavailable\",\"requestId\":\"A-4\"}"));
    ServiceException e = assertThrows(ServiceException.class, () -> runtime.execute(describe("c1")));
    assertEquals(4, server.getRequestCount());
    assertEquals("A-4", e.requestId().orElseThrow());
    String m = e.getMessage();
    assertTrue(m.contains("4 attempts"), m);
    assertTrue(m.contains("#1 HTTP 503 ServiceUnavailable (request id A-1)"), m);
    assertTrue(m.contains("#2 DescribeClusterDetail lost the connection"), m);
    assertTrue(m.contains("#3 HTTP 500 InternalError (request id A-3)"), m);
  }

  @Test
  void missingCredentialsFailBeforeAnythingIsSent() {
    try (ClientRuntime noKeys = runtime(b -> b.credentials(() -> {
      throw new ConfigurationException("no credentials found in: environment, profile");
    }))) {
      ConfigurationException e = assertThrows(ConfigurationException.class, () -> noKeys.execute(describe("c1")));
      assertTrue(e.getMessage().contains("no credentials found"));
      assertEquals(0, server.getRequestCount());
    }
  }

  @Test
  void asyncCompletesOffTheIoThreadsWithTheSameRetries() throws Exception {
    // The retried answer is held until the continuation below is attached: attached to a future
    // that has already completed, it would run on the caller's thread.
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger answered = new AtomicInteger();
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if (answered.getAndIncrement() == 0) {
          return json(503, "{\"code\":\"ServiceUnavailable\"}");
        }
        release.await(30, TimeUnit.SECONDS);
        return json(200, "{\"cluster_id\":\"c1\"}");
      }
    });
    AtomicReference<String> thread = new AtomicReference<>();
    CompletableFuture<JsonNode> f = runtime.executeAsync(describe("c1"));
    CompletableFuture<JsonNode> continued = f.thenApply(n -> {
      thread.set(Thread.currentThread().getName());
      return n;
    });
    assertFalse(f.isDone());
    release.countDown();
    // Waits on the continuation, not on f: a thread woken in f.get() may run f's continuations itself.
    JsonNode node = continued.get(30, TimeUnit.SECONDS);
    assertEquals("c1", node.get("cluster_id").asText());
    assertEquals(2, server.getRequestCount());
    assertNotNull(thread.get());
    assertTrue(thread.get().startsWith("ackhybrid-completion"), thread.get());
  }

  @Test
  void asyncFailureIsTheTypedException() {
    server.enqueue(json(500, "{\"code\":\"InternalError\",\"requestId\":\"X-1\"}"));
    ExecutionException e = assertThrows(ExecutionException.class, () -> runtime.executeAsync(create()).get(10, TimeUnit.SECONDS));
    ServiceException cause = assertInstanceOf(ServiceException.class, e.getCause());
    assertEquals("X-1", cause.requestId().orElseThrow());
    assertEquals(1, server.getRequestCount());
  }

  @Test
  void cancellingTheAsyncFutureCancelsTheExchange() throws Exception {
    CloudConfig config = CloudConfig.builder().region("cn-hangzhou").endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(KEY)).build();
    try (HttpTransport shared = HttpTransport.create(config);
         ClientRuntime client = new ClientRuntime(config, shared)) {
      server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
      CompletableFuture<JsonNode> f = client.executeAsync(describe("c1"));
      server.takeRequest(30, TimeUnit.SECONDS);
      okhttp3.Dispatcher dispatcher = ((OkHttpTransport) shared).client().dispatcher();
      assertEquals(1, dispatcher.runningCallsCount());
      assertTrue(f.cancel(true));
      assertTrue(f.isCancelled());
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (dispatcher.runningCallsCount() > 0 && System.nanoTime() < giveUp) {
        Thread.onSpinWait();
      }
      assertEquals(0, dispatcher.runningCallsCount(), "the HTTP exchange was cancelled with the future");
    }
  }

  /** Holds the answer to {@code /clusters/held} until released; answers everything else at once. */
  private CountDownLatch holdClusterNamedHeld() {
    CountDownLatch release = new CountDownLatch(1);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        if ("/clusters/held".equals(request.getPath())) {
          release.await(30, TimeUnit.SECONDS);
        }
        return json(200, "{}");
      }
    });
    return release;
  }

  @Test
  void anAsyncCallThatWaitedForAFreeSlotIsSignedWhenItIsSent() throws Exception {
    MutableClock clock = new MutableClock(Instant.parse("2026-11-23T10:00:00Z"));
    CountDownLatch release = holdClusterNamedHeld();
    try (ClientRuntime oneAtATime = runtime(b -> b.maxConcurrency(1).clock(clock))) {
      CompletableFuture<JsonNode> first = oneAtATime.executeAsync(describe("held"));
      assertEquals("2026-11-23T10:00:00Z", server.takeRequest(10, TimeUnit.SECONDS).getHeader("x-acs-date"));
      CompletableFuture<JsonNode> queued = oneAtATime.executeAsync(describe("queued"));
      clock.advance(Duration.ofMinutes(20));
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      queued.get(10, TimeUnit.SECONDS);
      RecordedRequest sent = server.takeRequest(10, TimeUnit.SECONDS);
      assertEquals("/clusters/queued", sent.getPath());
      assertEquals("2026-11-23T10:20:00Z", sent.getHeader("x-acs-date"), "dated when sent, not when queued");
    }
  }

  @Test
  void theWaitForAFreeSlotCountsAgainstTheCallTimeoutAndAnExpiredCallIsNeverSent() throws Exception {
    CountDownLatch release = holdClusterNamedHeld();
    try (ClientRuntime oneAtATime = runtime(b -> b.maxConcurrency(1))) {
      CompletableFuture<JsonNode> first = oneAtATime.executeAsync(describe("held"));
      server.takeRequest(10, TimeUnit.SECONDS);
      Duration shortTimeout = Duration.ofMillis(200);
      CompletableFuture<JsonNode> queued = oneAtATime.executeAsync(
          DESCRIBE.request().pathParam("ClusterId", "queued").callTimeout(shortTimeout).build());
      // Read after the call was made: its deadline started earlier, so it has surely passed below.
      long madeAt = System.nanoTime();
      while (System.nanoTime() - madeAt <= shortTimeout.toNanos()) {
        Thread.sleep(50);
      }
      release.countDown();
      first.get(10, TimeUnit.SECONDS);
      ExecutionException e = assertThrows(ExecutionException.class, () -> queued.get(10, TimeUnit.SECONDS));
      TransportException timeout = assertInstanceOf(TransportException.class, e.getCause());
      assertTrue(timeout.getMessage().contains("did not complete within the call timeout of PT0.2S"),
          timeout.getMessage());
      assertEquals(1, server.getRequestCount(), "the expired call was not sent");
    }
  }

  @Test
  void aSharedTransportOutlivesTheClientsUsingIt() {
    CloudConfig config = CloudConfig.builder().region("cn-hangzhou").endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(KEY)).build();
    try (HttpTransport shared = HttpTransport.create(config)) {
      new ClientRuntime(config, shared).close();
      server.enqueue(json(200, "{}"));
      try (ClientRuntime second = new ClientRuntime(config, shared)) {
        second.execute(describe("c1"));
      }
      assertFalse(((OkHttpTransport) shared).isClosed());
    }
  }
}
