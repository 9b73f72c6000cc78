package io.github.ackhybrid.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SystemPropertiesCredentialsProviderTest {
  private final Map<String, String> properties = new HashMap<>();
  private final SystemPropertiesCredentialsProvider provider =
      new SystemPropertiesCredentialsProvider(Hosts.of(Map.of(), properties));

  @Test
  void readsAccessKeyFromSystemProperties() {
    properties.put("alibabacloud.accessKeyId", "LTAI-prop");
    properties.put("alibabacloud.accessKeySecret", "prop-SECRET");

    Credentials credentials = provider.resolveCredentials();

    assertEquals("LTAI-prop", credentials.accessKeyId());
    assertEquals("prop-SECRET", credentials.accessKeySecret());
    assertEquals(Optional.empty(), credentials.securityToken());
  }

  @Test
  void accessKeyIdSecretWinsOverAccessKeySecret() {
    properties.put("alibabacloud.accessKeyId", "LTAI-prop");
    properties.put("alibabacloud.accessKeySecret", "plain-SECRET");
    properties.put("alibabacloud.accessKeyIdSecret", "legacy-SECRET");

    assertEquals("legacy-SECRET", provider.resolveCredentials().accessKeySecret());
  }

  @Test
  void accessKeyIdSecretAloneIsEnough() {
    properties.put("alibabacloud.accessKeyId", "LTAI-prop");
    properties.put("alibabacloud.accessKeyIdSecret", "legacy-SECRET");

    assertEquals("legacy-SECRET", provider.resolveCredentials().accessKeySecret());
  }

  @Test
  void sessionTokenMakesSessionCredentials() {
    properties.put("alibabacloud.accessKeyId", "STS.prop");
    properties.put("alibabacloud.accessKeySecret", "prop-SECRET");
    properties.put("alibabacloud.sessionToken", "prop-TOKEN");

    assertEquals(Optional.of("prop-TOKEN"), provider.resolveCredentials().securityToken());
  }

  @Test
  void missingIdIsNamedWithoutShowingTheSecret() {
    properties.put("alibabacloud.accessKeySecret", "prop-SECRET");

    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertTrue(e.getMessage().startsWith("System property alibabacloud.accessKeyId is not set"), e.getMessage());
    assertFalse(e.getMessage().contains("prop-SECRET"));
  }

  @Test
  void nothingSetNamesTheProperties() {
    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertEquals("System properties alibabacloud.accessKeyId and alibabacloud.accessKeySecret "
        + "(or alibabacloud.accessKeyIdSecret) are not set", e.getMessage());
  }

  @Test
  void toStringShowsNoValues() {
    properties.put("alibabacloud.accessKeyId", "LTAI-prop");
    properties.put("alibabacloud.accessKeySecret", "prop-SECRET");
    properties.put("alibabacloud.sessionToken", "prop-TOKEN");

    String text = provider + " " + provider.resolveCredentials();

    assertFalse(text.contains("prop-SECRET"), text);
    assertFalse(text.contains("prop-TOKEN"), text);
  }
}
