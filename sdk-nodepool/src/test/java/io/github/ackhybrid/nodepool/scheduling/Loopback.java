package io.github.ackhybrid.nodepool.scheduling;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import java.io.IOException;
import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;

/**
 * A loopback MockWebServer standing in for the CS endpoint and a cluster's API server, and what points at it;
 * the node pool tests' {@code MockCs} points its clients the same way.
 */
public final class Loopback {
  private Loopback() {}

  /** Starts a server that answers with TCP_NODELAY, as the benchmarks and the other loopback tests do. */
  public static MockWebServer start() throws IOException {
    MockWebServer server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
    return server;
  }

  /** Settings for the cloud API on the server, with fast retries and polls. */
  public static CloudConfig.Builder cloud(MockWebServer server) {
    return CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(Credentials.of("test-key-id", "test-key-secret")))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build())
        .pollInterval(Duration.ofMillis(2));
  }

  /** A kubeconfig naming the server over plain http, so it carries no credentials, which KubeClient would refuse to send. */
  static String kubeconfigYaml(MockWebServer server) {
    return """
        apiVersion: v1
        kind: Config
        clusters:
        - name: pro
          cluster:
            server: %s
        contexts:
        - name: pro
          context:
            cluster: pro
        current-context: pro
        """.formatted(server.url("/").toString());
  }
}
