package io.github.ackhybrid.reliability.transport;

import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** Loopback servers and kubeconfigs shared by the hostile, transport and hygiene tests. */
public final class LoopbackFixtures {
  private LoopbackFixtures() {}

  /**
   * Returns a MockWebServer, not yet started, whose sockets set TCP_NODELAY: without it every
   * answer waits about 40 ms for a delayed ACK on loopback (see the simulator's design notes).
   *
   * @return the server
   */
  public static MockWebServer newServer() {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    return server;
  }

  /**
   * Returns a dispatcher that gives every request the same answer.
   *
   * @param response the answer
   * @return the dispatcher
   */
  public static Dispatcher always(MockResponse response) {
    return new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return response;
      }
    };
  }

  /**
   * Returns a one-context kubeconfig for a server, in namespace {@code default}, without credentials.
   *
   * @param server the server URL
   * @return the kubeconfig
   */
  public static Kubeconfig kubeconfig(String server) {
    return kubeconfig(server, "", "{}");
  }

  /**
   * Returns a one-context kubeconfig for a server, in namespace {@code default}.
   *
   * @param server the server URL
   * @param clusterFields more fields of the cluster entry, each starting with ", "
   * @param user the user entry as a YAML flow map, such as {@code {token: abc}}
   * @return the kubeconfig
   */
  public static Kubeconfig kubeconfig(String server, String clusterFields, String user) {
    return Kubeconfig.parse("""
        apiVersion: v1
        kind: Config
        clusters: [{name: c, cluster: {server: "%s"%s}}]
        users: [{name: u, user: %s}]
        contexts: [{name: ctx, context: {cluster: c, user: u, namespace: default}}]
        current-context: ctx
        """.formatted(server, clusterFields, user));
  }
}
