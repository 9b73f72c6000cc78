package io.github.ackhybrid.core.auth;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.Validate;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads credentials from a profile of the Aliyun CLI's configuration, {@code ~/.aliyun/config.json},
 * so a machine set up with {@code aliyun configure} needs nothing more. The profile is the one
 * configured, else {@code ALIBABA_CLOUD_PROFILE}, else the file's {@code current} profile.
 *
 * <p>Modes {@code AK}, {@code StsToken} and {@code EcsRamRole} are supported. Modes that need an
 * STS, SSO or OAuth exchange or run a command ({@code RamRoleArn}, {@code OIDC},
 * {@code ChainableRamRoleArn}, {@code CloudSSO}, {@code OAuth}, {@code External}) are refused with
 * a message that says what to use instead. Setting {@code ALIBABA_CLOUD_CLI_PROFILE_DISABLED=true}
 * turns this provider off. The file is read on the first successful call and its profile kept for
 * the life of the provider. Thread-safe.
 */
public final class CliProfileCredentialsProvider implements CredentialsProvider {
  static final String DISABLED_VARIABLE = "ALIBABA_CLOUD_CLI_PROFILE_DISABLED";
  private static final List<String> UNSUPPORTED_MODES =
      List.of("RamRoleArn", "OIDC", "ChainableRamRoleArn", "CloudSSO", "OAuth", "External");

  private final Path configuredFile;
  private final String configuredProfile;
  private final URI metadataEndpoint;
  private final HostEnvironment environment;
  private final Object loadLock = new Object();
  private volatile CredentialsProvider loaded;

  private CliProfileCredentialsProvider(Builder builder) {
    this.configuredFile = builder.file;
    this.configuredProfile = builder.profileName;
    this.metadataEndpoint = builder.metadataEndpoint;
    this.environment = builder.environment;
  }

  /**
   * Returns a provider for the default file and profile.
   *
   * @return the provider
   */
  public static CliProfileCredentialsProvider create() {
    return builder().build();
  }

  /**
   * Starts configuring a provider.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the credentials of the profile, reading the file on first use.
   *
   * @return the profile's credentials
   * @throws ConfigurationException if the provider is disabled, the file is missing or malformed,
   *     the profile is missing, its mode is unsupported or it lacks a field; the message names the
   *     file, the profile and the field, never a value
   */
  @Override
  public Credentials resolveCredentials() {
    CredentialsProvider provider = loaded;
    if (provider == null) {
      synchronized (loadLock) {
        provider = loaded;
        if (provider == null) {
          provider = load();
          loaded = provider;
        }
      }
    }
    return provider.resolveCredentials();
  }

  private CredentialsProvider load() {
    if (environment.isTrue(DISABLED_VARIABLE)) {
      throw new ConfigurationException("Aliyun CLI profiles are disabled by " + DISABLED_VARIABLE + "=true");
    }
    Path file = configuredFile != null ? configuredFile
        : environment.home().resolve(".aliyun").resolve("config.json");
    JsonNode root = readJson(file);
    String profileName = configuredProfile != null ? configuredProfile
        : environment.variable(ProfileCredentialsProvider.PROFILE_VARIABLE).map(String::strip)
            .orElseGet(() -> text(root, "current").orElseThrow(() -> new ConfigurationException(
                "Aliyun CLI config " + file + " names no current profile; set ALIBABA_CLOUD_PROFILE")));
    JsonNode profile = findProfile(root, profileName, file);
    String where = "Profile '" + profileName + "' in Aliyun CLI config " + file;
    String mode = text(profile, "mode").orElseThrow(() -> new ConfigurationException(where + " has no mode"));
    switch (mode) {
      case "AK":
        return CredentialsProvider.of(Credentials.of(
            required(profile, "access_key_id", where), required(profile, "access_key_secret", where)));
      case "StsToken":
        return CredentialsProvider.of(Credentials.session(
            required(profile, "access_key_id", where), required(profile, "access_key_secret", where),
            required(profile, "sts_token", where), null));
      case "EcsRamRole":
        EcsRamRoleCredentialsProvider.Builder ecs = EcsRamRoleCredentialsProvider.builder()
            .environment(environment)
            .endpoint(metadataEndpoint);
        text(profile, "ram_role_name").ifPresent(ecs::roleName);
        return ecs.build();
      default:
        if (UNSUPPORTED_MODES.contains(mode)) {
          throw new ConfigurationException(where + " uses mode " + mode + ", which needs a token exchange this "
              + "SDK does not make. Use an AK or StsToken profile, or get STS credentials yourself and pass "
              + "them with CredentialsProvider.of(Credentials.session(...))");
        }
        throw new ConfigurationException(where + " has unknown mode " + Validate.quote(mode)
            + "; expected AK, StsToken or EcsRamRole");
    }
  }

  private static JsonNode readJson(Path file) {
    String content;
    try {
      content = Files.readString(file);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException("Aliyun CLI config " + file + " does not exist");
    } catch (IOException e) {
      throw new ConfigurationException("Aliyun CLI config " + file + " cannot be read: "
          + e.getClass().getSimpleName(), e);
    }
    JsonNode root;
    try {
      root = Json.mapper().readTree(content);
    } catch (JsonProcessingException e) {
      // Jackson's message can quote the text around the error, which may be a secret.
      JsonLocation at = e.getLocation();
      throw new ConfigurationException("Aliyun CLI config " + file + " is not valid JSON"
          + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()));
    }
    if (root == null || !root.isObject()) {
      throw new ConfigurationException("Aliyun CLI config " + file + " is not a JSON object");
    }
    return root;
  }

  private static JsonNode findProfile(JsonNode root, String name, Path file) {
    JsonNode profiles = root.get("profiles");
    if (profiles == null || !profiles.isArray()) {
      throw new ConfigurationException("Aliyun CLI config " + file + " has no 'profiles' array");
    }
    List<String> names = new ArrayList<>();
    for (JsonNode profile : profiles) {
      Optional<String> profileName = text(profile, "name");
      if (profileName.isPresent() && profileName.get().equals(name)) {
        return profile;
      }
      profileName.ifPresent(names::add);
    }
    throw new ConfigurationException("Profile '" + name + "' is not in Aliyun CLI config " + file
        + " (" + (names.isEmpty() ? "it has no profiles" : "profiles: " + String.join(", ", names)) + ")");
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value != null && value.isTextual() && !value.asText().isBlank()
        ? Optional.of(value.asText()) : Optional.empty();
  }

  private static String required(JsonNode profile, String field, String where) {
    return text(profile, field).orElseThrow(() -> new ConfigurationException(where + " has no " + field));
  }

  /** Names the file and profile settings, never credentials. */
  @Override
  public String toString() {
    return "CliProfileCredentialsProvider{file=" + (configuredFile != null ? configuredFile : "default")
        + ", profile=" + (configuredProfile != null ? configuredProfile : "current") + "}";
  }

  /** Configures a {@link CliProfileCredentialsProvider}. */
  public static final class Builder {
    private Path file;
    private String profileName;
    private URI metadataEndpoint = EcsRamRoleCredentialsProvider.DEFAULT_ENDPOINT;
    private HostEnvironment environment = HostEnvironment.system();

    private Builder() {}

    /**
     * Sets the CLI configuration file. Default {@code ~/.aliyun/config.json}.
     *
     * @param file the file
     * @return this builder
     * @throws ValidationException if the file is null
     */
    public Builder file(Path file) {
      this.file = Validate.notNull(file, "cliProfileCredentials.file");
      return this;
    }

    /**
     * Sets the profile to use. Default: {@code ALIBABA_CLOUD_PROFILE}, else the file's
     * {@code current} profile.
     *
     * @param profileName the profile's {@code name}
     * @return this builder
     * @throws ValidationException if the name is null or blank
     */
    public Builder profileName(String profileName) {
      this.profileName = Validate.notBlank(profileName, "cliProfileCredentials.profileName");
      return this;
    }

    /**
     * Sets the ECS metadata service used by {@code EcsRamRole} profiles. Default
     * {@code http://100.100.100.200}.
     *
     * @param endpoint an http or https URL
     * @return this builder
     * @throws ValidationException if the URL is null or not http(s)
     */
    public Builder metadataEndpoint(URI endpoint) {
      this.metadataEndpoint =
          EcsRamRoleCredentialsProvider.requireHttpUrl(endpoint, "cliProfileCredentials.metadataEndpoint");
      return this;
    }

    Builder environment(HostEnvironment environment) {
      this.environment = environment;
      return this;
    }

    /**
     * Builds the provider. The file is not read until the first call.
     *
     * @return the provider
     */
    public CliProfileCredentialsProvider build() {
      return new CliProfileCredentialsProvider(this);
    }
  }
}
