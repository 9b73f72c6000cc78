package io.github.ackhybrid.cluster;

import io.github.ackhybrid.cluster.internal.AddonConfigs;
import io.github.ackhybrid.cluster.internal.Ipv4Cidr;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An add-on to install in a cluster, at creation ({@link CreateProClusterRequest#addons()}) or later
 * ({@code installAddons}). The configuration is given as a map and sent as the JSON text the API
 * expects. {@code Builder.build()} checks the name and that every configuration value is JSON: text,
 * numbers, booleans, lists and maps with text keys.
 *
 * <pre>{@code
 * clusters.installAddons(proId, List.of(
 *     AddonInstallation.terwayHybridControlplane("10.100.0.0/16", 24, true),
 *     AddonInstallation.terwayHybrid(),
 *     AddonInstallation.nodeLocalDns()));
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class AddonInstallation {
  /** The name of the Terway Hybrid control-plane add-on. */
  public static final String TERWAY_HYBRID_CONTROLPLANE = "terway-hybrid-controlplane";
  /** The name of the Terway Hybrid data-plane add-on. */
  public static final String TERWAY_HYBRID = "terway-hybrid";
  /** The name of the NodeLocal DNSCache add-on. */
  public static final String NODE_LOCAL_DNS = "node-local-dns";

  /**
   * Returns the add-on name, such as {@code terway-hybrid}. Required.
   *
   * @return the name
   */
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the version to install; the service's default version when absent.
   *
   * @return the version
   */
  public abstract Optional<String> version();

  /**
   * Returns the add-on's configuration, sent as JSON text; nothing is sent when empty.
   *
   * @return the configuration, in insertion order
   */
  public abstract Map<String, Object> config();

  @Value.Check
  void check() {
    Validate.notBlank(name(), "addon.name");
    if (!name().equals(name().strip()) || name().indexOf('/') >= 0) {
      throw new ValidationException("addon.name", "must be an add-on name without blanks or '/', was " + Validate.quote(name()));
    }
    version().ifPresent(v -> Validate.notBlank(v, "addon.version"));
    AddonConfigs.checkJson(config(), "addon.config");
  }

  /**
   * Names an add-on to install with its default version and configuration.
   *
   * @param name the add-on name
   * @return the installation
   * @throws ValidationException if the name is blank
   */
  public static AddonInstallation of(String name) {
    return builder().name(name).build();
  }

  /**
   * The Terway Hybrid control plane, the first add-on hybrid cloud node pools need: it assigns pod
   * addresses on hybrid nodes. Install it once the cluster's VPC has a private connection to the
   * data centre.
   *
   * <p>ACK publishes the settings (hybrid pod CIDR block, per-node mask, SNAT) but not their
   * configuration keys; this helper sends them as {@code HybridPodCIDR}, {@code NodeCIDRMaskSize}
   * and {@code EnableSNAT}. If your cluster expects other keys, build the installation with
   * {@link #builder()} and your own {@code config}.
   *
   * @param hybridPodCidr the pod block for hybrid nodes; it must not overlap the Service, pod,
   *     cloud node or data-centre node blocks
   * @param nodeCidrMaskSize the prefix of each node's share of that block, such as 24 (256 pod
   *     addresses per node); from the block's prefix to 30
   * @param snat whether pods on hybrid nodes reach addresses outside the cluster through SNAT
   * @return the installation
   * @throws ValidationException if the block or the mask is invalid
   */
  public static AddonInstallation terwayHybridControlplane(String hybridPodCidr, int nodeCidrMaskSize, boolean snat) {
    Ipv4Cidr block = Ipv4Cidr.parse(hybridPodCidr, "terwayHybridControlplane.hybridPodCidr");
    Validate.inRange(nodeCidrMaskSize, "terwayHybridControlplane.nodeCidrMaskSize", Math.max(block.prefix(), 1), 30);
    return builder().name(TERWAY_HYBRID_CONTROLPLANE)
        .putConfig("HybridPodCIDR", hybridPodCidr)
        .putConfig("NodeCIDRMaskSize", nodeCidrMaskSize)
        .putConfig("EnableSNAT", snat)
        .build();
  }

  /**
   * The Terway Hybrid data plane, the second add-on hybrid cloud node pools need; it has no
   * settings, and hybrid nodes added later get it automatically.
   *
   * @return the installation
   */
  public static AddonInstallation terwayHybrid() {
    return of(TERWAY_HYBRID);
  }

  /**
   * NodeLocal DNSCache, which hybrid cloud node pools support and which spares DNS round trips
   * across the data-centre link.
   *
   * @return the installation
   */
  public static AddonInstallation nodeLocalDns() {
    return of(NODE_LOCAL_DNS);
  }

  /**
   * The Terway network plugin in ENI multi-IP mode, a network plugin for a new managed cluster.
   *
   * @return the installation
   */
  public static AddonInstallation terwayEniip() {
    return of("terway-eniip");
  }

  /**
   * The Flannel network plugin, a network plugin for a new managed cluster; it needs a pod CIDR
   * block.
   *
   * @return the installation
   */
  public static AddonInstallation flannel() {
    return of("flannel");
  }

  /**
   * Starts an installation.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this installation's values, to adjust a helper's configuration.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds an {@link AddonInstallation}; {@code build()} validates. */
  public static final class Builder extends ImmutableAddonInstallation.Builder {}
}
