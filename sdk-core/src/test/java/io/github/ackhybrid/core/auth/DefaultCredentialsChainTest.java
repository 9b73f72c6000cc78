package io.github.ackhybrid.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultCredentialsChainTest {
  @TempDir
  Path home;

  private final FakeMetadataService imds = new FakeMetadataService();
  private final Map<String, String> variables = new HashMap<>();
  private Map<String, String> properties;

  @AfterEach
  void stop() throws IOException {
    imds.close();
  }

  @BeforeEach
  void host() {
    properties = Hosts.homeProperties(home);
  }

  private DefaultCredentialsChain chain() {
    return new DefaultCredentialsChain(Hosts.of(variables, properties), imds.endpoint());
  }

  private void systemProperties() {
    properties.put("alibabacloud.accessKeyId", "LTAI-prop");
    properties.put("alibabacloud.accessKeySecret", "prop-SECRET");
  }

  private void environment() {
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_SECRET", "env-SECRET");
  }

  private void cliConfig() throws IOException {
    Path file = home.resolve(".aliyun/config.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "{\"current\":\"AK\",\"profiles\":[{\"name\":\"AK\",\"mode\":\"AK\","
        + "\"access_key_id\":\"LTAI-cli\",\"access_key_secret\":\"cli-SECRET\"}]}");
  }

  private void credentialsFile() throws IOException {
    Path file = home.resolve(".alibabacloud/credentials.ini");
    Files.createDirectories(file.getParent());
    Files.writeString(file, "[default]\nenable = true\ntype = access_key\n"
        + "access_key_id = LTAI-ini\naccess_key_secret = ini-SECRET\n");
  }

  private void failingMetadataService() {
    imds.tokenStatus = 404;
    imds.role = null;
  }

  @Test
  void systemPropertiesComeFirst() throws IOException {
    DefaultCredentialsChain chain = chain();
    systemProperties();
    environment();
    cliConfig();
    credentialsFile();

    assertEquals("LTAI-prop", chain.resolveCredentials().accessKeyId());
  }

  @Test
  void environmentBeatsTheFiles() throws IOException {
    DefaultCredentialsChain chain = chain();
    environment();
    cliConfig();
    credentialsFile();

    assertEquals("LTAI-env", chain.resolveCredentials().accessKeyId());
  }

  @Test
  void cliConfigBeatsTheCredentialsFile() throws IOException {
    DefaultCredentialsChain chain = chain();
    cliConfig();
    credentialsFile();

    assertEquals("LTAI-cli", chain.resolveCredentials().accessKeyId());
  }

  @Test
  void credentialsFileBeatsTheMetadataService() throws IOException {
    DefaultCredentialsChain chain = chain();
    credentialsFile();

    assertEquals("LTAI-ini", chain.resolveCredentials().accessKeyId());
    assertEquals(0, imds.requestCount());
  }

  @Test
  void metadataServiceWhenNothingElseIsConfigured() {
    assertEquals("STS.id-1", chain().resolveCredentials().accessKeyId());
  }

  @Test
  void credentialsUriComesLast() throws IOException {
    failingMetadataService();
    try (MockWebServer uri = new MockWebServer()) {
      uri.enqueue(new MockResponse().setBody(FakeMetadataService.document("STS.uri", "uri-SECRET", "uri-TOKEN",
          Instant.parse("2099-01-01T00:00:00Z"))));
      variables.put("ALIBABA_CLOUD_CREDENTIALS_URI", uri.url("/creds").toString());

      assertEquals("STS.uri", chain().resolveCredentials().accessKeyId());
    }
  }

  @Test
  void remembersTheSourceThatWorked() {
    DefaultCredentialsChain chain = chain();
    environment();
    chain.resolveCredentials();
    systemProperties();
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env-rotated");

    assertEquals("LTAI-env-rotated", chain.resolveCredentials().accessKeyId(),
        "the environment is asked again; system properties are not looked at any more");
    assertTrue(chain.toString().contains("EnvironmentCredentialsProvider"), chain.toString());
  }

  @Test
  void failureListsEverySourceInOrderWithItsReason() throws IOException {
    DefaultCredentialsChain chain = chain();
    failingMetadataService();
    Path ini = home.resolve(".alibabacloud/credentials.ini");
    Files.createDirectories(ini.getParent());
    Files.writeString(ini, "[default]\nenable = true\ntype = ram_role_arn\n"
        + "access_key_id = LTAI-ini\naccess_key_secret = ini-SECRET\n");
    variables.put("ALIBABA_CLOUD_ACCESS_KEY_ID", "LTAI-env");

    ConfigurationException e = assertThrows(ConfigurationException.class, chain::resolveCredentials);

    String[] lines = e.getMessage().split("\n");
    assertEquals("No Alibaba Cloud credentials found. Looked in, in order:", lines[0]);
    assertEquals("  1. System properties alibabacloud.accessKeyId and alibabacloud.accessKeySecret "
        + "(or alibabacloud.accessKeyIdSecret) are not set", lines[1]);
    assertEquals("  2. Environment variable ALIBABA_CLOUD_ACCESS_KEY_SECRET is not set, though "
        + "ALIBABA_CLOUD_ACCESS_KEY_ID is", lines[2]);
    assertEquals("  3. OIDC role: not tried, ALIBABA_CLOUD_ROLE_ARN, ALIBABA_CLOUD_OIDC_PROVIDER_ARN and "
        + "ALIBABA_CLOUD_OIDC_TOKEN_FILE are not all set", lines[3]);
    assertEquals("  4. Aliyun CLI config " + home.resolve(".aliyun/config.json") + " does not exist", lines[4]);
    assertTrue(lines[5].startsWith("  5. Profile [default] in credentials file " + ini
        + " has type ram_role_arn, which needs an STS call"), lines[5]);
    assertTrue(lines[6].startsWith("  6. No RAM role is attached to this ECS instance (HTTP 404 from "
        + imds.endpoint()), lines[6]);
    assertEquals("  7. Credentials URI: not tried, ALIBABA_CLOUD_CREDENTIALS_URI is not set", lines[7]);
    assertEquals("Set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, or give CloudConfig a "
        + "CredentialsProvider such as CredentialsProvider.of(...).", lines[8]);
    assertEquals(9, lines.length);
    assertFalse(e.getMessage().contains("ini-SECRET"), e.getMessage());
  }

  @Test
  void disabledSourcesAndConfiguredOidcAreReportedAsNotTried() {
    variables.put("ALIBABA_CLOUD_ECS_METADATA_DISABLED", "true");
    variables.put("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "true");
    variables.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/pod");
    variables.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/ack");
    variables.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", "tokens/oidc-token");

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> chain().resolveCredentials());

    assertTrue(e.getMessage().contains("3. OIDC role: not tried, this SDK does not call STS AssumeRoleWithOIDC"),
        e.getMessage());
    assertTrue(e.getMessage().contains("4. Aliyun CLI profiles are disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true"),
        e.getMessage());
    assertTrue(e.getMessage().contains("6. ECS RAM role: not tried, ALIBABA_CLOUD_ECS_METADATA_DISABLED=true"),
        e.getMessage());
    assertEquals(0, imds.requestCount());
  }

  @Test
  void warnsWhenOidcIsConfiguredButAnotherSourceIsUsed() {
    variables.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/pod");
    variables.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/ack");
    variables.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", "tokens/oidc-token");

    String log;
    try (CapturedStandardError err = new CapturedStandardError()) {
      assertEquals("STS.id-1", chain().resolveCredentials().accessKeyId());
      log = err.text();
    }

    assertTrue(log.contains("cannot exchange an OIDC token for STS credentials; using EcsRamRoleCredentialsProvider"),
        log);
    assertFalse(log.contains("SECRET"), log);
  }

  @Test
  void noOidcWarningWhenASourceBeforeItWins() {
    environment();
    variables.put("ALIBABA_CLOUD_ROLE_ARN", "acs:ram::1:role/pod");
    variables.put("ALIBABA_CLOUD_OIDC_PROVIDER_ARN", "acs:ram::1:oidc-provider/ack");
    variables.put("ALIBABA_CLOUD_OIDC_TOKEN_FILE", "tokens/oidc-token");

    String log;
    try (CapturedStandardError err = new CapturedStandardError()) {
      assertEquals("LTAI-env", chain().resolveCredentials().accessKeyId());
      log = err.text();
    }

    assertFalse(log.contains("OIDC"), log);
  }

  @Test
  void publicFactoryReturnsTheChain() {
    assertTrue(CredentialsProvider.defaultChain() instanceof DefaultCredentialsChain);
  }
}
