package io.github.ackhybrid.reliability.hostile;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hostile HTTP/1.1 server on loopback that answers every request with 200 and a huge JSON body
 * generated on the fly (no buffer of that size exists on either side), either with a
 * {@code Content-Length} or chunked. It counts the body bytes the kernel accepted from it, so a test
 * can tell how much of the body the client let through before it hung up.
 */
final class StreamingServer implements AutoCloseable {
  private static final byte[] PREFIX = "{\"cluster_id\":\"c-huge\",\"name\":\"".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 16 * 1024;

  private final ServerSocket socket;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "hostile-streaming-server");
    t.setDaemon(true);
    return t;
  });
  private final long bodyBytes;
  private final boolean chunked;
  private final AtomicLong written = new AtomicLong();
  private final AtomicLong requests = new AtomicLong();

  StreamingServer(long bodyBytes, boolean chunked) throws IOException {
    this.bodyBytes = bodyBytes;
    this.chunked = chunked;
    this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Body bytes written to connections so far, all requests together. */
  long bodyBytesWritten() {
    return written.get();
  }

  long requests() {
    return requests.get();
  }

  private void acceptLoop() {
    while (!socket.isClosed()) {
      try {
        Socket connection = socket.accept();
        threads.execute(() -> serve(connection));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket connection) {
    try (connection) {
      readHead(connection.getInputStream());
      requests.incrementAndGet();
      OutputStream out = new BufferedOutputStream(connection.getOutputStream(), CHUNK);
      String head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
          + (chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + bodyBytes + "\r\n") + "\r\n";
      out.write(head.getBytes(StandardCharsets.US_ASCII));
      byte[] filler = new byte[CHUNK];
      Arrays.fill(filler, (byte) 'a');
      System.arraycopy(PREFIX, 0, filler, 0, PREFIX.length);
      long left = bodyBytes;
      boolean first = true;
      while (left > 0) {
        int n = (int) Math.min(left, CHUNK);
        if (chunked) {
          out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(filler, 0, n);
        if (chunked) {
          out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.flush();
        written.addAndGet(n);
        left -= n;
        if (first) {
          Arrays.fill(filler, 0, PREFIX.length, (byte) 'a');
          first = false;
        }
      }
      if (chunked) {
        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      }
      out.flush();
    } catch (IOException clientHungUp) {
      // The expected end: the client refused the rest of the body and closed the connection.
    }
  }

  private static void readHead(InputStream in) throws IOException {
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < end.length) {
      int b = in.read();
      if (b < 0) {
        throw new IOException("request ended early");
      }
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
    threads.shutdownNow();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
