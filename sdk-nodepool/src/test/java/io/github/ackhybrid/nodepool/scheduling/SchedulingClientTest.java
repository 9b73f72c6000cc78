package io.github.ackhybrid.nodepool.scheduling;

import static io.github.ackhybrid.nodepool.scheduling.Trees.assertTree;
import static io.github.ackhybrid.nodepool.scheduling.Trees.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.testing.internal.NoDelayServerSocketFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulingClientTest {
  private MockWebServer server;
  private SchedulingClient client;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start();
    client = SchedulingClient.create(CloudConfig.builder()
        .region("cn-hangzhou")
        .endpointOverride(server.url("/").uri())
        .credentials(CredentialsProvider.of(Credentials.of("test-key-id", "test-key-secret")))
        .retryPolicy(RetryPolicy.builder().baseDelay(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(5)).build())
        .build());
  }

  @AfterEach
  void stop() throws Exception {
    client.close();
    server.shutdown();
  }

  private static MockResponse ok(String body) {
    return new MockResponse().setResponseCode(200).setHeader("Content-Type", "application/json")
        .setHeader("x-acs-request-id", "req-1").setBody(body);
  }

  private static AutoscalerConfig everySetting() {
    return AutoscalerConfig.builder()
        .scanInterval(Duration.ofSeconds(30))
        .scaleDownEnabled(true)
        .scaleDownUtilizationThreshold(new BigDecimal("0.50"))
        .gpuScaleDownUtilizationThreshold(new BigDecimal("0.3"))
        .scaleDownUnneededTime(Duration.ofMinutes(10))
        .scaleDownDelayAfterScaleOut(Duration.ofMinutes(5))
        .expander(Expander.PRIORITY)
        .priority(10, List.of("asg-ecs-burst"))
        .priority(50, List.of("asg-a", "asg-b"))
        .skipNodesWithSystemPods(true)
        .skipNodesWithLocalStorage(false)
        .evictDaemonSetPods(false)
        .maxGracefulTermination(Duration.ofHours(4))
        .minReplicaCount(0)
        .recycleNodeDeletionEnabled(false)
        .scaleUpFromZero(true)
        .scalerType(ScalerType.GOATSCALER)
        .build();
  }

  @Test
  void createAutoscalingConfigSendsEverySettingByItsWireName() throws Exception {
    server.enqueue(ok("{\"cluster_id\":\"c1\",\"request_id\":\"req-1\",\"task_id\":\"T-1\"}"));

    AutoscalerConfigResult result = client.configureAutoscaler("c1", everySetting());

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("POST", request.getMethod());
    assertEquals("/cluster/c1/autoscale/config/", request.getPath());
    assertEquals("CreateAutoscalingConfig", request.getHeader("x-acs-action"));
    assertEquals("2015-12-15", request.getHeader("x-acs-version"));
    assertEquals("application/json; charset=utf-8", request.getHeader("Content-Type"));
    assertTrue(request.getHeader("Authorization").startsWith("ACS3-HMAC-SHA256 Credential=test-key-id,"));
    assertTree(json("""
        {"scan_interval":"30s","scale_down_enabled":true,"utilization_threshold":"0.5",
         "gpu_utilization_threshold":"0.3","unneeded_duration":"10m","cool_down_duration":"5m",
         "expander":"priority","priorities":{"10":["asg-ecs-burst"],"50":["asg-a","asg-b"]},
         "skip_nodes_with_system_pods":true,"skip_nodes_with_local_storage":false,
         "daemonset_eviction_for_nodes":false,"max_graceful_termination_sec":14400,"min_replica_count":0,
         "recycle_node_deletion_enabled":false,"scale_up_from_zero":true,"scaler_type":"goatscaler"}"""),
        json(request.getBody().readUtf8()));
    assertEquals("c1", result.clusterId());
    assertEquals(Optional.of("T-1"), result.taskId());
    assertEquals(everySetting(), result.config());
    assertEquals(Optional.of("req-1"), result.responseMetadata().requestId());
  }

  @Test
  void unsetSettingsAreLeftOutAndBareNumbersAreAvailable() throws Exception {
    server.enqueue(ok("{}"));
    server.enqueue(ok("{}"));

    client.configureAutoscaler("c1", a -> a.scalerType(ScalerType.CLUSTER_AUTOSCALER));
    client.configureAutoscaler("c1", a -> a.durationFormat(AutoscalerConfig.DurationFormat.BARE_NUMBER)
        .scanInterval(Duration.ofSeconds(60)).scaleDownUnneededTime(Duration.ofMinutes(10))
        .scaleDownDelayAfterScaleOut(Duration.ofMinutes(15)));

    assertTree(json("{\"scaler_type\":\"cluster-autoscaler\"}"), json(server.takeRequest().getBody().readUtf8()));
    assertTree(json("{\"scan_interval\":\"60\",\"unneeded_duration\":\"10\",\"cool_down_duration\":\"15\"}"),
        json(server.takeRequest().getBody().readUtf8()));
  }

  @Test
  void anEmptyAnswerIsASuccessWithoutATask() {
    server.enqueue(new MockResponse().setResponseCode(200));

    AutoscalerConfigResult result = client.configureAutoscaler("c1", a -> a.scaleDownEnabled(false));

    assertEquals("c1", result.clusterId());
    assertEquals(Optional.empty(), result.taskId());
  }

  @Test
  void badArgumentsAreRefusedBeforeAnythingIsSent() {
    assertEquals("clusterId", assertThrows(ValidationException.class,
        () -> client.configureAutoscaler("c1/../x", a -> a.scaleDownEnabled(true))).field());
    assertEquals("clusterId", assertThrows(ValidationException.class,
        () -> client.configureAutoscaler("", a -> a.scaleDownEnabled(true))).field());
    assertEquals("autoscalerConfig", assertThrows(ValidationException.class,
        () -> client.configureAutoscaler("c1", (AutoscalerConfig) null)).field());
    assertEquals("autoscalerConfig.scanInterval", assertThrows(ValidationException.class,
        () -> client.configureAutoscaler("c1", a -> a.scanInterval(Duration.ofSeconds(10)))).field());
    assertEquals(0, server.getRequestCount());
  }

  @Test
  void isRetriedAfterAServerErrorBecauseItWritesTheOneConfiguration() throws Exception {
    server.enqueue(new MockResponse().setResponseCode(503).setHeader("Content-Type", "application/json")
        .setBody("{\"code\":\"ServiceUnavailable\",\"message\":\"busy\",\"requestId\":\"r0\"}"));
    server.enqueue(ok("{\"task_id\":\"T-2\"}"));

    AutoscalerConfigResult result = client.configureAutoscaler("c1", a -> a.scaleDownEnabled(true));

    assertEquals(Optional.of("T-2"), result.taskId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void serviceErrorsArriveTyped() {
    server.enqueue(new MockResponse().setResponseCode(404).setHeader("Content-Type", "application/json")
        .setBody("{\"code\":\"ErrorClusterNotFound\",\"message\":\"cluster c9 not found\",\"requestId\":\"r9\"}"));

    ResourceNotFoundException e = assertThrows(ResourceNotFoundException.class,
        () -> client.configureAutoscaler("c9", a -> a.scaleDownEnabled(true)));
    assertEquals("ErrorClusterNotFound", e.errorCode());
  }

  @Test
  void asyncSendsTheSameRequestAndFailsValidationInTheFuture() throws Exception {
    server.enqueue(ok("{\"cluster_id\":\"c1\",\"task_id\":\"T-3\"}"));

    AutoscalerConfigResult result = client.async().configureAutoscaler("c1", everySetting()).get(30, TimeUnit.SECONDS);

    RecordedRequest request = server.takeRequest(30, TimeUnit.SECONDS);
    assertEquals("POST", request.getMethod());
    assertEquals("/cluster/c1/autoscale/config/", request.getPath());
    assertEquals("goatscaler", json(request.getBody().readUtf8()).path("scaler_type").asText());
    assertEquals(Optional.of("T-3"), result.taskId());

    CompletableFuture<AutoscalerConfigResult> refused =
        client.async().configureAutoscaler("c1", a -> a.minReplicaCount(-1));
    ExecutionException e = assertThrows(ExecutionException.class, () -> refused.get(30, TimeUnit.SECONDS));
    assertEquals("autoscalerConfig.minReplicaCount", assertInstanceOf(ValidationException.class, e.getCause()).field());
    assertEquals(1, server.getRequestCount());
  }
}
