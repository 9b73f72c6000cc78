package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Versions;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks whether a registered ({@code ExternalKubernetes}, ACK One) cluster can get cloud ECS
 * node pools to burst to, and lists every reason it cannot (reference ack-cs-api §5.3(c),
 * elastic-scheduling §5): the agent connected in private-network mode, the
 * {@code cloud-node-controller} add-on installed, and a Kubernetes version ACK's node scripts
 * support (kubeadm 1.26, 1.28, 1.30, 1.31 or later), unless a custom node script is registered.
 * The cluster's network connection to the VPC over the internal network cannot be checked from
 * cluster data.
 *
 * <pre>{@code
 * RegisteredBurstPreflight.check(clusters, registeredClusterId).throwIfFailed();
 * }</pre>
 */
public final class RegisteredBurstPreflight {
  /** What this preflight checks a cluster for, as its report and exception word it. */
  public static final String PURPOSE = "cloud burst node pools on a registered cluster";

  /** The add-on that manages the cloud nodes of a registered cluster. */
  public static final String CLOUD_NODE_CONTROLLER_ADDON = "cloud-node-controller";

  private static final String EXTERNAL = "ExternalKubernetes";
  private static final Set<Integer> SUPPORTED_OLDER_MINORS = Set.of(26, 28, 30);
  private static final int FIRST_OPEN_MINOR = 31;

  private RegisteredBurstPreflight() {}

  /**
   * Gathers the facts of a live registered cluster: its type, state and version
   * (DescribeClusterDetail) and its active add-ons (ListClusterAddonInstances). Whether the agent
   * runs in private-network mode is not in the cluster data: add it with
   * {@code inspect(...).toBuilder().agentPrivateNetwork(true).build()} if you know it.
   *
   * @param clusters a client for the cluster's region
   * @param clusterId the registered cluster
   * @return the facts, as the service reports them now
   * @throws ValidationException if an argument is null or blank
   * @throws io.github.ackhybrid.core.exception.SdkException if a lookup fails
   */
  public static PreflightInput inspect(ClusterClient clusters, String clusterId) {
    Validate.notNull(clusters, "preflight.clusters");
    Validate.notBlank(clusterId, "preflight.clusterId");
    Cluster cluster = clusters.describeCluster(clusterId);
    List<InstalledAddon> addons = clusters.installedAddons(clusterId);
    return facts(cluster, addons);
  }

  /**
   * Turns what DescribeClusterDetail and the add-on list said into preflight facts; the
   * non-blocking callers gather the two answers themselves.
   *
   * @param cluster the cluster
   * @param addons the cluster's add-ons
   * @return the facts
   * @throws ValidationException if an argument is null
   */
  public static PreflightInput facts(Cluster cluster, List<InstalledAddon> addons) {
    Validate.notNull(cluster, "preflight.cluster");
    Validate.notNull(addons, "preflight.addons");
    return PreflightInput.builder()
        .clusterType(cluster.typeAsString())
        .clusterState(cluster.stateAsString())
        .kubernetesVersion(cluster.currentVersion())
        .addActiveAddons(addons)
        .build();
  }

  /**
   * Checks a live registered cluster: {@link #inspect} then {@link #check(PreflightInput)}.
   *
   * @param clusters a client for the cluster's region
   * @param clusterId the registered cluster
   * @return the report listing every unmet prerequisite
   * @throws ValidationException if an argument is null or blank
   * @throws io.github.ackhybrid.core.exception.SdkException if a lookup fails
   */
  public static PreflightReport check(ClusterClient clusters, String clusterId) {
    return check(inspect(clusters, clusterId));
  }

  /**
   * Runs every check.
   *
   * @param input what is known about the cluster
   * @return the report, listing every failure; its {@code throwIfFailed()} throws a
   *     {@link PreflightException}
   * @throws ValidationException if the input is null
   */
  public static PreflightReport check(PreflightInput input) {
    Validate.notNull(input, "preflightInput");
    PreflightReport.Builder report = PreflightReport.builder().purpose(PURPOSE);
    String type = input.clusterType().orElse("");
    if (!type.equals(EXTERNAL)) {
      report.addFailure(PreflightFailure.of(PreflightCheck.REGISTERED_CLUSTER, "the cluster is "
          + (type.isEmpty() ? "of unknown type" : type) + ", not a registered cluster (" + EXTERNAL + "); an ACK"
          + " managed cluster bursts to auto-scaling ECS pools without these prerequisites"));
    }
    checkAgent(input, report);
    if (!input.installedAddons().contains(CLOUD_NODE_CONTROLLER_ADDON)) {
      report.addFailure(PreflightFailure.of(PreflightCheck.CLOUD_NODE_CONTROLLER, "the " + CLOUD_NODE_CONTROLLER_ADDON
          + " add-on is not installed; it manages the cloud nodes of a registered cluster: install it with"
          + " installAddons(clusterId, ...) after storing an AccessKey in Secret alibaba-addon-secret (kube-system)"));
    }
    checkVersion(input, report);
    return report.build();
  }

  private static void checkAgent(PreflightInput in, PreflightReport.Builder report) {
    String state = in.clusterState().orElse("");
    switch (state) {
      case "running" -> { }
      case "waiting", "initial" -> report.addFailure(PreflightFailure.of(PreflightCheck.AGENT_CONNECTED,
          "the cluster's agent has not connected yet (state " + state + "): apply the manifest from"
              + " agentManifest(clusterId, a -> a.privateNetwork(true)) in the cluster and wait until it is running"));
      case "disconnected" -> report.addFailure(PreflightFailure.of(PreflightCheck.AGENT_CONNECTED,
          "the cluster's agent lost contact (state disconnected): check the ack-cluster-agent Deployment in"
              + " kube-system and the cluster's route to the VPC"));
      default -> report.addFailure(PreflightFailure.of(PreflightCheck.AGENT_CONNECTED, "the cluster is "
          + (state.isEmpty() ? "in an unknown state" : "in state " + state) + "; its agent must be connected"
          + " (state running) before node pools can be created"));
    }
    Optional<Boolean> privateNetwork = in.agentPrivateNetwork();
    if (privateNetwork.isEmpty()) {
      report.addWarning("whether the agent runs in private-network mode cannot be read from cluster data; cloud"
          + " node pools need it (manifest from agentManifest with privateNetwork(true)), and the cluster must"
          + " reach the VPC over the internal network");
    } else if (!privateNetwork.get()) {
      report.addFailure(PreflightFailure.of(PreflightCheck.PRIVATE_NETWORK_AGENT, "the agent was imported in"
          + " public-network mode; cloud node pools need the private-network agent: apply the manifest from"
          + " agentManifest(clusterId, a -> a.privateNetwork(true)) instead"));
    }
  }

  private static void checkVersion(PreflightInput in, PreflightReport.Builder report) {
    boolean customScript = in.customNodeScript().orElse(false);
    Optional<List<Integer>> version = in.kubernetesVersion().flatMap(Versions::parse);
    if (version.isEmpty()) {
      report.addFailure(PreflightFailure.of(PreflightCheck.KUBERNETES_VERSION, "the Kubernetes version is "
          + in.kubernetesVersion().map(v -> "unreadable (" + Validate.quote(v) + ")").orElse("unknown")
          + "; cloud node pools need kubeadm 1.26, 1.28, 1.30, 1.31 or later, or a custom node script"));
      return;
    }
    List<Integer> v = version.get();
    int major = v.get(0);
    int minor = v.size() > 1 ? v.get(1) : 0;
    boolean supported = major > 1 || (major == 1 && (minor >= FIRST_OPEN_MINOR || SUPPORTED_OLDER_MINORS.contains(minor)));
    if (supported) {
      return;
    }
    String text = in.kubernetesVersion().get();
    if (customScript) {
      report.addWarning("the cluster runs Kubernetes " + text + ", which ACK's node scripts do not support; the"
          + " custom node script in ack-agent-config must join the cloud nodes");
    } else {
      report.addFailure(PreflightFailure.of(PreflightCheck.KUBERNETES_VERSION, "the cluster runs Kubernetes " + text
          + "; ACK's node scripts support kubeadm clusters on 1.26, 1.28, 1.30, 1.31 or later: upgrade, or host a"
          + " custom node script and set its URL as addNodeScriptPath in ConfigMap ack-agent-config (kube-system)"));
    }
  }
}
