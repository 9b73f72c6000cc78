package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback stand-in for the ASM endpoint: queue answers, then read back exactly what the client
 * sent. Its sockets set TCP_NODELAY so a test does not pay Nagle's delay on every exchange.
 */
final class AsmServer implements AutoCloseable {
  static final Credentials KEY = Credentials.of("test-key-id", "test-key-secret");

  private final MockWebServer server = new MockWebServer();

  AsmServer() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  /** Settings pointing at this server, with fast retries and a poll interval of a few milliseconds. */
  CloudConfig config(Consumer<CloudConfig.Builder> customizer) {
    CloudConfig.Builder b = CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(KEY))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(2)).build())
        .pollInterval(Duration.ofMillis(2));
    customizer.accept(b);
    return b.build();
  }

  MeshClient client() {
    return MeshClient.create(config(b -> {}));
  }

  AsmServer answer(String json) {
    return answer(200, json);
  }

  AsmServer answer(int status, String json) {
    server.enqueue(new MockResponse().setResponseCode(status)
        .setHeader("content-type", "application/json;charset=utf-8").setBody(json));
    return this;
  }

  /** Answers every request from now on with the same body, replacing the queue. */
  AsmServer always(String json) {
    MockResponse response = new MockResponse().setResponseCode(200)
        .setHeader("content-type", "application/json;charset=utf-8").setBody(json);
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    });
    return this;
  }

  /** Answers every request from now on with the same body, each held until {@code release} is counted down. */
  AsmServer heldUntil(CountDownLatch release, String json) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        release.await(30, TimeUnit.SECONDS);
        return new MockResponse().setResponseCode(200)
            .setHeader("content-type", "application/json;charset=utf-8").setBody(json);
      }
    });
    return this;
  }

  /** Answers every request from now on by its {@code x-acs-action}: 200 with the mapped body, or a 404 ASM error. */
  AsmServer byAction(Map<String, String> bodies) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = bodies.get(request.getHeader("x-acs-action"));
        if (body == null) {
          return new MockResponse().setResponseCode(404).setHeader("content-type", "application/json")
              .setBody("{\"RequestId\":\"ERR-REQ\",\"Code\":\"ServiceMesh.NotFound\",\"Message\":\"not found\"}");
        }
        return new MockResponse().setResponseCode(200)
            .setHeader("content-type", "application/json;charset=utf-8").setBody(body);
      }
    });
    return this;
  }

  /** Queues an RPC error envelope as ASM sends it. */
  AsmServer error(int status, String code, String message) {
    return answer(status, "{\"RequestId\":\"ERR-REQ\",\"HostId\":\"servicemesh.aliyuncs.com\",\"Code\":\"" + code
        + "\",\"Message\":\"" + message + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=" + code + "\"}");
  }

  /** Returns the next request the client sent, failing the test if none arrives within 30 seconds. */
  Sent take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(30, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("the client sent no request");
    }
    return new Sent(r);
  }

  int requestCount() {
    return server.getRequestCount();
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  /** One request as the server received it, with its query and form body decoded. */
  static final class Sent {
    final RecordedRequest raw;
    final String method;
    final String path;
    final Map<String, String> query = new LinkedHashMap<>();
    final Map<String, String> form = new LinkedHashMap<>();
    final String body;

    Sent(RecordedRequest raw) {
      this.raw = raw;
      this.method = raw.getMethod();
      HttpUrl url = raw.getRequestUrl();
      this.path = url.encodedPath();
      for (String name : url.queryParameterNames()) {
        query.put(name, url.queryParameter(name));
      }
      this.body = raw.getBody().readUtf8();
      if (!body.isEmpty()) {
        for (String pair : body.split("&")) {
          int eq = pair.indexOf('=');
          form.put(decode(pair.substring(0, eq)), decode(pair.substring(eq + 1)));
        }
      }
    }

    String header(String name) {
      return raw.getHeader(name);
    }

    String action() {
      return raw.getHeader("x-acs-action");
    }

    private static String decode(String s) {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
  }
}
