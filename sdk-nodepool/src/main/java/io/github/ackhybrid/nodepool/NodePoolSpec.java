package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.AutoScalingRules;
import io.github.ackhybrid.nodepool.model.AutoScalingType;
import io.github.ackhybrid.nodepool.model.HybridDefaults;
import io.github.ackhybrid.nodepool.model.NodePoolType;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * A node pool the cloud fills: an ECS pool ({@code ess}) backed by an auto scaling group, an ACK
 * Edge pool ({@code edge}) or a Lingjun pool ({@code lingjun}). Hybrid pools of your own servers
 * use {@link HybridPoolSpec}.
 *
 * <pre>{@code
 * pools.createPool(clusterId, p -> p
 *     .name("app")
 *     .ecs(s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge").desiredSize(2).systemDisk("cloud_essd", 120))
 *     .label("team", "payments")
 *     .managed(true).autoRepair(true));
 * }</pre>
 */
public final class NodePoolSpec extends PoolSpec {
  private final NodePoolType type;
  private final Optional<ScalingGroupSpec> scalingGroup;
  private final Optional<String> interconnectMode;
  private final Optional<Boolean> autoScalingEnabled;
  private final OptionalLong autoScalingMin;
  private final OptionalLong autoScalingMax;
  private final Optional<AutoScalingType> autoScalingType;

  private NodePoolSpec(Builder b) {
    super(b);
    this.type = b.type;
    this.scalingGroup = Optional.ofNullable(b.scalingGroup);
    this.interconnectMode = Optional.ofNullable(b.interconnectMode);
    this.autoScalingMin = b.autoScalingMin == null ? OptionalLong.empty() : OptionalLong.of(b.autoScalingMin);
    this.autoScalingMax = b.autoScalingMax == null ? OptionalLong.empty() : OptionalLong.of(b.autoScalingMax);
    this.autoScalingEnabled = Optional.ofNullable(b.autoScalingEnabled);
    this.autoScalingType = Optional.ofNullable(b.autoScalingType);
  }

  /**
   * Starts a pool; choose its kind with {@code ecs(...)}, {@code edge(...)} or {@code lingjun()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this spec's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  @Override
  public NodePoolType type() {
    return type;
  }

  /**
   * Returns the ECS scaling group settings.
   *
   * @return the settings; always present for ECS pools, since {@code ecs(...)} is the only way to make one
   */
  public Optional<ScalingGroupSpec> scalingGroup() {
    return scalingGroup;
  }

  /**
   * Returns how an edge pool reaches the cloud: {@code basic} (Internet) or {@code private}
   * (Express Connect, VPN or CEN).
   *
   * @return the interconnect mode, for edge pools
   */
  public Optional<String> interconnectMode() {
    return interconnectMode;
  }

  /**
   * Returns whether the cluster autoscaler sizes the pool, if the caller said so; when present it
   * is sent as {@code auto_scaling.enable}, false included.
   *
   * @return the flag, empty to leave {@code auto_scaling} out of the request
   */
  public Optional<Boolean> autoScalingEnabled() {
    return autoScalingEnabled;
  }

  /**
   * Returns what the autoscaler scales, when auto scaling is on and a kind was chosen.
   *
   * @return the kind; the service defaults to {@link AutoScalingType#CPU}
   */
  public Optional<AutoScalingType> autoScalingType() {
    return autoScalingType;
  }

  /**
   * Returns the least number of instances the autoscaler keeps, when auto scaling is on.
   *
   * @return the minimum
   */
  public OptionalLong autoScalingMin() {
    return autoScalingMin;
  }

  /**
   * Returns the greatest number of instances the autoscaler creates, when auto scaling is on.
   *
   * @return the maximum
   */
  public OptionalLong autoScalingMax() {
    return autoScalingMax;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof NodePoolSpec)) {
      return false;
    }
    NodePoolSpec other = (NodePoolSpec) o;
    return sameCommon(other) && type == other.type && scalingGroup.equals(other.scalingGroup)
        && interconnectMode.equals(other.interconnectMode) && autoScalingMin.equals(other.autoScalingMin)
        && autoScalingMax.equals(other.autoScalingMax) && autoScalingEnabled.equals(other.autoScalingEnabled)
        && autoScalingType.equals(other.autoScalingType);
  }

  @Override
  public int hashCode() {
    return Objects.hash(commonHash(), type, scalingGroup, interconnectMode, autoScalingEnabled, autoScalingMin,
        autoScalingMax, autoScalingType);
  }

  @Override
  public String toString() {
    return "NodePoolSpec{type=" + type + ", " + commonText()
        + scalingGroup.map(s -> ", scalingGroup=" + s).orElse("")
        + interconnectMode.map(m -> ", interconnectMode=" + m).orElse("")
        + autoScalingEnabled.map(e -> ", autoScaling=" + (e ? autoScalingMin.getAsLong() + ".."
            + autoScalingMax.getAsLong() + autoScalingType.map(t -> " " + t).orElse("") : "off")).orElse("")
        + "}";
  }

  /** Builds a {@link NodePoolSpec}. */
  public static final class Builder extends PoolSpecBuilder<Builder, NodePoolSpec> {
    private NodePoolType type;
    private ScalingGroupSpec scalingGroup;
    private String interconnectMode;
    private Long autoScalingMin;
    private Long autoScalingMax;
    private Boolean autoScalingEnabled;
    private AutoScalingType autoScalingType;

    private Builder() {}

    private Builder(NodePoolSpec spec) {
      super(spec);
      this.type = spec.type;
      this.scalingGroup = spec.scalingGroup.orElse(null);
      this.interconnectMode = spec.interconnectMode.orElse(null);
      this.autoScalingMin = spec.autoScalingMin.isPresent() ? spec.autoScalingMin.getAsLong() : null;
      this.autoScalingMax = spec.autoScalingMax.isPresent() ? spec.autoScalingMax.getAsLong() : null;
      this.autoScalingEnabled = spec.autoScalingEnabled.orElse(null);
      this.autoScalingType = spec.autoScalingType.orElse(null);
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Makes this an ECS pool ({@code ess}) and sets its scaling group.
     *
     * @param scalingGroup sets vSwitches, instance types, desired size and system disk
     * @return this builder
     * @throws ValidationException if the scaling group settings are invalid
     */
    public Builder ecs(Consumer<ScalingGroupSpec.Builder> scalingGroup) {
      scalingGroup(scalingGroup);
      this.type = NodePoolType.ESS;
      return this;
    }

    /**
     * Makes this an ACK Edge pool ({@code edge}).
     *
     * @param interconnectMode {@code basic} (over the Internet) or {@code private} (Express
     *     Connect, VPN or CEN)
     * @return this builder
     * @throws ValidationException if the mode is neither
     */
    public Builder edge(String interconnectMode) {
      Validate.notNull(interconnectMode, "nodePool.interconnectMode");
      if (!interconnectMode.equals("basic") && !interconnectMode.equals("private")) {
        throw new ValidationException("nodePool.interconnectMode", "must be basic or private, was "
            + Validate.quote(interconnectMode));
      }
      this.type = NodePoolType.EDGE;
      this.interconnectMode = interconnectMode;
      return this;
    }

    /**
     * Makes this a Lingjun pool ({@code lingjun}).
     *
     * @return this builder
     */
    public Builder lingjun() {
      this.type = NodePoolType.LINGJUN;
      return this;
    }

    /**
     * Sets the ECS scaling group of any kind of pool that has one.
     *
     * @param scalingGroup sets vSwitches, instance types, desired size and system disk
     * @return this builder
     * @throws ValidationException if the scaling group settings are invalid
     */
    public Builder scalingGroup(Consumer<ScalingGroupSpec.Builder> scalingGroup) {
      ScalingGroupSpec.Builder b = ScalingGroupSpec.builder();
      Validate.notNull(scalingGroup, "nodePool.scalingGroup").accept(b);
      this.scalingGroup = b.build();
      return this;
    }

    /**
     * Lets the cluster autoscaler size an ECS pool between two bounds, scaling regular
     * ({@code cpu}) instances unless {@link #autoScaling(long, long, AutoScalingType)} says otherwise.
     * The autoscaler then owns the size: leave the scaling group's desired size unset. Not for the
     * cluster's default pool, hybrid pools or subscription pools; labels and taints must number
     * fewer than 12 together. Checked in {@code build()}.
     *
     * @param min the least number of instances, 0 or more, existing instances excluded
     * @param max the greatest number of instances, from {@code min} (at least 1) to 2000
     * @return this builder
     */
    public Builder autoScaling(long min, long max) {
      this.autoScalingEnabled = true;
      this.autoScalingMin = min;
      this.autoScalingMax = max;
      return this;
    }

    /**
     * Lets the cluster autoscaler size an ECS pool between two bounds, scaling instances of one
     * kind; the kind cannot change once the pool exists.
     *
     * @param min the least number of instances, 0 or more, existing instances excluded
     * @param max the greatest number of instances, from {@code min} (at least 1) to 2000
     * @param type {@code CPU}, {@code GPU}, {@code GPUSHARE} or {@code SPOT}
     * @return this builder
     * @throws ValidationException if the type is null or {@code UNKNOWN}
     */
    public Builder autoScaling(long min, long max, AutoScalingType type) {
      Validate.notNull(type, "nodePool.autoScaling.type");
      if (type == AutoScalingType.UNKNOWN) {
        throw new ValidationException("nodePool.autoScaling.type", "must be cpu, gpu, gpushare or spot, was UNKNOWN");
      }
      autoScaling(min, max);
      this.autoScalingType = type;
      return this;
    }

    /**
     * Creates the pool with auto scaling explicitly off ({@code auto_scaling.enable = false}), so
     * the scaling group's desired size governs it.
     *
     * @return this builder
     */
    public Builder disableAutoScaling() {
      this.autoScalingEnabled = false;
      this.autoScalingMin = null;
      this.autoScalingMax = null;
      this.autoScalingType = null;
      return this;
    }

    @Override
    public NodePoolSpec build() {
      checkCommon();
      if (type == null) {
        throw new ValidationException("nodePool.type", "must be chosen: call ecs(...), edge(...) or lingjun()");
      }
      if (labels.containsKey(HybridDefaults.LABEL_KEY)) {
        throw new ValidationException("nodePool.label." + HybridDefaults.LABEL_KEY, "marks hybrid node pools; create"
            + " a hybrid pool with createHybridPool(...) instead of labelling a " + type.wireValue() + " pool");
      }
      if (autoScalingEnabled != null && type != NodePoolType.ESS) {
        throw new ValidationException("nodePool.autoScaling", "is available on ECS pools only, not on "
            + type.wireValue() + " pools");
      }
      if (Boolean.TRUE.equals(autoScalingEnabled)) {
        AutoScalingRules.bounds(autoScalingMin, autoScalingMax, "nodePool.autoScaling");
        AutoScalingRules.tagBudget(labels.size(), taints.size(), "nodePool.labels");
        if (scalingGroup != null) {
          AutoScalingRules.payAsYouGo(scalingGroup.instanceChargeType(), "nodePool.scalingGroup.instanceChargeType");
          if (scalingGroup.desiredSize().isPresent()) {
            throw new ValidationException("nodePool.scalingGroup.desiredSize", "must be left unset when auto scaling"
                + " is on: the autoscaler sizes the pool between min and max, so a desired size would be ignored;"
                + " was " + scalingGroup.desiredSize().get());
          }
        }
      }
      return new NodePoolSpec(this);
    }
  }
}
