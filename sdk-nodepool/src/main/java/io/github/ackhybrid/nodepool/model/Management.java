package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** The managed node pool settings of an ACK managed Pro cluster's pool ({@code management}). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Management.Builder.class)
public abstract class Management {

  /**
   * Returns whether the pool is a managed node pool.
   *
   * @return true if managed
   */
  @JsonProperty("enable")
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /**
   * Returns whether ACK repairs faulty nodes automatically.
   *
   * @return true if auto repair is on
   */
  @JsonProperty("auto_repair")
  @Value.Default
  public boolean autoRepair() {
    return false;
  }

  /**
   * Returns whether ACK upgrades node components automatically.
   *
   * @return true if auto upgrade is on
   */
  @JsonProperty("auto_upgrade")
  @Value.Default
  public boolean autoUpgrade() {
    return false;
  }

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Management}. */
  public static final class Builder extends ImmutableManagement.Builder {}
}
