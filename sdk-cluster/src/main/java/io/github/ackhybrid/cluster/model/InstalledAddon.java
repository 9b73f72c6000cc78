package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** An add-on installed in a cluster, as {@code ListClusterAddonInstances} reports it. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = InstalledAddon.Builder.class)
public abstract class InstalledAddon {

  /**
   * Returns the add-on name.
   *
   * @return for example {@code terway-hybrid}
   */
  @JsonProperty("name")
  public abstract String name();

  /**
   * Returns the installed version.
   *
   * @return for example {@code v1.9.3.10-7dfca203-aliyun}
   */
  @JsonProperty("version")
  @BlankAsEmpty
  public abstract Optional<String> version();

  /**
   * Returns the state as the service spelled it.
   *
   * @return for example {@code active}; empty if none was reported
   */
  @JsonProperty("state")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public String stateAsString() {
    return "";
  }

  /**
   * Returns the state.
   *
   * @return the state, {@link AddonState#UNKNOWN} if unrecognised
   */
  public AddonState state() {
    return AddonState.fromValue(stateAsString());
  }

  /**
   * Starts an add-on value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link InstalledAddon}. */
  public static final class Builder extends ImmutableInstalledAddon.Builder {}
}
