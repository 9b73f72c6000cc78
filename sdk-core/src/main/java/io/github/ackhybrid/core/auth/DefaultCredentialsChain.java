package io.github.ackhybrid.core.auth;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.SdkException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default chain, in the order of the official SDKs: system properties, environment variables,
 * OIDC role (not supported: it needs STS, so it is only reported), the Aliyun CLI profile, the
 * credentials file, the ECS RAM role (unless {@code ALIBABA_CLOUD_ECS_METADATA_DISABLED=true}), then
 * {@code ALIBABA_CLOUD_CREDENTIALS_URI} when set. The first source that yields credentials wins and
 * is used alone from then on; if none does, the exception lists every source and why it failed.
 */
final class DefaultCredentialsChain implements CredentialsProvider {
  private static final Logger LOG = LoggerFactory.getLogger(DefaultCredentialsChain.class);
  static final String ROLE_ARN_VARIABLE = "ALIBABA_CLOUD_ROLE_ARN";
  static final String OIDC_PROVIDER_ARN_VARIABLE = "ALIBABA_CLOUD_OIDC_PROVIDER_ARN";
  static final String OIDC_TOKEN_FILE_VARIABLE = "ALIBABA_CLOUD_OIDC_TOKEN_FILE";
  static final String ECS_METADATA_DISABLED_VARIABLE = "ALIBABA_CLOUD_ECS_METADATA_DISABLED";
  private static final String OIDC_VARIABLES =
      ROLE_ARN_VARIABLE + ", " + OIDC_PROVIDER_ARN_VARIABLE + " and " + OIDC_TOKEN_FILE_VARIABLE;

  private static final int OIDC_POSITION = 2;

  private final HostEnvironment environment;
  private final List<Link> links;
  private volatile CredentialsProvider winner;

  DefaultCredentialsChain(HostEnvironment environment, URI metadataEndpoint) {
    this.environment = environment;
    this.links = List.of(
        Link.always(new SystemPropertiesCredentialsProvider(environment)),
        Link.always(new EnvironmentCredentialsProvider(environment)),
        Link.skipped(this::oidcSkipReason),
        Link.always(CliProfileCredentialsProvider.builder()
            .environment(environment).metadataEndpoint(metadataEndpoint).build()),
        Link.always(ProfileCredentialsProvider.builder()
            .environment(environment).metadataEndpoint(metadataEndpoint).build()),
        Link.unless(() -> environment.isTrue(ECS_METADATA_DISABLED_VARIABLE)
                ? Optional.of("ECS RAM role: not tried, " + ECS_METADATA_DISABLED_VARIABLE + "=true")
                : Optional.empty(),
            EcsRamRoleCredentialsProvider.builder().environment(environment).endpoint(metadataEndpoint).build()),
        Link.unless(() -> environment.variable(UriCredentialsProvider.URI_VARIABLE).isEmpty()
                ? Optional.of("Credentials URI: not tried, " + UriCredentialsProvider.URI_VARIABLE + " is not set")
                : Optional.empty(),
            UriCredentialsProvider.builder().environment(environment).build()));
  }

  static CredentialsProvider create() {
    return new DefaultCredentialsChain(HostEnvironment.system(), EcsRamRoleCredentialsProvider.DEFAULT_ENDPOINT);
  }

  /**
   * Returns credentials from the source that worked before, or walks the chain to find one.
   *
   * @throws ConfigurationException if no source yields credentials, listing each and why
   */
  @Override
  public Credentials resolveCredentials() {
    CredentialsProvider known = winner;
    if (known != null) {
      return known.resolveCredentials();
    }
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      Optional<String> skipped = link.skipReason.get();
      if (skipped.isPresent()) {
        failures.add(skipped.get());
        continue;
      }
      try {
        Credentials credentials = link.provider.resolveCredentials();
        winner = link.provider;
        LOG.debug("Using credentials from {}", link.provider);
        // The official chain would have used the OIDC role before this source; say so, since the
        // two roles may grant different permissions.
        if (i > OIDC_POSITION && oidcConfigured()) {
          LOG.warn("{} are set, but this SDK cannot exchange an OIDC token for STS credentials; "
              + "using {} instead", OIDC_VARIABLES, link.provider);
        }
        return credentials;
      } catch (SdkException e) {
        failures.add(e.getMessage());
      }
    }
    StringBuilder message = new StringBuilder("No Alibaba Cloud credentials found. Looked in, in order:");
    for (int i = 0; i < failures.size(); i++) {
      message.append("\n  ").append(i + 1).append(". ").append(failures.get(i));
    }
    message.append("\nSet ").append(EnvironmentCredentialsProvider.ACCESS_KEY_ID).append(" and ")
        .append(EnvironmentCredentialsProvider.ACCESS_KEY_SECRET)
        .append(", or give CloudConfig a CredentialsProvider such as CredentialsProvider.of(...).");
    throw new ConfigurationException(message.toString());
  }

  private boolean oidcConfigured() {
    return environment.variable(ROLE_ARN_VARIABLE).isPresent()
        && environment.variable(OIDC_PROVIDER_ARN_VARIABLE).isPresent()
        && environment.variable(OIDC_TOKEN_FILE_VARIABLE).isPresent();
  }

  private Optional<String> oidcSkipReason() {
    return Optional.of(oidcConfigured()
        ? "OIDC role: not tried, this SDK does not call STS AssumeRoleWithOIDC although " + OIDC_VARIABLES
            + " are set; exchange the token yourself and pass CredentialsProvider.of(Credentials.session(...))"
        : "OIDC role: not tried, " + OIDC_VARIABLES + " are not all set");
  }

  /** Names the source in use, if one was found; never credentials. */
  @Override
  public String toString() {
    return "DefaultCredentialsChain{winner=" + (winner == null ? "none yet" : winner) + "}";
  }

  private static final class Link {
    final Supplier<Optional<String>> skipReason;
    final CredentialsProvider provider;

    private Link(Supplier<Optional<String>> skipReason, CredentialsProvider provider) {
      this.skipReason = skipReason;
      this.provider = provider;
    }

    static Link always(CredentialsProvider provider) {
      return new Link(Optional::empty, provider);
    }

    static Link unless(Supplier<Optional<String>> skipReason, CredentialsProvider provider) {
      return new Link(skipReason, provider);
    }

    static Link skipped(Supplier<Optional<String>> reason) {
      return new Link(reason, null);
    }
  }
}
