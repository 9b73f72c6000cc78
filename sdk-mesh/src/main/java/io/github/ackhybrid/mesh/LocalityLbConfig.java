package io.github.ackhybrid.mesh;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.mesh.internal.LocalityRules;
import io.github.ackhybrid.mesh.internal.RequestStyle;
import io.github.ackhybrid.mesh.model.LocalityDistribution;
import io.github.ackhybrid.mesh.model.LocalityFailover;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Mesh-wide locality load balancing settings, sent as the {@code LocalityLBConf} JSON text: either
 * region failover entries or weighted distribution entries, never both. Checked against Istio's
 * rules when built. Immutable.
 *
 * <pre>{@code
 * LocalityLbConfig failover = LocalityLbConfig.builder()
 *     .failover("cn-hangzhou", "cn-shanghai")
 *     .failover("cn-shanghai", "cn-hangzhou")
 *     .build();
 * }</pre>
 */
@RequestStyle
@Value.Immutable
public abstract class LocalityLbConfig {

  /**
   * Returns the region failover entries.
   *
   * @return the entries; empty when this configuration distributes
   */
  public abstract List<LocalityFailover> failover();

  /**
   * Returns the weighted distribution entries. Weighted distribution needs ASM 1.22.6.66 or later.
   *
   * @return the entries; empty when this configuration fails over
   */
  public abstract List<LocalityDistribution> distribute();

  @Value.Check
  void check() {
    LocalityRules.check(failover(), distribute(), "localityLbConfig");
  }

  /**
   * Starts a configuration.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link LocalityLbConfig}; {@code build()} throws {@link ValidationException} when the
   * entries break Istio's locality rules.
   */
  public static final class Builder extends ImmutableLocalityLbConfig.Builder {
    /**
     * Adds a failover entry: when region {@code from} is unhealthy its traffic goes to region {@code to}.
     *
     * @param from the source region, such as {@code cn-hangzhou}
     * @param to the target region, such as {@code cn-shanghai}
     * @return this builder
     * @throws ValidationException if a region is null
     */
    public Builder failover(String from, String to) {
      Validate.notNull(from, "localityLbConfig.failover.from");
      Validate.notNull(to, "localityLbConfig.failover.to");
      return addFailover(LocalityFailover.of(from, to));
    }

    /**
     * Adds a distribution entry: callers in {@code from} send traffic to the localities in
     * {@code to} by weight, the weights summing to 100.
     *
     * @param from the callers' locality, such as {@code cn-hangzhou/*}
     * @param to weight by target locality, in the order to send
     * @return this builder
     * @throws ValidationException if a locality or weight is null
     */
    public Builder distribute(String from, Map<String, Integer> to) {
      Validate.notNull(from, "localityLbConfig.distribute.from");
      Validate.notNull(to, "localityLbConfig.distribute.to");
      to.forEach((locality, weight) -> {
        Validate.notNull(locality, "localityLbConfig.distribute.to locality");
        Validate.notNull(weight, "localityLbConfig.distribute.to[" + locality + "]");
      });
      return addDistribute(LocalityDistribution.of(from, to));
    }
  }
}
