package io.github.ackhybrid.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class UriCredentialsProviderTest {
  private static final Instant T0 = Instant.parse("2030-01-01T00:00:00Z");
  private static final Instant EXPIRATION = Instant.parse("2030-01-01T01:00:00Z");

  private final MockWebServer server = new MockWebServer();
  private final MutableClock clock = new MutableClock(T0);

  @BeforeEach
  void start() throws IOException {
    server.setServerSocketFactory(new NoDelayServerSockets());
    server.start();
  }

  @AfterEach
  void stop() throws IOException {
    server.shutdown();
  }

  private URI uri() {
    return server.url("/credentials?token=query-SECRET").uri();
  }

  private static MockResponse document(String id) {
    return new MockResponse().setBody(FakeMetadataService.document(id, id + "-SECRET", id + "-TOKEN", EXPIRATION));
  }

  @Test
  void fetchesAndCachesSessionCredentials() throws InterruptedException {
    server.enqueue(document("STS.uri-1"));
    server.enqueue(document("STS.uri-2"));
    UriCredentialsProvider provider = UriCredentialsProvider.builder().uri(uri()).clock(clock).build();

    Credentials credentials = provider.resolveCredentials();
    assertEquals("STS.uri-1", credentials.accessKeyId());
    assertEquals(Optional.of("STS.uri-1-TOKEN"), credentials.securityToken());
    assertEquals(Optional.of(EXPIRATION), credentials.expiration());
    assertEquals("GET", server.takeRequest().getMethod());

    clock.advance(Duration.ofMinutes(30));
    assertEquals("STS.uri-1", provider.resolveCredentials().accessKeyId());
    clock.advance(Duration.ofMinutes(16));
    assertEquals("STS.uri-2", provider.resolveCredentials().accessKeyId());
    assertEquals(2, server.getRequestCount());
  }

  @Test
  void readsTheUriFromTheEnvironment() {
    server.enqueue(document("STS.env"));
    UriCredentialsProvider provider = UriCredentialsProvider.builder()
        .environment(Hosts.of(Map.of("ALIBABA_CLOUD_CREDENTIALS_URI", uri().toString()), Map.of()))
        .build();

    assertEquals("STS.env", provider.resolveCredentials().accessKeyId());
  }

  @Test
  void unsetUriIsReported() {
    UriCredentialsProvider provider = UriCredentialsProvider.builder().environment(Hosts.of(Map.of(), Map.of())).build();

    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertEquals("ALIBABA_CLOUD_CREDENTIALS_URI is not set", e.getMessage());
  }

  @Test
  void errorsNameTheUrlWithoutItsQuery() {
    server.enqueue(new MockResponse().setResponseCode(503).setBody("query-SECRET"));
    UriCredentialsProvider provider = UriCredentialsProvider.builder().uri(uri()).clock(clock).build();

    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertEquals("Getting credentials from " + server.url("/credentials") + " failed with HTTP 503", e.getMessage());
    assertFalse(provider.toString().contains("SECRET"), provider.toString());
    assertTrue(provider.toString().contains(server.url("/credentials").toString()), provider.toString());
  }

  @Test
  void errorCodeInTheDocumentIsReported() {
    server.enqueue(new MockResponse().setBody("{\"Code\":\"Unauthorized\"}"));
    UriCredentialsProvider provider = UriCredentialsProvider.builder().uri(uri()).clock(clock).build();

    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertTrue(e.getMessage().endsWith("have Code \"Unauthorized\" instead of \"Success\""), e.getMessage());
  }
}
