package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** A container runtime a Kubernetes version supports, such as containerd 1.6.28. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ContainerRuntime.Builder.class)
public abstract class ContainerRuntime {

  /**
   * Returns the runtime name.
   *
   * @return for example {@code containerd}
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Returns the runtime version.
   *
   * @return for example {@code 1.6.28}
   */
  @JsonProperty("version")
  @BlankAsEmpty
  public abstract Optional<String> version();

  /**
   * Starts a runtime value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContainerRuntime}. */
  public static final class Builder extends ImmutableContainerRuntime.Builder {}
}
