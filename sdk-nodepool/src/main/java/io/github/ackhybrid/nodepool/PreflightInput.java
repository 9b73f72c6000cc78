package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.cluster.model.AddonState;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What {@link HybridPoolPreflight} and {@link RegisteredBurstPreflight} need to know about a
 * cluster, as DescribeClusterDetail, the cluster's add-on list and DescribeClusterNodes report it. A fact left unset counts as unknown,
 * and a check that depends on an unknown fact fails with a reason that says so.
 *
 * <pre>{@code
 * PreflightInput.builder()
 *     .clusterType("ManagedKubernetes").clusterSpec("ack.pro.small").profile("Default")
 *     .kubernetesVersion("1.33.1-aliyun.1")
 *     .addInstalledAddons("terway-hybrid-controlplane", "terway-hybrid")
 *     .ecsNodeCount(3)
 *     .build();
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class PreflightInput {

  /**
   * Returns the cluster type ({@code cluster_type}), such as {@code ManagedKubernetes}.
   *
   * @return the type
   */
  public abstract Optional<String> clusterType();

  /**
   * Returns the cluster spec ({@code cluster_spec}): {@code ack.pro.small} for Pro.
   *
   * @return the spec
   */
  public abstract Optional<String> clusterSpec();

  /**
   * Returns the cluster profile ({@code profile}): {@code Default} for managed Basic and Pro.
   *
   * @return the profile
   */
  public abstract Optional<String> profile();

  /**
   * Returns the Kubernetes version ({@code current_version}), such as {@code 1.33.1-aliyun.1}.
   *
   * @return the version
   */
  public abstract Optional<String> kubernetesVersion();

  /**
   * Returns the cluster state ({@code state}); a registered cluster is {@code running} while its
   * agent is connected.
   *
   * @return the state, such as {@code running} or {@code waiting}
   */
  public abstract Optional<String> clusterState();

  /**
   * Returns whether a registered cluster's agent was imported in private-network mode (its
   * manifest fetched with {@code PrivateIpAddress=true}), which cloud node pools need. The cluster
   * data does not show it, so only the caller can say.
   *
   * @return the mode, empty if unknown
   */
  public abstract Optional<Boolean> agentPrivateNetwork();

  /**
   * Returns whether a registered cluster adds cloud nodes with a custom node script registered in
   * the {@code ack-agent-config} ConfigMap, which lifts the Kubernetes version requirement.
   *
   * @return the flag, empty if unknown (taken as no)
   */
  public abstract Optional<Boolean> customNodeScript();

  /**
   * Returns the names of the add-ons installed in the cluster.
   *
   * @return the add-on names
   */
  public abstract Set<String> installedAddons();

  /**
   * Returns the versions of installed add-ons, where known; used to check Flannel's version.
   *
   * @return add-on name to version
   */
  public abstract Map<String, String> addonVersions();

  /**
   * Returns how many ECS (cloud) nodes the cluster has, nodes with {@code is_aliyun_node=true}.
   *
   * @return the count, empty if unknown
   */
  public abstract Optional<Long> ecsNodeCount();

  /**
   * Returns the hybrid pod network planned for the {@code terway-hybrid-controlplane} add-on.
   *
   * @return the network, to check for overlaps
   */
  public abstract Optional<HybridPodNetwork> hybridPodNetwork();

  /**
   * Returns the cluster's Service CIDR ({@code service_cidr}).
   *
   * @return the block
   */
  public abstract Optional<String> serviceCidr();

  /**
   * Returns the cluster's pod CIDR ({@code container_cidr}).
   *
   * @return the block
   */
  public abstract Optional<String> podCidr();

  /**
   * Returns the CIDRs of the cloud vSwitches and of the data-centre networks the nodes live in.
   *
   * @return the blocks
   */
  public abstract List<String> nodeCidrs();

  /**
   * Starts the input.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this input's facts, to add what only the caller knows.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link PreflightInput}. */
  public static final class Builder extends ImmutablePreflightInput.Builder {
    /**
     * Adds the add-ons of a cluster's add-on list that are active, with their versions.
     *
     * @param addons the list, as {@code ClusterClient.installedAddons} returns it
     * @return this builder
     * @throws ValidationException if the list is null
     */
    public Builder addActiveAddons(List<InstalledAddon> addons) {
      for (InstalledAddon addon : Validate.notNull(addons, "preflightInput.addons")) {
        if (addon.state() == AddonState.ACTIVE) {
          addInstalledAddon(addon.name());
          addon.version().ifPresent(v -> putAddonVersion(addon.name(), v));
        }
      }
      return this;
    }
  }
}
