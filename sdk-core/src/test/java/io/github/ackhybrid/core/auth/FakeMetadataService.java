package io.github.ackhybrid.core.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * The ECS metadata service on loopback, as §4.4 of the signing and credentials reference describes
 * it: a token for PUT /latest/api/token, the role name and the role's credentials under
 * /latest/meta-data/ram/security-credentials/. Tests change its answers through the fields.
 */
final class FakeMetadataService implements AutoCloseable {
  static final String ROLES = "/latest/meta-data/ram/security-credentials/";

  private static final AtomicBoolean WARM = new AtomicBoolean();

  private final MockWebServer server = new MockWebServer();
  private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();

  volatile int tokenStatus = 200;
  volatile String token = "imds-token-SECRET-1";
  volatile String role = "hybrid-ops";
  volatile int credentialsStatus = 200;
  volatile String credentialsBody = document("STS.id-1", "role-secret-SECRET-1", "role-token-SECRET-1",
      Instant.parse("2030-01-01T06:00:00Z"));
  /** Answers requests that carry a token with 403, as a metadata service that rejects its own tokens. */
  volatile boolean rejectTokens;
  /** When set, the credentials request waits for it before answering. */
  volatile CountDownLatch credentialsGate;

  FakeMetadataService() {
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        requests.add(request);
        return answer(request);
      }
    });
    try {
      server.start();
      warmUpOnce();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Loads OkHttp's and MockWebServer's classes on both ends with generous timeouts, so no test's
   * first request spends the providers' 1 s budget on class loading in a busy JVM.
   */
  private void warmUpOnce() throws IOException {
    if (!WARM.compareAndSet(false, true)) {
      return;
    }
    OkHttpClient client = new OkHttpClient.Builder().readTimeout(Duration.ofSeconds(30)).build();
    Request put = new Request.Builder().url(server.url("/latest/api/token"))
        .header(EcsMetadataClient.TOKEN_TTL_HEADER, "21600").put(RequestBody.create(new byte[0])).build();
    Request get = new Request.Builder().url(server.url(ROLES)).get().build();
    for (Request request : new Request[] {put, get}) {
      try (Response response = client.newCall(request).execute()) {
        response.body().string();
      }
    }
    requests.clear();
  }

  static String document(String id, String secret, String securityToken, Instant expiration) {
    return "{\"Code\":\"Success\",\"AccessKeyId\":\"" + id + "\",\"AccessKeySecret\":\"" + secret
        + "\",\"SecurityToken\":\"" + securityToken + "\",\"Expiration\":\"" + expiration
        + "\",\"LastUpdated\":\"2029-12-31T23:00:00Z\"}";
  }

  URI endpoint() {
    return server.url("/").uri();
  }

  List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  int requestCount() {
    return requests.size();
  }

  private MockResponse answer(RecordedRequest request) throws InterruptedException {
    String path = request.getPath();
    String presented = request.getHeader(EcsMetadataClient.TOKEN_HEADER);
    if (request.getMethod().equals("PUT") && path.equals("/latest/api/token")) {
      if (tokenStatus != 200) {
        return new MockResponse().setResponseCode(tokenStatus);
      }
      if (!"21600".equals(request.getHeader(EcsMetadataClient.TOKEN_TTL_HEADER))) {
        return new MockResponse().setResponseCode(400);
      }
      return new MockResponse().setBody(token);
    }
    if (!request.getMethod().equals("GET") || !path.startsWith(ROLES)) {
      return new MockResponse().setResponseCode(404);
    }
    if (presented != null && (rejectTokens || !presented.equals(token))) {
      return new MockResponse().setResponseCode(403);
    }
    if (path.equals(ROLES)) {
      return role == null ? new MockResponse().setResponseCode(404) : new MockResponse().setBody(role);
    }
    if (!path.equals(ROLES + role)) {
      return new MockResponse().setResponseCode(404);
    }
    CountDownLatch gate = credentialsGate;
    if (gate != null && !gate.await(10, TimeUnit.SECONDS)) {
      return new MockResponse().setResponseCode(504);
    }
    return credentialsStatus == 200
        ? new MockResponse().setBody(credentialsBody)
        : new MockResponse().setResponseCode(credentialsStatus).setBody(credentialsBody);
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
