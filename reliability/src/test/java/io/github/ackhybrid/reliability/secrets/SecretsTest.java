package io.github.ackhybrid.reliability.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.RegisterClusterRequest;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.nodepool.HybridPoolPreflight;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.model.AttachScript;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Runs the main journeys with session credentials whose secret and token are known, every SDK
 * logger enabled at TRACE ({@link CapturingLoggerProvider}) and stdout captured, then looks for
 * every secret the run handled in the log lines, in each exception's messages (causes and
 * suppressed included), in the {@code toString()} of every model, request, configuration,
 * credential and client the journeys touched, and in what the run printed: the AccessKey secret,
 * the security token, each {@code Authorization} signature the simulator received, the attach
 * script token, and the client keys, certificates and tokens of every kubeconfig handed out.
 *
 * <p>The journeys are the tour's (register a cluster; Pro cluster, hybrid pool, attach script and
 * servers joining; mesh and canary policy; the month's cost report), run here rather than through
 * the examples module so that module's slf4j-simple does not compete with the capturing provider.
 */
class SecretsTest {
  private static final String KEY_ID = "LTAI5tSecretsTestKeyId";
  private static final String SECRET = "s3cr3t-AccessKeySecret-9f8e7d6c5b4a";
  private static final String TOKEN = "CAIS-SecurityToken-0a1b2c3d4e5f6a7b8c9d";
  private static final String WRONG_SECRET = "wr0ng-AccessKeySecret-1234567890ab";
  private static final Duration WAIT = Duration.ofMinutes(2);
  /**
   * A fixed past start: at test speed the run spans days of simulated time, so starting at the
   * wall-clock time could carry the billed month past the client's current month near a month's
   * end, and the cost report would be refused as a future billing cycle.
   */
  private static final Instant SIMULATION_START = Instant.parse("2026-10-05T00:00:00Z");
  private static final Pattern SIGNATURE = Pattern.compile("Signature=([0-9a-fA-F]+)");
  private static final Pattern ATTACH_TOKEN = Pattern.compile("--openapi-token ([A-Za-z0-9]+)");
  private static final Pattern KUBECONFIG_SECRET =
      Pattern.compile("(?m)^\\s*(client-key-data|client-certificate-data|token|password):\\s*\"?([^\\s\"]+)");

  private final Set<String> secrets = new LinkedHashSet<>();
  private SigningRecorder relay;
  private final List<Object> reached = new ArrayList<>();
  private final List<Throwable> failures = new ArrayList<>();

  @Test
  void noSecretReachesLogsExceptionsToStringsOrOutput() throws Exception {
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream realOut = System.out;
    List<String> logLines;
    try (CloudSimulator sim = CloudSimulator.builder().startAt(SIMULATION_START).start();
        SigningRecorder relay = new SigningRecorder(sim.endpoint())) {
      this.relay = relay;
      sim.addSessionKey(KEY_ID, SECRET, TOKEN);
      secrets.add(SECRET);
      secrets.add(TOKEN);
      CapturingLoggerProvider.capture();
      System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
      try {
        journeys(sim);
        System.out.println("run complete: " + reached.size() + " objects, " + failures.size() + " failures");
        reached.forEach(System.out::println);
        failures.forEach(System.out::println);
      } finally {
        System.setOut(realOut);
        logLines = CapturingLoggerProvider.release();
      }
    }
    String out = printed.toString(StandardCharsets.UTF_8);

    List<String> hits = new ArrayList<>();
    logLines.forEach(line -> scan("log line", line, hits));
    List<Throwable> chain = exceptionChains();
    chain.forEach(e -> {
      scan("exception message of " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()), hits);
      scan("exception " + e.getClass().getSimpleName(), e.toString(), hits);
    });
    reached.forEach(o -> scan("toString of " + o.getClass().getSimpleName(), String.valueOf(o), hits));
    scan("stdout", out, hits);

    System.out.println("secrets: logLines=" + logLines.size() + " exceptions=" + chain.size()
        + " toStrings=" + reached.size() + " secretsLookedFor=" + secrets.size() + " hits=" + hits.size());
    assertTrue(secrets.size() >= 20, "the run handled signatures, a token and kubeconfig keys: " + secrets.size());
    assertTrue(secrets.stream().allMatch(s -> s.length() >= 16), "every secret is long enough to match only itself");
    assertFalse(logLines.isEmpty(), "the SDK logged at TRACE during the run");
    List<String> control = new ArrayList<>();
    scan("control", "leaked " + TOKEN, control);
    assertEquals(1, control.size(), "the scan finds a secret that is there");
    assertFalse(failures.isEmpty(), "the run provoked failures to scan");
    assertEquals(List.of(), hits);
  }

  private void journeys(CloudSimulator sim) throws Exception {
    Credentials session = Credentials.session(KEY_ID, SECRET, TOKEN, Instant.now().plus(Duration.ofHours(6)));
    CredentialsProvider provider = CredentialsProvider.of(session);
    CloudConfig config = sim.cloudConfig().endpointOverride(relay.endpoint()).credentials(provider).build();
    keep(session, provider, config);
    try (ClusterClient clusters = ClusterClient.create(config); NodePoolClient pools = NodePoolClient.create(config);
        MeshClient mesh = MeshClient.create(config)) {
      keep(clusters, clusters.async(), clusters.waiters(), clusters.billing(), pools, pools.async(), pools.waiters(),
          mesh, mesh.async(), mesh.waiters());

      RegisterClusterRequest register = RegisterClusterRequest.builder().name("idc-shanghai").build();
      String idc = keep(clusters.registerCluster(register)).id();
      keep(register, clusters.agentManifest(idc));
      sim.connectAgent(idc);
      keep(clusters.waiters().untilConnected(idc, WAIT));
      kubeconfig(keep(clusters.userKubeconfig(idc)).yaml());
      harvestSignatures();

      String pro = keep(clusters.createProCluster(p -> p.name("pro-hangzhou").kubernetesVersion("1.33.3-aliyun.1")
          .vpcId("vpc-bp1sec").addVSwitchIds("vsw-bp1sec").serviceCidr("172.21.0.0/20")
          .addAddons(AddonInstallation.terwayEniip()))).id();
      keep(clusters.waiters().untilRunning(pro, WAIT));
      String install = keep(clusters.installAddons(pro, List.of(AddonInstallation.terwayHybridControlplane(
          "10.100.0.0/16", 24, true), AddonInstallation.terwayHybrid()))).taskId().orElseThrow();
      keep(clusters.waiters().untilTaskComplete(install, WAIT));
      String system = keep(pools.createPool(pro, p -> p.name("system")
          .ecs(s -> s.addVSwitchId("vsw-bp1sec").addInstanceTypes("ecs.g7.xlarge").desiredSize(1)))).id();
      keep(pools.waiters().untilNodesReady(pro, system, 1, WAIT));
      String pool = keep(pools.createHybridPool(pro, keep(HybridPoolPreflight.inspect(clusters, pools, pro)),
          p -> p.name("idc-gpu").label("workload", "training").taint("gpu", "true", TaintEffect.NO_SCHEDULE))).id();
      keep(pools.waiters().untilActive(pro, pool, WAIT));
      AttachScript script = keep(pools.attachScript(pro, pool, s -> s.expiresIn(Duration.ofHours(2))));
      Matcher token = ATTACH_TOKEN.matcher(script.command());
      assertTrue(token.find(), "the attach script carries a token");
      secrets.add(token.group(1));
      for (int i = 1; i <= 2; i++) {
        sim.runAttachScript(script.command(), "idc-gpu-" + i, "10.20.0." + i);
      }
      keep(pools.waiters().untilNodesReady(pro, pool, 2, WAIT));
      kubeconfig(keep(clusters.userKubeconfig(pro)).yaml());
      harvestSignatures();

      String meshId = keep(mesh.createMesh(c -> c.name("global").vpcId("vpc-bp1sec").vSwitch("vsw-bp1sec")
          .apiServerPublicEip(true))).id();
      keep(mesh.waiters().untilRunning(meshId, WAIT));
      for (String member : List.of(pro, idc)) {
        keep(mesh.addCluster(meshId, member));
        keep(mesh.waiters().untilRunning(meshId, WAIT));
        keep(mesh.waiters().untilClusterRunning(meshId, member, WAIT));
      }
      CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
      keep(canary, mesh.applyPolicy(meshId, canary));
      String meshYaml = keep(mesh.kubeconfig(meshId)).yaml();
      kubeconfig(meshYaml);
      Kubeconfig parsed = Kubeconfig.parse(meshYaml);
      try (KubeClient kube = KubeClient.create(parsed)) {
        keep(parsed, parsed.currentContext(), kube, kube.list(ResourceKind.VIRTUAL_SERVICE_V1, "default"));
      }
      harvestSignatures();

      sim.clock().advance(Duration.ofDays(2));
      YearMonth month = YearMonth.from(sim.clock().now().atOffset(ZoneOffset.ofHours(8)));
      keep(clusters.billing().clusterCost(pro, month));
      harvestSignatures();

      failures.add(assertThrows(SdkException.class, () -> clusters.describeCluster("c-missing")));
      failures.add(assertThrows(SdkException.class, () -> pools.describePool(pro, "np-missing")));
      failures.add(assertThrows(SdkException.class, () -> mesh.describeMesh("m-missing")));
      failures.add(assertThrows(SdkException.class, () -> clusters.registerCluster(r -> r.name("-bad"))));
      harvestSignatures();
    }
    provoked(sim, Credentials.of(KEY_ID, WRONG_SECRET));
    provoked(sim, Credentials.session(KEY_ID, SECRET, TOKEN + "-stale", Instant.now().plus(Duration.ofHours(1))));
    secrets.add(WRONG_SECRET);
    unreachable(session);
  }

  /** Calls with credentials the simulator refuses, so authentication failures get scanned. */
  private void provoked(CloudSimulator sim, Credentials credentials) {
    CloudConfig config = sim.cloudConfig().endpointOverride(relay.endpoint())
        .credentials(CredentialsProvider.of(credentials)).build();
    try (ClusterClient clusters = ClusterClient.create(config)) {
      keep(credentials, config, clusters);
      failures.add(assertThrows(SdkException.class, () -> clusters.listClusters().first()));
      failures.add(assertThrows(Exception.class, () -> clusters.async().userQuota().join()));
    }
    harvestSignatures();
  }

  /** Calls a port nothing listens on, so transport failures (with their attempt history) get scanned. */
  private void unreachable(Credentials session) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    CloudConfig config = CloudConfig.builder().region("cn-hangzhou").endpointOverride("http://127.0.0.1:" + port)
        .credentials(CredentialsProvider.of(session)).retryPolicy(RetryPolicy.builder().maxAttempts(2)
            .baseDelay(Duration.ofMillis(10)).build()).build();
    try (ClusterClient clusters = ClusterClient.create(config)) {
      keep(config, clusters);
      failures.add(assertThrows(SdkException.class, () -> clusters.describeCluster("c-anywhere")));
    }
  }

  /** Adds every signature the relay saw; the simulator's own request log masks them. */
  private void harvestSignatures() {
    for (String authorization : relay.authorizations()) {
      Matcher m = SIGNATURE.matcher(authorization);
      assertTrue(m.find(), "an ACS3 Authorization header carries a signature");
      secrets.add(m.group(1));
    }
  }

  private void kubeconfig(String yaml) {
    Matcher m = KUBECONFIG_SECRET.matcher(yaml);
    while (m.find()) {
      secrets.add(m.group(2));
    }
  }

  private <T> T keep(T value) {
    reached.add(value);
    return value;
  }

  private void keep(Object... values) {
    Collections.addAll(reached, values);
  }

  private List<Throwable> exceptionChains() {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Throwable> all = new ArrayList<>();
    List<Throwable> queue = new ArrayList<>(failures);
    while (!queue.isEmpty()) {
      Throwable t = queue.remove(queue.size() - 1);
      if (t == null || !seen.add(t)) {
        continue;
      }
      all.add(t);
      queue.add(t.getCause());
      Collections.addAll(queue, t.getSuppressed());
    }
    return all;
  }

  private void scan(String where, String text, List<String> hits) {
    int index = 0;
    for (String secret : secrets) {
      if (text.contains(secret)) {
        hits.add(where + " holds secret #" + index + ": " + text.substring(0, Math.min(300, text.length())));
      }
      index++;
    }
  }
}
