package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.internal.Cidr;
import org.immutables.value.Value;

/**
 * The pod network of hybrid nodes, set when the {@code terway-hybrid-controlplane} add-on is
 * installed in the cluster (reference §5.1): it belongs to the cluster's add-on, not to a node
 * pool, so no pool request carries it. Give it to {@link PreflightInput} to check, before any pool
 * is created, that it overlaps none of the cluster's other address ranges.
 */
@ModelStyle
@Value.Immutable
public abstract class HybridPodNetwork {

  /**
   * Returns the hybrid pod CIDR; it must not overlap the Service CIDR, the cluster's pod CIDR, the
   * cloud node CIDRs or the data-centre node CIDRs.
   *
   * @return the block, such as {@code 10.128.0.0/14}
   */
  public abstract String podCidr();

  /**
   * Returns the size of the block each node gets: 24 gives every node a /24, 256 pod addresses.
   *
   * @return the mask size, longer than the pod CIDR's prefix and at most 28
   */
  @Value.Default
  public int nodeMaskSize() {
    return 24;
  }

  /**
   * Returns whether pods on hybrid nodes reach addresses outside the cluster through SNAT.
   *
   * @return true to translate
   */
  @Value.Default
  public boolean snat() {
    return true;
  }

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Cidr cidr = Cidr.parse(podCidr(), "hybridPodNetwork.podCidr");
    if (nodeMaskSize() <= cidr.prefix() || nodeMaskSize() > 28) {
      throw new ValidationException("hybridPodNetwork.nodeMaskSize", "must be longer than the pod CIDR's /"
          + cidr.prefix() + " and at most 28, was " + nodeMaskSize());
    }
  }

  /** Builds a {@link HybridPodNetwork}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableHybridPodNetwork.Builder {}
}
