package io.github.ackhybrid.examples;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.testing.CloudSimulator;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Where an example program sends its calls: the embedded {@link CloudSimulator} by default, or with
 * {@code --real} the cloud, with credentials from the default chain. In real mode the region comes
 * from {@code --region}, else {@code ALIBABA_CLOUD_REGION_ID}, else {@code cn-hangzhou}, and an
 * endpoint override from {@code --endpoint}, else {@code ALIBABA_CLOUD_ENDPOINT}: the variables the
 * Aliyun CLI reads (https://www.alibabacloud.com/help/en/cli/environment-variables). An endpoint
 * override sends every product's calls to one address, such as a simulator started on its own.
 */
final class CloudTarget implements AutoCloseable {
  /** The flag that selects the real cloud. */
  static final String REAL = "--real";
  /** The flags every program that can reach the real cloud accepts. */
  static final Set<String> FLAGS = Set.of(REAL);
  /** The options every program that can reach the real cloud accepts. */
  static final Set<String> OPTIONS = Set.of("--region", "--endpoint");
  private static final String DEFAULT_REGION = "cn-hangzhou";
  /** The help lines of {@link #FLAGS} and {@link #OPTIONS}, for each program's {@code --help}. */
  static final String HELP = String.join("\n",
      "  --real              use your account, with credentials from the default chain (ALIBABA_CLOUD_ACCESS_KEY_ID",
      "                      and ALIBABA_CLOUD_ACCESS_KEY_SECRET, the Aliyun CLI profile, the credentials file,",
      "                      the ECS RAM role); without it, the program runs against an embedded simulator",
      "  --region R          with --real: the region; default ALIBABA_CLOUD_REGION_ID, else " + DEFAULT_REGION,
      "  --endpoint URL      with --real: send every call to this endpoint, such as a standalone simulator;",
      "                      default ALIBABA_CLOUD_ENDPOINT");
  static final String REGION_VARIABLE = "ALIBABA_CLOUD_REGION_ID";
  static final String ENDPOINT_VARIABLE = "ALIBABA_CLOUD_ENDPOINT";

  private final CloudSimulator simulator;
  private final CloudConfig config;
  private final String description;

  private CloudTarget(CloudSimulator simulator, CloudConfig config, String description) {
    this.simulator = simulator;
    this.config = config;
    this.description = description;
  }

  /**
   * Opens the target the command line asks for. In real mode the credentials are resolved at once,
   * so a machine without any fails before anything is created.
   *
   * @param command the parsed arguments
   * @param simulator starts the embedded simulator when {@code --real} is absent
   * @return the open target; close it to stop an embedded simulator
   * @throws ConfigurationException if no credentials are found, explaining where the chain looked
   * @throws io.github.ackhybrid.core.exception.ValidationException if the region or endpoint is invalid
   */
  static CloudTarget open(CommandLine command, Supplier<CloudSimulator> simulator) {
    if (!command.has(REAL)) {
      CloudSimulator sim = simulator.get();
      return new CloudTarget(sim, sim.cloudConfig().build(), "the embedded simulator at " + sim.endpoint());
    }
    CloudConfig.Builder builder = CloudConfig.builder()
        .region(command.value("--region").or(() -> variable(REGION_VARIABLE)).orElse(DEFAULT_REGION))
        .credentials(CredentialsProvider.defaultChain());
    Optional<String> endpoint = command.value("--endpoint").or(() -> variable(ENDPOINT_VARIABLE));
    endpoint.ifPresent(builder::endpointOverride);
    CloudConfig config = builder.build();
    config.credentials().resolveCredentials();
    return new CloudTarget(null, config, config.region() + " (real cloud" + endpoint.map(e -> ", endpoint " + e)
        .orElse("") + ")");
  }

  /** Returns the settings for every client of the program. */
  CloudConfig config() {
    return config;
  }

  /** Returns the embedded simulator, empty in real mode. */
  Optional<CloudSimulator> simulator() {
    return Optional.ofNullable(simulator);
  }

  /** Tells whether calls go to the real cloud (or whatever {@code --endpoint} names). */
  boolean real() {
    return simulator == null;
  }

  /** Describes the target for the program's first line. */
  String describe() {
    return description;
  }

  /** Stops the embedded simulator, if there is one. */
  @Override
  public void close() {
    if (simulator != null) {
      simulator.close();
    }
  }

  private static Optional<String> variable(String name) {
    return Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
  }
}
