package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads credentials from a profile of the Alibaba Cloud credentials file, the INI file the official
 * SDKs share: {@code ALIBABA_CLOUD_CREDENTIALS_FILE}, else {@code ~/.alibabacloud/credentials.ini}.
 * The profile is the one configured, else {@code ALIBABA_CLOUD_PROFILE}, else {@code default}.
 *
 * <pre>{@code
 * [default]
 * enable = true
 * type = access_key
 * access_key_id = LTAI...
 * access_key_secret = ...
 *
 * [on-ecs]
 * enable = true
 * type = ecs_ram_role
 * role_name = hybrid-ops
 * }</pre>
 *
 * <p>As in the official SDKs, only profiles with {@code enable = true} are used. Types
 * {@code access_key} and {@code ecs_ram_role} are supported (any other type with
 * {@code access_key_id} and {@code access_key_secret} counts as {@code access_key}); types that need
 * an STS call ({@code ram_role_arn}, {@code oidc_role_arn}, {@code rsa_key_pair}) are refused with a
 * message that says what to use instead. The file is read on the first successful call and its
 * profile kept for the life of the provider. Thread-safe.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
  static final String FILE_VARIABLE = "ALIBABA_CLOUD_CREDENTIALS_FILE";
  static final String PROFILE_VARIABLE = "ALIBABA_CLOUD_PROFILE";
  private static final String KIND = "Credentials file";

  private final Path configuredFile;
  private final String configuredProfile;
  private final URI metadataEndpoint;
  private final HostEnvironment environment;
  private final Object loadLock = new Object();
  private volatile CredentialsProvider loaded;

  private ProfileCredentialsProvider(Builder builder) {
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
  public static ProfileCredentialsProvider create() {
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
   * @throws ConfigurationException if the file is missing or malformed, the profile is missing or
   *     not enabled, its type is unsupported or it lacks a key; the message names the file, the
   *     profile and the key, never a value
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
    Path file = file();
    String profile = profileName();
    IniFile ini = IniFile.read(file, KIND);
    Map<String, String> section = ini.section(profile).orElseThrow(() -> new ConfigurationException(
        "Profile [" + profile + "] is not in credentials file " + file + " ("
            + (ini.sectionNames().isEmpty() ? "it has no profiles" : "profiles: " + String.join(", ", ini.sectionNames()))
            + ")"));
    String where = "Profile [" + profile + "] in credentials file " + file;
    if (!"true".equalsIgnoreCase(section.getOrDefault("enable", "").strip())) {
      throw new ConfigurationException(where + " is not enabled; add 'enable = true' to it");
    }
    String type = section.getOrDefault("type", "");
    switch (type) {
      case "ecs_ram_role":
        EcsRamRoleCredentialsProvider.Builder ecs = EcsRamRoleCredentialsProvider.builder()
            .environment(environment)
            .endpoint(metadataEndpoint);
        nonEmpty(section, "role_name").ifPresent(ecs::roleName);
        return ecs.build();
      case "ram_role_arn":
      case "oidc_role_arn":
      case "rsa_key_pair":
        throw new ConfigurationException(where + " has type " + type + ", which needs an STS call this SDK "
            + "does not make. Use an access_key profile, or get STS credentials yourself and pass them "
            + "with CredentialsProvider.of(Credentials.session(...)) or ALIBABA_CLOUD_SECURITY_TOKEN");
      default:
        break;
    }
    Optional<String> id = nonEmpty(section, "access_key_id");
    Optional<String> secret = nonEmpty(section, "access_key_secret");
    if (!type.equals("access_key") && id.isEmpty() && secret.isEmpty()) {
      throw new ConfigurationException(where + " has " + (type.isEmpty() ? "no type" : "unknown type "
          + Validate.quote(type)) + "; expected access_key or ecs_ram_role");
    }
    if (id.isEmpty() || secret.isEmpty()) {
      throw new ConfigurationException(where + " has no " + (id.isEmpty() ? "access_key_id" : "access_key_secret"));
    }
    return CredentialsProvider.of(Credentials.of(id.get(), secret.get()));
  }

  private Path file() {
    if (configuredFile != null) {
      return configuredFile;
    }
    Optional<String> fromVariable = environment.variable(FILE_VARIABLE);
    if (fromVariable.isPresent()) {
      try {
        return Path.of(fromVariable.get().strip());
      } catch (InvalidPathException e) {
        throw new ConfigurationException(FILE_VARIABLE + " is not a valid path", e);
      }
    }
    return environment.home().resolve(".alibabacloud").resolve("credentials.ini");
  }

  private String profileName() {
    return configuredProfile != null ? configuredProfile
        : environment.variable(PROFILE_VARIABLE).map(String::strip).orElse("default");
  }

  private static Optional<String> nonEmpty(Map<String, String> section, String key) {
    String value = section.get(key);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  /** Names the file and profile settings, never credentials. */
  @Override
  public String toString() {
    return "ProfileCredentialsProvider{file=" + (configuredFile != null ? configuredFile : "default")
        + ", profile=" + (configuredProfile != null ? configuredProfile : "default") + "}";
  }

  /** Configures a {@link ProfileCredentialsProvider}. */
  public static final class Builder {
    private Path file;
    private String profileName;
    private URI metadataEndpoint = EcsRamRoleCredentialsProvider.DEFAULT_ENDPOINT;
    private HostEnvironment environment = HostEnvironment.system();

    private Builder() {}

    /**
     * Sets the credentials file. Default: {@code ALIBABA_CLOUD_CREDENTIALS_FILE}, else
     * {@code ~/.alibabacloud/credentials.ini}.
     *
     * @param file the file
     * @return this builder
     * @throws ValidationException if the file is null
     */
    public Builder file(Path file) {
      this.file = Validate.notNull(file, "profileCredentials.file");
      return this;
    }

    /**
     * Sets the profile (INI section) to use. Default: {@code ALIBABA_CLOUD_PROFILE}, else
     * {@code default}.
     *
     * @param profileName the section name
     * @return this builder
     * @throws ValidationException if the name is null or blank
     */
    public Builder profileName(String profileName) {
      this.profileName = Validate.notBlank(profileName, "profileCredentials.profileName");
      return this;
    }

    /**
     * Sets the ECS metadata service used by {@code ecs_ram_role} profiles. Default
     * {@code http://100.100.100.200}.
     *
     * @param endpoint an http or https URL
     * @return this builder
     * @throws ValidationException if the URL is null or not http(s)
     */
    public Builder metadataEndpoint(URI endpoint) {
      this.metadataEndpoint = EcsRamRoleCredentialsProvider.requireHttpUrl(endpoint, "profileCredentials.metadataEndpoint");
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
    public ProfileCredentialsProvider build() {
      return new ProfileCredentialsProvider(this);
    }
  }
}
