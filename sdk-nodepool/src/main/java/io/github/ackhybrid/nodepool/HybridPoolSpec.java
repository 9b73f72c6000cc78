package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.model.HybridDefaults;
import io.github.ackhybrid.nodepool.model.NodePoolType;
import io.github.ackhybrid.nodepool.model.Taint;
import io.github.ackhybrid.nodepool.model.TerwayHybridMode;
import java.util.Objects;

/**
 * A hybrid cloud node pool to create in an ACK managed Pro cluster: a pool of your own data-centre
 * or other-cloud servers, which join by running an attach script rather than being created by the
 * cloud.
 *
 * <pre>{@code
 * pools.createHybridPool(clusterId, p -> p
 *     .name("idc-gpu")
 *     .networkMode(TerwayHybridMode.UNDERLAY)
 *     .label("workload", "training")
 *     .taint("gpu", "true", TaintEffect.NO_SCHEDULE));
 * }</pre>
 *
 * <p>Every hybrid pool carries the label {@code alibabacloud.com/nodepool-type: hybridcloud} and the
 * taint {@code nodepool-type=hybridcloud:NoSchedule} ({@link HybridDefaults}); the builder starts
 * with both and refuses to remove or change them. The cluster must be ACK managed Pro 1.33 or later
 * with the Terway Hybrid add-ons and at least one ECS node: {@link HybridPoolPreflight} checks that.
 * The feature is allowlisted per account, and the cluster's VPC needs Layer 3 connectivity to the
 * servers' network; neither can be checked from cluster data.
 *
 * <p>On the wire the pool goes through CreateClusterNodePool with {@code nodepool_info.type=hybrid}
 * and the mode in {@code hybrid_config.network_mode}. The public API documents neither (reference
 * §5.2): both are the SDK's and the simulator's convention, kept in one internal place so they can
 * follow the real API once it is known.
 */
public final class HybridPoolSpec extends PoolSpec {
  private final TerwayHybridMode networkMode;

  private HybridPoolSpec(Builder b) {
    super(b);
    this.networkMode = b.networkMode;
  }

  /**
   * Starts a hybrid pool with the default label and taint in place and the overlay network mode.
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

  /**
   * Returns {@link NodePoolType#HYBRID}.
   *
   * @return the type
   */
  @Override
  public NodePoolType type() {
    return NodePoolType.HYBRID;
  }

  /**
   * Returns how Terway Hybrid connects the pool's pods.
   *
   * @return the mode
   */
  public TerwayHybridMode networkMode() {
    return networkMode;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HybridPoolSpec && sameCommon((HybridPoolSpec) o)
        && networkMode == ((HybridPoolSpec) o).networkMode;
  }

  @Override
  public int hashCode() {
    return Objects.hash(commonHash(), networkMode);
  }

  @Override
  public String toString() {
    return "HybridPoolSpec{" + commonText() + ", networkMode=" + networkMode + "}";
  }

  /** Builds a {@link HybridPoolSpec}; the default label and taint cannot be removed or changed. */
  public static final class Builder extends PoolSpecBuilder<Builder, HybridPoolSpec> {
    // Overlay needs only the Layer 3 connectivity every hybrid pool already requires (reference
    // §5.1 prerequisites); underlay is faster but needs Layer 2 or BGP, so it must be asked for.
    private TerwayHybridMode networkMode = TerwayHybridMode.OVERLAY;

    private Builder() {
      labels.put(HybridDefaults.LABEL_KEY, HybridDefaults.LABEL_VALUE);
      Taint t = HybridDefaults.TAINT;
      taints.put(taintId(t.key(), t.effect()), t);
    }

    private Builder(HybridPoolSpec spec) {
      super(spec);
      this.networkMode = spec.networkMode;
    }

    @Override
    Builder self() {
      return this;
    }

    /**
     * Chooses how Terway Hybrid connects the pool's pods; fixed once the pool exists. Defaults to
     * {@link TerwayHybridMode#OVERLAY}, which works over the Layer 3 connectivity every hybrid pool
     * needs; {@link TerwayHybridMode#UNDERLAY} is about 20% faster but needs Layer 2 between the
     * nodes or BGP route advertisement.
     *
     * @param networkMode {@code UNDERLAY} or {@code OVERLAY}
     * @return this builder
     * @throws ValidationException if the mode is null or {@code UNKNOWN}
     */
    public Builder networkMode(TerwayHybridMode networkMode) {
      Validate.notNull(networkMode, "hybridPool.networkMode");
      if (networkMode == TerwayHybridMode.UNKNOWN) {
        throw new ValidationException("hybridPool.networkMode", "must be UNDERLAY or OVERLAY, was UNKNOWN");
      }
      this.networkMode = networkMode;
      return this;
    }

    @Override
    void checkLabel(String key, String value) {
      if (key.equals(HybridDefaults.LABEL_KEY) && !value.equals(HybridDefaults.LABEL_VALUE)) {
        throw new ValidationException("hybridPool.label." + key, "is the default label of every hybrid node pool and"
            + " must stay " + HybridDefaults.LABEL_VALUE + ": ACK recognises hybrid nodes by it, and changing it"
            + " breaks the feature. Use a label key of your own; was " + Validate.quote(value));
      }
    }

    @Override
    void checkLabelRemoval(String key) {
      if (key.equals(HybridDefaults.LABEL_KEY)) {
        throw new ValidationException("hybridPool.label." + key, "is the default label of every hybrid node pool and"
            + " cannot be removed: ACK recognises hybrid nodes by it, and removing it breaks the feature");
      }
    }

    @Override
    void checkTaint(Taint taint) {
      if (taint.key().equals(HybridDefaults.TAINT_KEY) && !taint.equals(HybridDefaults.TAINT)) {
        throw new ValidationException("hybridPool.taint." + taint.key(), "is reserved for the default taint of every"
            + " hybrid node pool, " + HybridDefaults.TAINT + ", which keeps workloads off hybrid nodes unless they"
            + " tolerate it. Use a taint key of your own; was " + taint);
      }
    }

    @Override
    void checkTaintRemoval(String key) {
      if (key.equals(HybridDefaults.TAINT_KEY)) {
        throw new ValidationException("hybridPool.taint." + key, "is the default taint of every hybrid node pool, "
            + HybridDefaults.TAINT + ", and cannot be removed: it keeps workloads that do not tolerate it off your"
            + " own servers. Add a toleration to the workloads that should run there instead");
      }
    }

    @Override
    public HybridPoolSpec build() {
      checkCommon();
      return new HybridPoolSpec(this);
    }
  }
}
