package io.github.ackhybrid.testing.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import org.junit.jupiter.api.Test;

class NoDelayServerSocketFactoryTest {
  @Test
  void acceptedSocketsHaveNagleTurnedOff() throws Exception {
    try (ServerSocket server = new NoDelayServerSocketFactory().createServerSocket(0, 5, InetAddress.getLoopbackAddress());
         Socket client = new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort());
         Socket accepted = server.accept()) {
      assertTrue(accepted.getTcpNoDelay());
      assertTrue(client.isConnected());
    }
  }
}
