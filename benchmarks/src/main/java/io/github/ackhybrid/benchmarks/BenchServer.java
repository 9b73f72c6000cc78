package io.github.ackhybrid.benchmarks;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A minimal HTTP/1.1 server on loopback that answers the benchmark's ACK calls with canned bodies
 * from {@link Payloads}. It is meant to cost the client nothing it would not pay against the cloud:
 * keep-alive connections, TCP_NODELAY on every accepted socket, headers and body written in one
 * flush, pages cached after their first build. It listens on two ports: one answers at once, the
 * other after a fixed latency, for the scale run.
 *
 * <p>Routes: {@code GET /clusters/{id}} ({@code DescribeClusterDetail}), {@code GET
 * /clusters/{id}/nodepools} ({@code DescribeClusterNodePools}), {@code GET /clusters/{id}/nodes}
 * ({@code DescribeClusterNodes}, {@code pageNumber}/{@code pageSize}) and {@code GET
 * /api/v1/clusters} ({@code DescribeClustersV1}, {@code page_number}/{@code page_size}); anything
 * else gets a 404 ACK error envelope. Signatures are not checked: the server stands for the cost of
 * the network, not for the cloud's rules.
 */
public final class BenchServer implements AutoCloseable {
  private static final byte[] NOT_FOUND =
      "{\"code\":\"InvalidAction.NotFound\",\"message\":\"no such route\",\"requestId\":\"BENCH-404\"}"
          .getBytes(StandardCharsets.UTF_8);

  private final int listSize;
  private final ServerSocket fast;
  private final ServerSocket slow;
  private final long latencyNanos;
  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread t = new Thread(runnable, "bench-server");
    t.setDaemon(true);
    return t;
  });
  private final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  private final AtomicLong requests = new AtomicLong();
  private volatile boolean closed;

  private BenchServer(Duration latency, int listSize) throws IOException {
    this.latencyNanos = latency.toNanos();
    this.listSize = listSize;
    this.fast = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    this.slow = new ServerSocket(0, 1024, InetAddress.getLoopbackAddress());
    threads.execute(() -> acceptLoop(fast, 0));
    threads.execute(() -> acceptLoop(slow, latencyNanos));
  }

  /**
   * Starts a server on two free loopback ports.
   *
   * @param latency how long the slow port waits before answering
   * @param listSize how many items the node and cluster lists hold
   * @return the running server
   * @throws IOException if a port cannot be opened
   */
  public static BenchServer start(Duration latency, int listSize) throws IOException {
    return new BenchServer(latency, listSize);
  }

  /**
   * Runs the server in its own JVM: prints {@code READY <fastPort> <slowPort>} on one line, then
   * serves until its standard input closes, so it cannot outlive the launcher that started it.
   * Options: {@code --latency-ms N} (default 200), {@code --list-size N} (default 5000).
   *
   * @param args the options
   * @throws IOException if a port cannot be opened
   */
  public static void main(String[] args) throws IOException {
    Options options = Options.parse(args);
    try (BenchServer server = start(Duration.ofMillis(options.intValue("latency-ms", 200)),
        options.intValue("list-size", 5000))) {
      System.out.println("READY " + server.fast.getLocalPort() + " " + server.slow.getLocalPort());
      System.out.flush();
      while (System.in.read() >= 0) {
        // The launcher never writes; end of input means it is gone.
      }
    }
  }

  /**
   * Returns the address of the port that answers at once.
   *
   * @return for example {@code http://127.0.0.1:40123}
   */
  public URI fastEndpoint() {
    return endpoint(fast);
  }

  /**
   * Returns the address of the port that answers after the configured latency.
   *
   * @return the slow endpoint
   */
  public URI slowEndpoint() {
    return endpoint(slow);
  }

  /**
   * Returns how many requests were answered so far.
   *
   * @return the count
   */
  public long requestCount() {
    return requests.get();
  }

  /** Stops accepting and drops every connection. */
  @Override
  public void close() throws IOException {
    closed = true;
    fast.close();
    slow.close();
    threads.shutdownNow();
  }

  private static URI endpoint(ServerSocket socket) {
    return URI.create("http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort());
  }

  private void acceptLoop(ServerSocket server, long delayNanos) {
    while (!closed) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        threads.execute(() -> serve(socket, delayNanos));
      } catch (IOException e) {
        if (!closed) {
          System.err.println("bench server: accept failed: " + e);
        }
        return;
      }
    }
  }

  private void serve(Socket socket, long delayNanos) {
    try (socket;
         InputStream in = new BufferedInputStream(socket.getInputStream(), 8192);
         OutputStream out = new BufferedOutputStream(socket.getOutputStream(), 32 * 1024)) {
      String requestLine;
      while ((requestLine = readLine(in)) != null) {
        long arrived = System.nanoTime();
        long contentLength = 0;
        boolean close = false;
        String header;
        while ((header = readLine(in)) != null && !header.isEmpty()) {
          int colon = header.indexOf(':');
          if (colon <= 0) {
            continue;
          }
          String name = header.substring(0, colon).trim();
          String value = header.substring(colon + 1).trim();
          if (name.equalsIgnoreCase("content-length")) {
            contentLength = Long.parseLong(value);
          } else if (name.equalsIgnoreCase("connection") && value.equalsIgnoreCase("close")) {
            close = true;
          }
        }
        if (header == null) {
          return;
        }
        in.skipNBytes(contentLength);
        byte[] body = route(requestLine);
        if (delayNanos > 0) {
          waitUntil(arrived + delayNanos);
        }
        long id = requests.incrementAndGet();
        String head = (body == NOT_FOUND ? "HTTP/1.1 404 Not Found\r\n" : "HTTP/1.1 200 OK\r\n")
            + "Content-Type: application/json;charset=utf-8\r\n"
            + "x-acs-request-id: BENCH-" + id + "\r\n"
            + "Content-Length: " + body.length + "\r\n"
            + (close ? "Connection: close\r\n" : "")
            + "\r\n";
        out.write(head.getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        if (close) {
          return;
        }
      }
    } catch (SocketException e) {
      // The client closed the connection (or the server is closing): nothing to answer.
    } catch (IOException | RuntimeException e) {
      if (!closed) {
        System.err.println("bench server: connection failed: " + e);
      }
    }
  }

  /** The slow port stands for a service that takes this long to answer; the wait is the point. */
  private static void waitUntil(long deadlineNanos) {
    long remaining;
    while ((remaining = deadlineNanos - System.nanoTime()) > 0) {
      try {
        TimeUnit.NANOSECONDS.sleep(remaining);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private byte[] route(String requestLine) {
    String[] parts = requestLine.split(" ");
    if (parts.length < 2) {
      return NOT_FOUND;
    }
    String method = parts[0];
    String target = parts[1];
    int q = target.indexOf('?');
    String path = q < 0 ? target : target.substring(0, q);
    String query = q < 0 ? "" : target.substring(q + 1);
    String[] segments = path.split("/");
    if (!method.equals("GET")) {
      return NOT_FOUND;
    }
    if (path.equals("/api/v1/clusters")) {
      int page = param(query, "page_number", 1);
      int size = param(query, "page_size", 10);
      return pages.computeIfAbsent("clusters:" + page + ":" + size, k -> Payloads.clustersPage(page, size, listSize));
    }
    if (segments.length < 3 || !segments[1].equals("clusters")) {
      return NOT_FOUND;
    }
    if (segments.length == 3) {
      return Payloads.clusterDetail();
    }
    if (segments.length == 4 && segments[3].equals("nodepools")) {
      return Payloads.nodePools();
    }
    if (segments.length == 4 && segments[3].equals("nodes")) {
      int page = param(query, "pageNumber", 1);
      int size = param(query, "pageSize", 10);
      return pages.computeIfAbsent("nodes:" + page + ":" + size, k -> Payloads.nodesPage(page, size, listSize));
    }
    return NOT_FOUND;
  }

  private static String value(String query, String name) {
    for (String pair : query.split("&")) {
      int eq = pair.indexOf('=');
      if (eq > 0 && pair.substring(0, eq).equals(name)) {
        return pair.substring(eq + 1);
      }
    }
    return null;
  }

  private static int param(String query, String name, int fallback) {
    String v = value(query, name);
    if (v == null) {
      return fallback;
    }
    try {
      return Math.max(1, Integer.parseInt(v));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static String readLine(InputStream in) throws IOException {
    StringBuilder line = new StringBuilder(96);
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        line.append((char) c);
      }
    }
    return c < 0 && line.length() == 0 ? null : line.toString();
  }
}
