package io.github.ackhybrid.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ValidationException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EcsRamRoleCredentialsProviderTest {
  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final Instant EXPIRATION = Instant.parse("2030-01-01T06:00:00Z");

  private final FakeMetadataService imds = new FakeMetadataService();
  private final MutableClock clock = new MutableClock(T0);
  private final Map<String, String> variables = new HashMap<>();

  @AfterEach
  void stop() throws IOException {
    imds.close();
  }

  private EcsRamRoleCredentialsProvider.Builder builder() {
    return EcsRamRoleCredentialsProvider.builder()
        .endpoint(imds.endpoint())
        .clock(clock)
        .environment(Hosts.of(variables, Map.of()));
  }

  private List<String> calls() {
    return imds.requests().stream().map(r -> r.getMethod() + " " + r.getPath()).collect(Collectors.toList());
  }

  @Test
  void getsATokenThenTheRoleThenItsCredentials() {
    Credentials credentials = builder().build().resolveCredentials();

    assertEquals("STS.id-1", credentials.accessKeyId());
    assertEquals("role-secret-SECRET-1", credentials.accessKeySecret());
    assertEquals(Optional.of("role-token-SECRET-1"), credentials.securityToken());
    assertEquals(Optional.of(EXPIRATION), credentials.expiration());
    assertEquals(List.of("PUT /latest/api/token", "GET " + FakeMetadataService.ROLES,
        "GET " + FakeMetadataService.ROLES + "hybrid-ops"), calls());
    List<RecordedRequest> requests = imds.requests();
    assertEquals("21600", requests.get(0).getHeader("X-aliyun-ecs-metadata-token-ttl-seconds"));
    assertEquals("imds-token-SECRET-1", requests.get(1).getHeader("X-aliyun-ecs-metadata-token"));
    assertEquals("imds-token-SECRET-1", requests.get(2).getHeader("X-aliyun-ecs-metadata-token"));
  }

  @Test
  void configuredRoleSkipsDiscovery() {
    imds.role = "configured-role";

    builder().roleName("configured-role").build().resolveCredentials();

    assertEquals(List.of("PUT /latest/api/token", "GET " + FakeMetadataService.ROLES + "configured-role"), calls());
  }

  @Test
  void roleNameComesFromTheEnvironmentUnlessConfigured() {
    imds.role = "env-role";
    variables.put("ALIBABA_CLOUD_ECS_METADATA", "env-role");

    builder().build().resolveCredentials();

    assertEquals("GET " + FakeMetadataService.ROLES + "env-role", calls().get(1));
  }

  @Test
  void fallsBackToRequestsWithoutATokenWhenTheTokenCannotBeHad() {
    imds.tokenStatus = 403;

    Credentials credentials = builder().build().resolveCredentials();

    assertEquals("STS.id-1", credentials.accessKeyId());
    assertEquals(3, imds.requestCount());
    assertNull(imds.requests().get(1).getHeader("X-aliyun-ecs-metadata-token"));
    assertNull(imds.requests().get(2).getHeader("X-aliyun-ecs-metadata-token"));
  }

  @Test
  void noFallbackWhenImdsV1IsDisabledByTheEnvironment() {
    imds.tokenStatus = 500;
    variables.put("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());

    assertTrue(e.getMessage().startsWith("Getting the ECS metadata token from " + imds.endpoint()
        + "latest/api/token failed with HTTP 500"), e.getMessage());
    assertTrue(e.getMessage().endsWith("and the fallback to IMDSv1 without a token is disabled"), e.getMessage());
    assertEquals(1, imds.requestCount());
  }

  @Test
  void builderSettingOverridesTheEnvironmentForTheFallback() {
    imds.tokenStatus = 500;
    variables.put("ALIBABA_CLOUD_IMDSV1_DISABLED", "true");

    assertEquals("STS.id-1", builder().imdsV1Fallback(true).build().resolveCredentials().accessKeyId());
    assertThrows(ConfigurationException.class,
        () -> EcsRamRoleCredentialsProvider.builder().endpoint(imds.endpoint()).imdsV1Fallback(false)
            .environment(Hosts.of(Map.of(), Map.of())).build().resolveCredentials().accessKeyId());
  }

  @Test
  void requestRefusedWithTheTokenIsRetriedOnceWithout() {
    imds.rejectTokens = true;

    Credentials credentials = builder().roleName("hybrid-ops").build().resolveCredentials();

    assertEquals("STS.id-1", credentials.accessKeyId());
    List<RecordedRequest> requests = imds.requests();
    assertEquals(3, requests.size());
    assertEquals("imds-token-SECRET-1", requests.get(1).getHeader("X-aliyun-ecs-metadata-token"));
    assertNull(requests.get(2).getHeader("X-aliyun-ecs-metadata-token"));
  }

  @Test
  void errorCodeInTheDocumentIsReportedWithoutSecrets() {
    imds.credentialsBody = "{\"Code\":\"Failed\",\"AccessKeyId\":\"STS.x\",\"AccessKeySecret\":\"leak-SECRET\","
        + "\"SecurityToken\":\"leak-TOKEN\",\"Expiration\":\"2030-01-01T06:00:00Z\"}";

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());

    assertEquals("The credentials from " + imds.endpoint() + "latest/meta-data/ram/security-credentials/hybrid-ops"
        + " have Code \"Failed\" instead of \"Success\"", e.getMessage());
  }

  @Test
  void malformedDocumentIsReportedWithoutItsContent() {
    imds.credentialsBody = "{\"Code\":\"Success\",\"AccessKeySecret\":\"leak-SECRET\" oops}";

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());

    assertTrue(e.getMessage().contains("are not valid JSON (line 1, column"), e.getMessage());
    assertFalse(e.getMessage().contains("leak"), e.getMessage());
    assertNull(e.getCause());
  }

  @Test
  void documentWithoutAFieldOrWithABadExpirationIsReported() {
    imds.credentialsBody = "{\"Code\":\"Success\",\"AccessKeyId\":\"STS.x\",\"AccessKeySecret\":\"leak-SECRET\","
        + "\"Expiration\":\"2030-01-01T06:00:00Z\"}";
    ConfigurationException missing = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());
    assertTrue(missing.getMessage().endsWith(" have no SecurityToken"), missing.getMessage());

    imds.credentialsBody = FakeMetadataService.document("STS.x", "leak-SECRET", "leak-TOKEN", EXPIRATION)
        .replace(EXPIRATION.toString(), "tomorrow");
    ConfigurationException badTime = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());
    assertTrue(badTime.getMessage().endsWith(" have an Expiration \"tomorrow\" that is not an ISO-8601 UTC time"),
        badTime.getMessage());
    assertFalse(badTime.getMessage().contains("leak"));
  }

  @Test
  void unknownRoleAndMissingRoleAreExplained() {
    ConfigurationException unknown = assertThrows(ConfigurationException.class,
        () -> builder().roleName("other-role").build().resolveCredentials());
    assertTrue(unknown.getMessage().startsWith("RAM role other-role is not attached to this ECS instance (HTTP 404"),
        unknown.getMessage());

    imds.role = null;
    ConfigurationException none = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());
    assertTrue(none.getMessage().startsWith("No RAM role is attached to this ECS instance"), none.getMessage());
  }

  @Test
  void unreachableMetadataServiceIsReported() throws IOException {
    URI endpoint = imds.endpoint();
    imds.close();

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> EcsRamRoleCredentialsProvider.builder().endpoint(endpoint)
            .environment(Hosts.of(Map.of(), Map.of())).build().resolveCredentials());

    assertTrue(e.getMessage().startsWith("Finding the RAM role of this ECS instance from " + endpoint), e.getMessage());
  }

  @Test
  void cachesCredentialsAndRefreshesThemFifteenMinutesBeforeExpiry() {
    EcsRamRoleCredentialsProvider provider = builder().build();
    provider.resolveCredentials();
    imds.credentialsBody = FakeMetadataService.document("STS.id-2", "role-secret-SECRET-2", "role-token-SECRET-2",
        EXPIRATION.plus(Duration.ofHours(6)));

    clock.advance(Duration.ofHours(5).plusMinutes(44));
    assertEquals("STS.id-1", provider.resolveCredentials().accessKeyId());
    assertEquals(3, imds.requestCount());

    clock.advance(Duration.ofMinutes(2));
    assertEquals("STS.id-2", provider.resolveCredentials().accessKeyId());
    assertEquals(6, imds.requestCount());
  }

  @Test
  void keepsValidCredentialsWhenTheRefreshFailsAndFailsOnceTheyExpire() {
    EcsRamRoleCredentialsProvider provider = builder().build();
    provider.resolveCredentials();
    imds.credentialsStatus = 500;

    clock.advance(Duration.ofHours(5).plusMinutes(50));
    String log;
    try (CapturedStandardError err = new CapturedStandardError()) {
      assertEquals("STS.id-1", provider.resolveCredentials().accessKeyId());
      log = err.text();
    }
    assertTrue(imds.requestCount() > 3, "a refresh was attempted");
    assertTrue(log.contains("Could not refresh credentials from ECS metadata service"), log);
    assertFalse(log.contains("SECRET"), log);

    clock.advance(Duration.ofMinutes(11));
    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);
    assertTrue(e.getMessage().contains("expired at " + EXPIRATION + " and could not be refreshed"), e.getMessage());
    assertTrue(e.getMessage().contains("failed with HTTP 500"), e.getMessage());
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
  }

  @Test
  void concurrentCallersTriggerASingleFetch() throws Exception {
    EcsRamRoleCredentialsProvider provider = builder().build();
    CountDownLatch gate = new CountDownLatch(1);
    imds.credentialsGate = gate;
    CountDownLatch start = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    List<CompletableFuture<Credentials>> results = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      CompletableFuture<Credentials> result = new CompletableFuture<>();
      Thread thread = new Thread(() -> {
        try {
          start.await();
          result.complete(provider.resolveCredentials());
        } catch (Throwable t) {
          result.completeExceptionally(t);
        }
      });
      thread.setDaemon(true);
      thread.start();
      threads.add(thread);
      results.add(result);
    }
    start.countDown();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (threads.stream().filter(t -> t.getState() == Thread.State.WAITING).count() < 7) {
      assertTrue(System.nanoTime() < deadline, "seven callers parked behind the one fetching");
      Thread.sleep(5);
    }
    gate.countDown();

    for (CompletableFuture<Credentials> result : results) {
      assertEquals("STS.id-1", result.get(10, TimeUnit.SECONDS).accessKeyId());
    }
    assertEquals(3, imds.requestCount(), "one token, one role lookup, one credentials request");
  }

  @Test
  void toStringAndFailuresNeverShowTheTokenOrCredentials() {
    EcsRamRoleCredentialsProvider provider = builder().roleName("hybrid-ops").build();
    Credentials credentials = provider.resolveCredentials();
    imds.credentialsStatus = 403;
    clock.advance(Duration.ofHours(7));
    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    String text = provider + " " + credentials + " " + e.getMessage();
    assertTrue(provider.toString().contains("RAM role hybrid-ops"), provider.toString());
    assertFalse(text.contains("SECRET"), text);
  }

  @Test
  void builderRejectsBadSettings() {
    assertEquals("ecsRamRole.roleName", assertThrows(ValidationException.class,
        () -> EcsRamRoleCredentialsProvider.builder().roleName(" ")).field());
    ValidationException scheme = assertThrows(ValidationException.class,
        () -> EcsRamRoleCredentialsProvider.builder().endpoint(URI.create("ftp://100.100.100.200")));
    assertEquals("ecsRamRole.endpoint must be an absolute http or https URL, was a ftp URI", scheme.getMessage());
  }
}
