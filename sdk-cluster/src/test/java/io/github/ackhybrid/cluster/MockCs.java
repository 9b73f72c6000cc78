package io.github.ackhybrid.cluster;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback stand-in for the ACK endpoint: a MockWebServer and a client pointed at it, with
 * millisecond poll intervals and retry pauses so waiters and retries finish at once.
 */
final class MockCs implements AutoCloseable {
  final MockWebServer server = new MockWebServer();
  final ClusterClient client;

  MockCs() {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    client = ClusterClient.create(config());
  }

  CloudConfig config() {
    return CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(Credentials.of("test-key-id", "test-key-secret")))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).baseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build())
        .pollInterval(Duration.ofMillis(2))
        .build();
  }

  /** Queues a JSON answer with a request id header. */
  MockCs reply(int status, String json) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("Content-Type", "application/json;charset=utf-8")
        .setHeader("x-acs-request-id", "REQ-" + (server.getRequestCount() + 1))
        .setBody(json));
    return this;
  }

  /** Queues a 200 with the given JSON body. */
  MockCs ok(String json) {
    return reply(200, json);
  }

  /** Queues an ACK error envelope. */
  MockCs error(int status, String code) {
    return reply(status, "{\"code\":\"" + code + "\",\"message\":\"" + code + " happened\",\"requestId\":\"ERR-REQ\"}");
  }

  RecordedRequest take() {
    try {
      RecordedRequest r = server.takeRequest(30, TimeUnit.SECONDS);
      assertNotNull(r, "expected a request");
      return r;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static String body(RecordedRequest r) {
    return r.getBody().readString(StandardCharsets.UTF_8);
  }

  /** The body of a create, its random creation token (a UUID) replaced by {@code TOKEN}. */
  static String createBody(RecordedRequest r) {
    return body(r).replaceAll("(\\{\"key\":\"ackhybrid\\.io/create-token\",\"value\":\")"
        + "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\"", "$1TOKEN\"");
  }

  @Override
  public void close() throws IOException {
    client.close();
    server.shutdown();
  }
}
