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
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCredentialsProviderTest {
  private static final String FILE = String.join("\n",
      "# written by hand",
      "[default]",
      "enable = true",
      "type = access_key              # access_key | ecs_ram_role | ram_role_arn",
      "access_key_id = LTAI-default",
      "access_key_secret = default-SECRET",
      "",
      "[ops]",
      "enable = True",
      "type = access_key",
      "access_key_id = LTAI-ops",
      "access_key_secret = ops-SECRET",
      "",
      "[legacy]",
      "enable = true",
      "type = something_else",
      "access_key_id = LTAI-legacy",
      "access_key_secret = legacy-SECRET",
      "",
      "[off]",
      "type = access_key",
      "access_key_id = LTAI-off",
      "access_key_secret = off-SECRET",
      "",
      "[assume]",
      "enable = true",
      "type = ram_role_arn",
      "access_key_id = LTAI-assume",
      "access_key_secret = assume-SECRET",
      "role_arn = acs:ram::123:role/ops",
      "role_session_name = s",
      "",
      "[oidc]",
      "enable = true",
      "type = oidc_role_arn",
      "role_arn = acs:ram::123:role/ops",
      "",
      "[weird]",
      "enable = true",
      "type = telepathy",
      "",
      "[halfkey]",
      "enable = true",
      "type = access_key",
      "access_key_id = LTAI-half",
      "",
      "[ecs]",
      "enable = true",
      "type = ecs_ram_role",
      "role_name = hybrid-ops",
      "");

  @TempDir
  Path home;

  private final Map<String, String> variables = new HashMap<>();
  private Path file;

  @BeforeEach
  void writeFile() throws IOException {
    file = home.resolve(".alibabacloud").resolve("credentials.ini");
    Files.createDirectories(file.getParent());
    Files.writeString(file, FILE);
  }

  private ProfileCredentialsProvider.Builder builder() {
    return ProfileCredentialsProvider.builder()
        .environment(Hosts.of(variables, Hosts.homeProperties(home)));
  }

  private ConfigurationException failure(String profile) {
    return assertThrows(ConfigurationException.class,
        () -> builder().profileName(profile).build().resolveCredentials());
  }

  @Test
  void readsTheDefaultProfileFromTheDefaultFile() {
    Credentials credentials = builder().build().resolveCredentials();

    assertEquals("LTAI-default", credentials.accessKeyId());
    assertEquals("default-SECRET", credentials.accessKeySecret());
    assertEquals(Optional.empty(), credentials.securityToken());
  }

  @Test
  void profileComesFromTheEnvironmentUnlessConfigured() {
    variables.put("ALIBABA_CLOUD_PROFILE", "ops");

    assertEquals("LTAI-ops", builder().build().resolveCredentials().accessKeyId());
    assertEquals("LTAI-legacy", builder().profileName("legacy").build().resolveCredentials().accessKeyId());
  }

  @Test
  void fileComesFromTheEnvironmentUnlessConfigured() throws IOException {
    Path elsewhere = home.resolve("elsewhere.ini");
    Files.writeString(elsewhere, "[default]\nenable = true\naccess_key_id = LTAI-env-file\naccess_key_secret = x\n");
    Path configured = home.resolve("configured.ini");
    Files.writeString(configured, "[default]\nenable = true\naccess_key_id = LTAI-configured\naccess_key_secret = x\n");
    variables.put("ALIBABA_CLOUD_CREDENTIALS_FILE", elsewhere.toString());

    assertEquals("LTAI-env-file", builder().build().resolveCredentials().accessKeyId());
    assertEquals("LTAI-configured", builder().file(configured).build().resolveCredentials().accessKeyId());
  }

  @Test
  void unknownTypeWithKeysCountsAsAccessKey() {
    assertEquals("LTAI-legacy", builder().profileName("legacy").build().resolveCredentials().accessKeyId());
  }

  @Test
  void keepsTheProfileOnceRead() throws IOException {
    ProfileCredentialsProvider provider = builder().build();
    provider.resolveCredentials();
    Files.delete(file);

    assertEquals("LTAI-default", provider.resolveCredentials().accessKeyId());
  }

  @Test
  void missingFileIsNamed() throws IOException {
    Files.delete(file);

    ConfigurationException e = failure("default");

    assertEquals("Credentials file " + file + " does not exist", e.getMessage());
  }

  @Test
  void missingFileIsReadOnceItAppears() throws IOException {
    String content = Files.readString(file);
    Files.delete(file);
    ProfileCredentialsProvider provider = builder().build();
    assertThrows(ConfigurationException.class, provider::resolveCredentials);
    Files.writeString(file, content);

    assertEquals("LTAI-default", provider.resolveCredentials().accessKeyId());
  }

  @Test
  void malformedFileNamesFileAndLine() throws IOException {
    Files.writeString(file, "[default]\nenable = true\naccess_key_secret LEAKED-SECRET\n");

    ConfigurationException e = failure("default");

    assertEquals("Credentials file " + file + " is malformed at line 3: expected 'key = value'", e.getMessage());
  }

  @Test
  void missingProfileListsTheProfilesPresent() {
    ConfigurationException e = failure("nope");

    assertTrue(e.getMessage().startsWith("Profile [nope] is not in credentials file " + file
        + " (profiles: default, ops, legacy, off,"), e.getMessage());
  }

  @Test
  void profileWithoutEnableTrueIsRefusedWithTheFix() {
    ConfigurationException e = failure("off");

    assertEquals("Profile [off] in credentials file " + file + " is not enabled; add 'enable = true' to it",
        e.getMessage());
  }

  @Test
  void stsTypesAreRefusedWithWhatToDoAndWithoutSecrets() {
    ConfigurationException assume = failure("assume");
    ConfigurationException oidc = failure("oidc");

    assertTrue(assume.getMessage().contains("has type ram_role_arn, which needs an STS call"), assume.getMessage());
    assertTrue(assume.getMessage().contains("CredentialsProvider.of(Credentials.session(...))"));
    assertFalse(assume.getMessage().contains("assume-SECRET"));
    assertTrue(oidc.getMessage().contains("has type oidc_role_arn"), oidc.getMessage());
  }

  @Test
  void unknownTypeWithoutKeysIsRefused() {
    ConfigurationException e = failure("weird");

    assertEquals("Profile [weird] in credentials file " + file
        + " has unknown type \"telepathy\"; expected access_key or ecs_ram_role", e.getMessage());
  }

  @Test
  void missingKeyIsNamed() {
    ConfigurationException e = failure("halfkey");

    assertEquals("Profile [halfkey] in credentials file " + file + " has no access_key_secret", e.getMessage());
  }

  @Test
  void ecsRamRoleProfileUsesTheMetadataServiceWithItsRole() throws IOException {
    try (FakeMetadataService imds = new FakeMetadataService()) {
      Credentials credentials = builder().profileName("ecs").metadataEndpoint(imds.endpoint()).build()
          .resolveCredentials();

      assertEquals("STS.id-1", credentials.accessKeyId());
      assertEquals(Optional.of(Instant.parse("2030-01-01T06:00:00Z")), credentials.expiration());
      assertEquals(FakeMetadataService.ROLES + "hybrid-ops", imds.requests().get(1).getPath());
    }
  }

  @Test
  void toStringShowsSettingsOnly() {
    ProfileCredentialsProvider provider = builder().profileName("ops").build();
    provider.resolveCredentials();

    assertEquals("ProfileCredentialsProvider{file=default, profile=ops}", provider.toString());
  }
}
