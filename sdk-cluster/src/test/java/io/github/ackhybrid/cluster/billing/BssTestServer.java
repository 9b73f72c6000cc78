package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.net.ServerSocketFactory;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * A loopback stand-in for the BSS endpoint in tests: answers queued bodies or a dispatcher, records
 * requests, and hands out clients pointed at it with a fixed clock.
 */
final class BssTestServer implements AutoCloseable {
  /** The instant the tests' clock stands at: 2026-11-15 08:00 in UTC+8. */
  static final Instant NOW = Instant.parse("2026-11-15T00:00:00Z");

  final MockWebServer server = new MockWebServer();

  BssTestServer() throws IOException {
    // MockWebServer does not set TCP_NODELAY on accepted sockets; without it each answer waits ~40 ms.
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start(InetAddress.getLoopbackAddress(), 0);
  }

  CloudConfig config(String region) {
    return CloudConfig.builder()
        .region(region)
        .endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(Credentials.of("test-key-id", "test-key-secret")))
        .retryPolicy(RetryPolicy.none())
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
  }

  BillingClient client(BillingSite site) {
    return BillingClient.builder().config(config("cn-hangzhou")).site(site).build();
  }

  BillingClient client() {
    return client(BillingSite.CHINA);
  }

  void enqueue(String body) {
    server.enqueue(json(200, body));
  }

  void dispatch(Function<RecordedRequest, MockResponse> answer) {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return answer.apply(request);
      }
    });
  }

  static MockResponse json(int status, String body) {
    return new MockResponse().setResponseCode(status).setHeader("content-type", "application/json").setBody(body);
  }

  /** Wraps a {@code Data} payload in the success envelope. */
  static String ok(String data) {
    return "{\"RequestId\":\"REQ-1\",\"Success\":true,\"Code\":\"Success\",\"Message\":\"Successful!\",\"Data\":"
        + data + "}";
  }

  RecordedRequest take() throws InterruptedException {
    RecordedRequest r = server.takeRequest(30, TimeUnit.SECONDS);
    if (r == null) {
      throw new AssertionError("no request arrived");
    }
    return r;
  }

  List<RecordedRequest> takeAll() throws InterruptedException {
    List<RecordedRequest> all = new ArrayList<>();
    RecordedRequest r;
    while ((r = server.takeRequest(0, TimeUnit.MILLISECONDS)) != null) {
      all.add(r);
    }
    return all;
  }

  int requestCount() {
    return server.getRequestCount();
  }

  /** The query parameters of a request, decoded, in the order sent (which is sorted by name). */
  static Map<String, String> query(RecordedRequest r) {
    HttpUrl url = r.getRequestUrl();
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i < url.querySize(); i++) {
      query.put(url.queryParameterName(i), url.queryParameterValue(i));
    }
    return query;
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }

  private static final class NoDelayServerSockets extends ServerSocketFactory {
    @Override
    public ServerSocket createServerSocket() throws IOException {
      return new ServerSocket() {
        @Override
        public Socket accept() throws IOException {
          Socket s = new Socket();
          implAccept(s);
          s.setTcpNoDelay(true);
          return s;
        }
      };
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds through createServerSocket()");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds through createServerSocket()");
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address) throws IOException {
      throw new UnsupportedOperationException("MockWebServer binds through createServerSocket()");
    }
  }
}
