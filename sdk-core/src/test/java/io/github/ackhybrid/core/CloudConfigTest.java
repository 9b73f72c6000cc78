package io.github.ackhybrid.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ValidationException;
import java.net.URI;
import java.time.Duration;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CloudConfigTest {
  private static final CredentialsProvider KEYS = CredentialsProvider.of(Credentials.of("id", "secret"));

  private static CloudConfig.Builder base() {
    return CloudConfig.builder().region("cn-hangzhou").credentials(KEYS);
  }

  private static ValidationException invalid(Consumer<CloudConfig.Builder> change) {
    CloudConfig.Builder b = base();
    change.accept(b);
    return assertThrows(ValidationException.class, b::build);
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    CloudConfig c = base().build();
    assertEquals(Duration.ofSeconds(5), c.connectTimeout());
    assertEquals(Duration.ofSeconds(10), c.readTimeout());
    assertEquals(Duration.ofSeconds(60), c.callTimeout());
    assertEquals(RetryPolicy.defaults(), c.retryPolicy());
    assertEquals(64, c.maxConcurrency());
    assertTrue(c.endpointOverride().isEmpty());
  }

  @Test
  void nullOrBlankRegionIsRejectedNamingTheField() {
    assertEquals("cloudConfig.region", invalid(b -> b.region(null)).field());
    assertEquals("cloudConfig.region", invalid(b -> b.region("  ")).field());
    assertTrue(invalid(b -> b.region("Hangzhou!")).getMessage().contains("region id"));
    assertEquals("cloudConfig.region", invalid(b -> b.region("cn-hangzhou\n")).field());
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://127.0.0.1", "127.0.0.1:8080", "https://", "https://example.com/path",
      "https://example.com?x=1", "http://cs.cn-hangzhou.aliyuncs.com", "http://10.0.0.1:8080"})
  void malformedOrInsecureEndpointsAreRejected(String endpoint) {
    ValidationException e = invalid(b -> b.endpointOverride(endpoint));
    assertEquals("cloudConfig.endpointOverride", e.field());
  }

  @Test
  void plainHttpIsFineOnLoopbackOrWhenExplicitlyAllowed() {
    assertEquals(URI.create("http://127.0.0.1:8080"),
        base().endpointOverride("http://127.0.0.1:8080").build().endpointOverride().orElseThrow());
    base().endpointOverride("http://localhost:1").build();
    base().endpointOverride("http://[::1]:1").build();
    base().endpointOverride("http://10.0.0.1:8080").allowInsecureHttp(true).build();
  }

  @Test
  void negativeOrZeroTimeoutsAreRejected() {
    assertEquals("cloudConfig.connectTimeout", invalid(b -> b.connectTimeout(Duration.ofSeconds(-1))).field());
    assertEquals("cloudConfig.readTimeout", invalid(b -> b.readTimeout(Duration.ZERO)).field());
    assertEquals("cloudConfig.callTimeout", invalid(b -> b.callTimeout(null)).field());
    assertEquals("cloudConfig.maxConcurrency", invalid(b -> b.maxConcurrency(0)).field());
  }

  @Test
  void userAgentSuffixMustBePrintableAscii() {
    assertEquals("cloudConfig.userAgentSuffix", invalid(b -> b.userAgentSuffix("tool\r\nX-Evil: 1")).field());
    assertEquals("my-tool/1.0", base().userAgentSuffix("my-tool/1.0").build().userAgentSuffix().orElseThrow());
  }

  @Test
  void retryPolicyChecksItsRanges() {
    assertThrows(ValidationException.class, () -> RetryPolicy.builder().maxAttempts(0).build());
    assertThrows(ValidationException.class, () -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(-1)).build());
    assertThrows(ValidationException.class,
        () -> RetryPolicy.builder().baseDelay(Duration.ofSeconds(5)).maxBackoff(Duration.ofSeconds(1)).build());
    assertEquals(1, RetryPolicy.none().maxAttempts());
  }

  @Test
  void staticProviderNamesTheKeyButNotTheSecret() {
    String shown = KEYS.toString();
    assertTrue(shown.contains("accessKeyId=id"), shown);
    assertFalse(shown.contains("secret"), shown);
    assertEquals("id", KEYS.resolveCredentials().accessKeyId());
  }

  @Test
  void toStringNeverShowsCredentials() {
    CloudConfig c = base().build();
    assertFalse(c.toString().contains("secret"), c.toString());
    assertEquals(c.region(), c.toBuilder().build().region());
  }
}
