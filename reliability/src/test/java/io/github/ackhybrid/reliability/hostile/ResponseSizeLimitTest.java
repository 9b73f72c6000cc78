package io.github.ackhybrid.reliability.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ResponseTooLargeException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.reliability.transport.LoopbackFixtures;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.Socket;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.SocketFactory;
import okhttp3.OkHttpClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * A 50 MiB answer is refused above the configured cap without being buffered: by its
 * {@code Content-Length} before any body byte is read, or, for a chunked body, as soon as the cap is
 * passed. Checked for the cloud pipeline (sync and async) and for the Kubernetes client. "Without
 * exhausting memory" is asserted independently of -Xmx: the bytes the client pulled off the socket
 * (Kubernetes client, through a counting socket factory) and the bytes the calling thread allocated
 * (sync cloud call) stay near the cap, far below the body size. Prints the figures.
 */
class ResponseSizeLimitTest {
  private static final long BODY = 50L * 1024 * 1024;
  private static final long CAP = 1024 * 1024;
  /** Read-ahead of OkHttp/Okio buffers plus the parser's own: generous, still far below BODY. */
  private static final long SLACK = 2L * 1024 * 1024;

  @ParameterizedTest(name = "chunked={0}")
  @ValueSource(booleans = {false, true})
  void cloudSyncCallRefusesAHugeBodyWithoutBufferingIt(boolean chunked) throws Exception {
    try (StreamingServer server = new StreamingServer(BODY, chunked);
         ClusterClient clusters = ClusterClient.create(config(server.port()))) {
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

      ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
          () -> clusters.describeCluster("c-huge"));

      long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
      assertRefused(e, chunked, "DescribeClusterDetail");
      assertEquals(1, server.requests(), "refused answers are never retried");
      // Buffering the body, or parsing it whole, would allocate at least its 50 MiB.
      assertTrue(allocated < 8 * CAP + SLACK, "the calling thread allocated " + allocated + " bytes");
      System.out.printf("[hostile] cloud sync, %s: cap %d B, thread allocated %d B, server wrote %d of %d B%n",
          chunked ? "chunked" : "Content-Length", CAP, allocated, server.bodyBytesWritten(), BODY);
      assertHungUpEarly(server);
    }
  }

  @ParameterizedTest(name = "chunked={0}")
  @ValueSource(booleans = {false, true})
  void cloudAsyncCallRefusesAHugeBodyToo(boolean chunked) throws Exception {
    try (StreamingServer server = new StreamingServer(BODY, chunked);
         ClusterClient clusters = ClusterClient.create(config(server.port()))) {
      CompletionException e = assertThrows(CompletionException.class,
          () -> clusters.async().describeCluster("c-huge").orTimeout(60, TimeUnit.SECONDS).join());

      assertRefused(assertInstanceOf(ResponseTooLargeException.class, e.getCause()), chunked, "DescribeClusterDetail");
      assertEquals(1, server.requests());
      System.out.printf("[hostile] cloud async, %s: cap %d B, server wrote %d of %d B%n",
          chunked ? "chunked" : "Content-Length", CAP, server.bodyBytesWritten(), BODY);
      assertHungUpEarly(server);
    }
  }

  @ParameterizedTest(name = "chunked={0}")
  @ValueSource(booleans = {false, true})
  void kubeClientRefusesAHugeBodyAndReadsLittleMoreThanTheCap(boolean chunked) throws Exception {
    CountingSockets sockets = new CountingSockets();
    OkHttpClient shared = new OkHttpClient.Builder().socketFactory(sockets).build();
    try (StreamingServer server = new StreamingServer(BODY, chunked);
         KubeClient kube = KubeClient.builder()
             .kubeconfig(LoopbackFixtures.kubeconfig("http://127.0.0.1:" + server.port()))
             .httpClient(shared)
             .maxResponseBytes(CAP)
             .build()) {
      ResponseTooLargeException e = assertThrows(ResponseTooLargeException.class,
          () -> kube.get(ResourceKind.VIRTUAL_SERVICE_V1, "default", "reviews"));

      assertRefused(e, chunked, "kube.get VirtualService default/reviews");
      long read = sockets.bytesRead.get();
      System.out.printf("[hostile] kube, %s: cap %d B, client read %d B off the socket, server wrote %d of %d B%n",
          chunked ? "chunked" : "Content-Length", CAP, read, server.bodyBytesWritten(), BODY);
      assertTrue(read <= CAP + SLACK, "read " + read + " bytes for a cap of " + CAP);
      assertHungUpEarly(server);
      if (!chunked) {
        assertTrue(read < 64 * 1024, "a declared length over the cap is refused before the body: read " + read);
      }
    } finally {
      shared.connectionPool().evictAll();
    }
  }

  @Test
  void theCapIsValidatedAndDefaultsTo16MiB() {
    CloudConfig defaults = CloudConfig.builder().region("cn-hangzhou")
        .credentials(CredentialsProvider.of(Credentials.of("id", "secret"))).build();
    assertEquals(16L * 1024 * 1024, defaults.maxResponseBytes());
    ValidationException e = assertThrows(ValidationException.class,
        () -> defaults.toBuilder().maxResponseBytes(0).build());
    assertEquals("cloudConfig.maxResponseBytes", e.field());
    assertEquals("maxResponseBytes", assertThrows(ValidationException.class,
        () -> KubeClient.builder().maxResponseBytes(-1)).field());
  }

  /**
   * What the server managed to write is what the client read plus what the two kernels' socket
   * buffers held when the client hung up (a few MiB on loopback); draining the body instead of
   * dropping the connection would let it write tens of MiB more.
   */
  private static void assertHungUpEarly(StreamingServer server) {
    assertTrue(server.bodyBytesWritten() < BODY / 4, "the server wrote " + server.bodyBytesWritten() + " bytes");
  }

  private static void assertRefused(ResponseTooLargeException e, boolean chunked, String operation) {
    assertEquals(CAP, e.limitBytes());
    assertEquals(operation, e.operation());
    assertTrue(e.getMessage().contains(String.valueOf(CAP)), e.getMessage());
    if (chunked) {
      assertFalse(e.declaredBytes().isPresent());
    } else {
      assertEquals(BODY, e.declaredBytes().getAsLong());
    }
  }

  private static CloudConfig config(int port) {
    return CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride("http://127.0.0.1:" + port)
        .credentials(CredentialsProvider.of(Credentials.of("hostile-test-id", "hostile-test-secret")))
        .retryPolicy(RetryPolicy.defaults())
        .maxResponseBytes(CAP)
        .build();
  }

  /** Plain sockets whose input streams count the bytes the client actually read. */
  private static final class CountingSockets extends SocketFactory {
    final AtomicLong bytesRead = new AtomicLong();

    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public InputStream getInputStream() throws IOException {
          return new FilterInputStream(super.getInputStream()) {
            @Override
            public int read() throws IOException {
              int b = super.read();
              if (b >= 0) {
                bytesRead.incrementAndGet();
              }
              return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
              int n = super.read(buffer, offset, length);
              if (n > 0) {
                bytesRead.addAndGet(n);
              }
              return n;
            }
          };
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }

    @Override
    public Socket createSocket(InetAddress host, int port) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) {
      throw new UnsupportedOperationException("OkHttp connects unconnected sockets");
    }
  }
}
