package io.github.ackhybrid.cluster.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterState;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the simulator the way README.md documents it, as its own process
 * ({@code java -cp <jars> io.github.ackhybrid.testing.SimulatorMain --port 0}), and drives it with
 * the client using only the documented defaults: the printed endpoint, AccessKey
 * {@code sim-access-key-id} / {@code sim-access-key-secret} and region {@code cn-hangzhou}.
 */
class StandaloneSimulatorTest {
  private static final Pattern LISTENING = Pattern.compile("CloudSimulator listening on (http://127\\.0\\.0\\.1:\\d+)");

  @Test
  void theDocumentedCommandServesTheClientWithTheDocumentedDefaults() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        "io.github.ackhybrid.testing.SimulatorMain", "--port", "0")
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
      String first = out.readLine();
      assertNotNull(first, "the simulator printed nothing");
      Matcher m = LISTENING.matcher(first);
      assertTrue(m.matches(), "first line: " + first);

      CloudConfig config = CloudConfig.builder()
          .region("cn-hangzhou")
          .endpointOverride(URI.create(m.group(1)))
          .credentials(CredentialsProvider.of(Credentials.of("sim-access-key-id", "sim-access-key-secret")))
          .pollInterval(Duration.ofMillis(50))
          .build();
      try (ClusterClient clusters = ClusterClient.create(config)) {
        String id = clusters.registerCluster(r -> r.name("idc-standalone")).id();
        List<Cluster> listed = clusters.listClusters().toList();
        assertEquals(List.of(id), listed.stream().map(Cluster::id).toList());
        // Demo speed: the agent connects a simulated minute after the manifest is fetched, about 0.1 s.
        clusters.agentManifest(id);
        assertEquals(ClusterState.RUNNING, clusters.waiters().untilConnected(id, Duration.ofSeconds(20)).state());
      }
    } finally {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
