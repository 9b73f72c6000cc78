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

class EnvironmentCredentialsProviderTest {
  private final Map<String, String> variables = new HashMap<>();
  private final EnvironmentCredentialsProvider provider =
      new EnvironmentCredentialsProvider(Hosts.of(variables, Map.of()));

  @Test
  void readsAccessKeyFromTheEnvironment() {
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-SECRET");

    Credentials credentials = provider.resolveCredentials();

    assertEquals("LTAI-env", credentials.accessKeyId());
    assertEquals("env-SECRET", credentials.accessKeySecret());
    assertEquals(Optional.empty(), credentials.securityToken());
  }

  @Test
  void securityTokenMakesSessionCredentials() {
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "STS.env");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-SECRET");
    variables.put("ALIBABA_CLOUD_SECURITY_TOKEN", "env-TOKEN");

    assertEquals(Optional.of("env-TOKEN"), provider.resolveCredentials().securityToken());
  }

  @Test
  void readsTheEnvironmentOnEveryCall() {
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "first");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-SECRET");
    provider.resolveCredentials();
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "second");

    assertEquals("second", provider.resolveCredentials().accessKeyId());
  }

  @Test
  void nothingSetNamesBothVariables() {
    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertEquals("Environment variables ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set",
        e.getMessage());
  }

  @Test
  void blankValuesCountAsUnsetAndTheMessageShowsNoSecret() {
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "  ");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-SECRET");

    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertTrue(e.getMessage().contains("ALIBABA_CLOUD_ACCESS_KEY_ID is not set"), e.getMessage());
    assertFalse(e.getMessage().contains("env-SECRET"));
  }

  @Test
  void missingSecretIsNamed() {
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "");

    ConfigurationException e = assertThrows(ConfigurationException.class, provider::resolveCredentials);

    assertTrue(e.getMessage().contains("ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set"), e.getMessage());
  }

  @Test
  void toStringShowsNoValues() {
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-SECRET");
    variables.put("ALIBABA_CLOUD_SECURITY_TOKEN", "env-TOKEN");

    String text = provider + " " + provider.resolveCredentials();

    assertFalse(text.contains("env-SECRET"), text);
    assertFalse(text.contains("env-TOKEN"), text);
  }
}
