package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** The node auto scaling settings of an ECS pool ({@code auto_scaling}). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = AutoScaling.Builder.class)
public abstract class AutoScaling {

  /**
   * Returns whether the cluster autoscaler manages the pool's size.
   *
   * @return true if auto scaling is on
   */
  @JsonProperty("enable")
  @Value.Default
  public boolean enabled() {
    return false;
  }

  /**
   * Returns the least number of instances.
   *
   * @return the minimum
   */
  @JsonProperty("min_instances")
  public abstract Optional<Long> minInstances();

  /**
   * Returns the greatest number of instances.
   *
   * @return the maximum
   */
  @JsonProperty("max_instances")
  public abstract Optional<Long> maxInstances();

  /**
   * Returns the scaling kind as the service sent it.
   *
   * @return the raw kind, such as {@code cpu}
   */
  @JsonProperty("type")
  public abstract Optional<String> typeAsString();

  /**
   * Returns the scaling kind.
   *
   * @return the kind, {@link AutoScalingType#UNKNOWN} for a value this SDK does not know
   */
  @JsonIgnore
  public Optional<AutoScalingType> type() {
    return typeAsString().map(AutoScalingType::fromWire);
  }

  /**
   * Returns whether an EIP is bound to each new node. Deprecated by the service in favour of the
   * scaling group's public network settings; read only.
   *
   * @return the flag, if reported
   */
  @JsonProperty("is_bond_eip")
  public abstract Optional<Boolean> bindEip();

  /**
   * Returns the EIP bandwidth in Mbit/s. Deprecated by the service; read only.
   *
   * @return the bandwidth, if reported
   */
  @JsonProperty("eip_bandwidth")
  public abstract Optional<Long> eipBandwidthMbps();

  /**
   * Returns the EIP billing method, such as {@code PayByBandwidth} or {@code PayByTraffic}.
   * Deprecated by the service; read only.
   *
   * @return the billing method, if reported
   */
  @JsonProperty("eip_internet_charge_type")
  public abstract Optional<String> eipInternetChargeType();

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AutoScaling}. */
  public static final class Builder extends ImmutableAutoScaling.Builder {}
}
