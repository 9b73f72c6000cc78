package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.SecretFiles;
import io.github.ackhybrid.core.ModelStyle;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.immutables.value.Value;

/**
 * The Kubernetes manifests that connect a registered cluster to ACK ({@code DescribeExternalAgent}):
 * apply them in the external cluster with {@code kubectl apply -f}. They embed the agent's
 * credentials, so {@link #toString()} never shows them; write them with {@link #writeTo(Path)},
 * which keeps the file private to its owner.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = AgentManifest.Builder.class)
public abstract class AgentManifest {

  /**
   * Returns the manifests as YAML. A secret: do not log it.
   *
   * @return the YAML text
   */
  @JsonProperty("config")
  @Value.Redacted
  public abstract String yaml();

  /**
   * Writes the manifests to a file readable only by its owner (where the file system supports
   * POSIX permissions), replacing any file already there.
   *
   * @param path the file to write, such as {@code agent.yaml}
   * @return the path written
   * @throws UncheckedIOException if the file cannot be written
   */
  public Path writeTo(Path path) {
    return SecretFiles.writeOwnerOnly(path, yaml());
  }

  /**
   * Starts a manifest value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AgentManifest}. */
  public static final class Builder extends ImmutableAgentManifest.Builder {}
}
