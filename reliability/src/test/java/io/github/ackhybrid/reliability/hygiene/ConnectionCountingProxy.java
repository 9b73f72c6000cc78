package io.github.ackhybrid.reliability.hygiene;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP relay on loopback in front of a server, counting the client connections open through it:
 * the server side's view of whether a client really closed its connections, independent of the
 * SDK's internals. A connection counts as open until the client closes it (or the server does).
 */
final class ConnectionCountingProxy implements AutoCloseable {
  private final ServerSocket listener;
  private final int upstreamPort;
  private final AtomicInteger open = new AtomicInteger();
  private final AtomicInteger accepted = new AtomicInteger();
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "test-connection-proxy");
    t.setDaemon(true);
    return t;
  });

  ConnectionCountingProxy(int upstreamPort) throws IOException {
    this.upstreamPort = upstreamPort;
    this.listener = new ServerSocket(0, 100, InetAddress.getLoopbackAddress());
    threads.execute(this::acceptLoop);
  }

  int port() {
    return listener.getLocalPort();
  }

  int openConnections() {
    return open.get();
  }

  int acceptedConnections() {
    return accepted.get();
  }

  private void acceptLoop() {
    while (!listener.isClosed()) {
      Socket client;
      try {
        client = listener.accept();
      } catch (IOException closed) {
        return;
      }
      accepted.incrementAndGet();
      open.incrementAndGet();
      threads.execute(() -> relay(client));
    }
  }

  private void relay(Socket client) {
    try (client; Socket upstream = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
      client.setTcpNoDelay(true);
      upstream.setTcpNoDelay(true);
      threads.execute(() -> pump(upstream, client));
      pump(client, upstream);
    } catch (IOException e) {
      // The upstream refused or went away: the client's connection ends with it.
    } finally {
      open.decrementAndGet();
    }
  }

  /** Copies until the source ends, then closes the destination so the other direction ends too. */
  private static void pump(Socket from, Socket to) {
    byte[] buffer = new byte[16 * 1024];
    try (from; to) {
      InputStream in = from.getInputStream();
      OutputStream out = to.getOutputStream();
      for (int n; (n = in.read(buffer)) >= 0; ) {
        out.write(buffer, 0, n);
        out.flush();
      }
    } catch (IOException ended) {
      // Either side closed or reset: the relay is over.
    }
  }

  @Override
  public void close() throws IOException {
    listener.close();
    threads.shutdownNow();
    try {
      threads.awaitTermination(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
