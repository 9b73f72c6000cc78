package io.github.ackhybrid.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliProfileCredentialsProviderTest {
  private static final String CONFIG = "{\n"
      + "  \"current\": \"AK\",\n"
      + "  \"profiles\": [\n"
      + "    {\"name\": \"AK\", \"mode\": \"AK\", \"access_key_id\": \"LTAI-cli\", \"access_key_secret\": \"cli-SECRET\"},\n"
      + "    {\"name\": \"sts\", \"mode\": \"StsToken\", \"access_key_id\": \"STS.cli\",\n"
      + "     \"access_key_secret\": \"sts-SECRET\", \"sts_token\": \"sts-TOKEN\"},\n"
      + "    {\"name\": \"arn\", \"mode\": \"RamRoleArn\", \"access_key_id\": \"LTAI-arn\",\n"
      + "     \"access_key_secret\": \"arn-SECRET\", \"ram_role_arn\": \"acs:ram::1:role/r\"},\n"
      + "    {\"name\": \"sso\", \"mode\": \"CloudSSO\", \"access_token\": \"sso-SECRET\"},\n"
      + "    {\"name\": \"odd\", \"mode\": \"Telepathy\"},\n"
      + "    {\"name\": \"nomode\", \"access_key_id\": \"x\"},\n"
      + "    {\"name\": \"half\", \"mode\": \"AK\", \"access_key_id\": \"LTAI-half\", \"access_key_secret\": \"\"},\n"
      + "    {\"name\": \"ecs\", \"mode\": \"EcsRamRole\", \"ram_role_name\": \"hybrid-ops\"}\n"
      + "  ]\n"
      + "}\n";

  @TempDir
  Path home;

  private final Map<String, String> variables = new HashMap<>();
  private Path file;

  @BeforeEach
  void writeConfig() throws IOException {
    file = home.resolve(".aliyun").resolve("config.json");
    Files.createDirectories(file.getParent());
    Files.writeString(file, CONFIG);
  }

  private CliProfileCredentialsProvider.Builder builder() {
    return CliProfileCredentialsProvider.builder()
        .environment(Hosts.of(variables, Hosts.homeProperties(home)));
  }

  private ConfigurationException failure(String profile) {
    return assertThrows(ConfigurationException.class,
        () -> builder().profileName(profile).build().resolveCredentials());
  }

  @Test
  void readsTheCurrentProfile() {
    Credentials credentials = builder().build().resolveCredentials();

    assertEquals("LTAI-cli", credentials.accessKeyId());
    assertEquals("cli-SECRET", credentials.accessKeySecret());
    assertEquals(Optional.empty(), credentials.securityToken());
  }

  @Test
  void environmentProfileWinsOverCurrentAndConfiguredWinsOverBoth() {
    variables.put("ALIBABA_CLOUD_PROFILE", "sts");

    Credentials fromEnvironment = builder().build().resolveCredentials();

    assertEquals("STS.cli", fromEnvironment.accessKeyId());
    assertEquals(Optional.of("sts-TOKEN"), fromEnvironment.securityToken());
    assertEquals("LTAI-cli", builder().profileName("AK").build().resolveCredentials().accessKeyId());
  }

  @Test
  void configuredFileIsUsed() throws IOException {
    Path other = home.resolve("other.json");
    Files.writeString(other, "{\"current\":\"p\",\"profiles\":[{\"name\":\"p\",\"mode\":\"AK\","
        + "\"access_key_id\":\"LTAI-other\",\"access_key_secret\":\"s\"}]}");

    assertEquals("LTAI-other", builder().file(other).build().resolveCredentials().accessKeyId());
  }

  @Test
  void missingFileIsNamed() throws IOException {
    Files.delete(file);

    ConfigurationException e = failure("AK");

    assertEquals("Aliyun CLI config " + file + " does not exist", e.getMessage());
  }

  @Test
  void malformedJsonGivesLineAndColumnButNoContent() throws IOException {
    Files.writeString(file, "{\n  \"current\": \"AK\",\n  \"profiles\": [ LEAKED-SECRET ]\n}");

    ConfigurationException e = failure("AK");

    assertTrue(e.getMessage().startsWith("Aliyun CLI config " + file + " is not valid JSON at line 3, column"),
        e.getMessage());
    assertFalse(e.getMessage().contains("LEAKED"));
    assertEquals(null, e.getCause());
  }

  @Test
  void fileThatIsNotAnObjectIsRefused() throws IOException {
    Files.writeString(file, "[1, 2]");

    assertEquals("Aliyun CLI config " + file + " is not a JSON object", failure("AK").getMessage());
  }

  @Test
  void missingProfileListsTheNames() {
    ConfigurationException e = failure("ghost");

    assertEquals("Profile 'ghost' is not in Aliyun CLI config " + file
        + " (profiles: AK, sts, arn, sso, odd, nomode, half, ecs)", e.getMessage());
  }

  @Test
  void tokenExchangeModesAreRefusedWithWhatToDoAndWithoutSecrets() {
    ConfigurationException arn = failure("arn");
    ConfigurationException sso = failure("sso");

    assertTrue(arn.getMessage().contains("uses mode RamRoleArn, which needs a token exchange"), arn.getMessage());
    assertTrue(arn.getMessage().contains("Use an AK or StsToken profile"), arn.getMessage());
    assertFalse(arn.getMessage().contains("arn-SECRET"));
    assertTrue(sso.getMessage().contains("uses mode CloudSSO"), sso.getMessage());
    assertFalse(sso.getMessage().contains("sso-SECRET"));
  }

  @Test
  void unknownOrMissingModeIsRefused() {
    assertEquals("Profile 'odd' in Aliyun CLI config " + file
        + " has unknown mode \"Telepathy\"; expected AK, StsToken or EcsRamRole", failure("odd").getMessage());
    assertEquals("Profile 'nomode' in Aliyun CLI config " + file + " has no mode", failure("nomode").getMessage());
  }

  @Test
  void emptyFieldCountsAsMissing() {
    assertEquals("Profile 'half' in Aliyun CLI config " + file + " has no access_key_secret",
        failure("half").getMessage());
  }

  @Test
  void disabledByTheEnvironment() {
    variables.put("ALIBABA_CLOUD_CLI_PROFILE_DISABLED", "TRUE");

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());

    assertEquals("Aliyun CLI profiles are disabled by ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true", e.getMessage());
  }

  @Test
  void missingCurrentProfileAsksForOne() throws IOException {
    Files.writeString(file, "{\"profiles\": []}");

    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> builder().build().resolveCredentials());

    assertEquals("Aliyun CLI config " + file + " names no current profile; set ALIBABA_CLOUD_PROFILE", e.getMessage());
  }

  @Test
  void ecsRamRoleProfileUsesTheMetadataService() throws IOException {
    try (FakeMetadataService imds = new FakeMetadataService()) {
      Credentials credentials = builder().profileName("ecs").metadataEndpoint(imds.endpoint()).build()
          .resolveCredentials();

      assertEquals("STS.id-1", credentials.accessKeyId());
      assertEquals(2, imds.requestCount(), "token and credentials; the role is configured");
    }
  }

  @Test
  void keepsTheProfileOnceReadAndShowsNoSecrets() throws IOException {
    CliProfileCredentialsProvider provider = builder().profileName("sts").build();
    Credentials first = provider.resolveCredentials();
    Files.delete(file);

    assertEquals(first, provider.resolveCredentials());
    String text = provider + " " + first;
    assertFalse(text.contains("sts-SECRET"), text);
    assertFalse(text.contains("sts-TOKEN"), text);
  }
}
