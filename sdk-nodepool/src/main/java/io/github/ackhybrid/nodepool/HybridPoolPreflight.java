package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Cidr;
import io.github.ackhybrid.nodepool.internal.Versions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks, without any network call, whether a cluster can host a hybrid cloud node pool, and lists
 * every reason it cannot (reference §5.1 prerequisites): the cluster must be ACK managed Pro, run
 * Kubernetes 1.33 or later, have the Terway Hybrid add-ons ({@code terway-hybrid-controlplane} and
 * {@code terway-hybrid}) and at least one ECS node for ACK's management components; a cluster on
 * Flannel needs Flannel v0.15.1.23 or later. Cross-cloud connectivity and the account allowlist
 * cannot be checked from cluster data.
 *
 * <pre>{@code
 * HybridPoolPreflight.check(input).throwIfFailed();
 * }</pre>
 */
public final class HybridPoolPreflight {
  /** The control-plane add-on of Terway Hybrid, which holds the hybrid pod network settings. */
  public static final String CONTROL_PLANE_ADDON = "terway-hybrid-controlplane";
  /** What this preflight checks a cluster for, as its report and exception word it. */
  public static final String PURPOSE = "a hybrid cloud node pool";
  /** The data-plane add-on of Terway Hybrid, which has no settings. */
  public static final String DATA_PLANE_ADDON = "terway-hybrid";

  private static final List<Integer> MIN_KUBERNETES = List.of(1, 33);
  private static final List<Integer> MIN_FLANNEL = List.of(0, 15, 1, 23);

  private HybridPoolPreflight() {}

  /**
   * Gathers the preflight facts of a live cluster: its type, spec, profile and version
   * (DescribeClusterDetail), its active add-ons (ListClusterAddonInstances) and how many Ready
   * cloud (ECS) nodes it has (DescribeClusterNodes). Pass the result to {@link #check(PreflightInput)}
   * or to {@link NodePoolClient#createHybridPool(String, PreflightInput, java.util.function.Consumer)}.
   *
   * @param clusters a client for the cluster's region
   * @param pools a node pool client for the same region
   * @param clusterId the cluster that is to host the hybrid pool
   * @return the facts, as the service reports them now
   * @throws ValidationException if an argument is null or blank
   * @throws io.github.ackhybrid.core.exception.SdkException if a lookup fails
   */
  public static PreflightInput inspect(ClusterClient clusters, NodePoolClient pools, String clusterId) {
    Validate.notNull(clusters, "preflight.clusters");
    Validate.notNull(pools, "preflight.pools");
    Validate.notBlank(clusterId, "preflight.clusterId");
    Cluster cluster = clusters.describeCluster(clusterId);
    PreflightInput.Builder input = PreflightInput.builder()
        .clusterType(cluster.typeAsString())
        .clusterSpec(cluster.specAsString())
        .profile(cluster.profileAsString())
        .kubernetesVersion(cluster.currentVersion());
    input.addActiveAddons(clusters.installedAddons(clusterId));
    long ecsNodes = pools.listNodes(clusterId, r -> { }).stream()
        .filter(n -> n.aliyunNode().orElse(false) && n.ready())
        .count();
    return input.ecsNodeCount(ecsNodes).build();
  }

  /**
   * Checks a live cluster: {@link #inspect} then {@link #check(PreflightInput)}.
   *
   * @param clusters a client for the cluster's region
   * @param pools a node pool client for the same region
   * @param clusterId the cluster that is to host the hybrid pool
   * @return the report listing every unmet prerequisite
   * @throws ValidationException if an argument is null or blank
   * @throws io.github.ackhybrid.core.exception.SdkException if a lookup fails
   */
  public static PreflightReport check(ClusterClient clusters, NodePoolClient pools, String clusterId) {
    return check(inspect(clusters, pools, clusterId));
  }

  /**
   * Runs every check.
   *
   * @param input what is known about the cluster
   * @return the report, listing every failure
   * @throws ValidationException if the input is null
   */
  public static PreflightReport check(PreflightInput input) {
    Validate.notNull(input, "preflightInput");
    PreflightReport.Builder report = PreflightReport.builder();
    checkManagedPro(input, report);
    checkVersion(input, report);
    checkTerwayHybrid(input, report);
    checkFlannel(input, report);
    checkEcsNodes(input, report);
    checkPodCidr(input, report);
    return report.build();
  }

  // Only ack.pro.small is documented; any ack.pro.* spec is accepted so that a larger Pro tier
  // introduced later does not fail the check.
  private static void checkManagedPro(PreflightInput in, PreflightReport.Builder report) {
    String type = in.clusterType().orElse("");
    String spec = in.clusterSpec().orElse("");
    String profile = in.profile().orElse("Default");
    if (type.isEmpty()) {
      report.addFailure(PreflightFailure.of(PreflightCheck.MANAGED_PRO, "the cluster type is unknown; hybrid cloud"
          + " node pools need an ACK managed Pro cluster (cluster_type ManagedKubernetes, cluster_spec ack.pro.small)"));
    } else if (!type.equals("ManagedKubernetes") || !spec.startsWith("ack.pro.") || !profile.equals("Default")) {
      report.addFailure(PreflightFailure.of(PreflightCheck.MANAGED_PRO, "the cluster is " + describe(type, spec, profile)
          + ", not ACK managed Pro; hybrid cloud node pools need cluster_type ManagedKubernetes with cluster_spec"
          + " ack.pro.small" + (type.equals("ManagedKubernetes") && spec.equals("ack.standard")
              ? " (a managed Basic cluster can be upgraded to Pro in place)" : "")));
    }
  }

  private static void checkVersion(PreflightInput in, PreflightReport.Builder report) {
    Optional<List<Integer>> version = in.kubernetesVersion().flatMap(Versions::parse);
    if (version.isEmpty()) {
      report.addFailure(PreflightFailure.of(PreflightCheck.KUBERNETES_VERSION, "the Kubernetes version is "
          + in.kubernetesVersion().map(v -> "unreadable (" + Validate.quote(v) + ")").orElse("unknown")
          + "; hybrid cloud node pools need 1.33 or later"));
    } else if (Versions.compare(version.get(), MIN_KUBERNETES) < 0) {
      report.addFailure(PreflightFailure.of(PreflightCheck.KUBERNETES_VERSION, "the cluster runs Kubernetes "
          + in.kubernetesVersion().get() + "; hybrid cloud node pools need 1.33 or later: upgrade the cluster first"));
    }
  }

  private static void checkTerwayHybrid(PreflightInput in, PreflightReport.Builder report) {
    boolean controlPlane = in.installedAddons().contains(CONTROL_PLANE_ADDON);
    boolean dataPlane = in.installedAddons().contains(DATA_PLANE_ADDON);
    if (controlPlane && dataPlane) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (!controlPlane) {
      missing.add(CONTROL_PLANE_ADDON);
    }
    if (!dataPlane) {
      missing.add(DATA_PLANE_ADDON);
    }
    report.addFailure(PreflightFailure.of(PreflightCheck.TERWAY_HYBRID, "the Terway Hybrid network plugin is not"
        + " fully installed: missing " + String.join(" and ", missing) + ". Open cross-cloud networking, install "
        + CONTROL_PLANE_ADDON + " with the hybrid pod CIDR, the per-node mask and SNAT, then " + DATA_PLANE_ADDON));
  }

  private static void checkFlannel(PreflightInput in, PreflightReport.Builder report) {
    if (!in.installedAddons().contains("flannel") && !in.addonVersions().containsKey("flannel")) {
      return;
    }
    String raw = in.addonVersions().get("flannel");
    Optional<List<Integer>> version = Versions.parse(raw);
    if (raw == null || version.isEmpty()) {
      report.addWarning("the cluster uses Flannel but its version is unknown; Terway Hybrid needs Flannel"
          + " v0.15.1.23 or later");
    } else if (Versions.compare(version.get(), MIN_FLANNEL) < 0) {
      report.addFailure(PreflightFailure.of(PreflightCheck.FLANNEL_VERSION, "the cluster runs Flannel " + raw
          + "; Terway Hybrid needs Flannel v0.15.1.23 or later: upgrade the flannel add-on"));
    }
  }

  private static void checkEcsNodes(PreflightInput in, PreflightReport.Builder report) {
    long count = in.ecsNodeCount().orElse(-1L);
    if (count < 0) {
      report.addFailure(PreflightFailure.of(PreflightCheck.ECS_NODE, "the number of ECS nodes is unknown; at least"
          + " one ECS node must host ACK's management components"));
    } else if (count == 0) {
      report.addFailure(PreflightFailure.of(PreflightCheck.ECS_NODE, "the cluster has no ECS node; at least one must"
          + " host ACK's management components (three or more for high availability): create an ECS node pool"
          + " first"));
    } else if (count < 3) {
      report.addWarning("the cluster has " + count + " ECS node" + (count == 1 ? "" : "s")
          + "; three or more keep ACK's management components highly available");
    }
  }

  private static void checkPodCidr(PreflightInput in, PreflightReport.Builder report) {
    if (in.hybridPodNetwork().isEmpty()) {
      return;
    }
    Cidr hybrid = Cidr.parse(in.hybridPodNetwork().get().podCidr(), "hybridPodNetwork.podCidr");
    Map<String, String> others = new LinkedHashMap<>();
    in.serviceCidr().ifPresent(c -> others.put(c, "the Service CIDR"));
    in.podCidr().ifPresent(c -> others.put(c, "the cluster's pod CIDR"));
    in.nodeCidrs().forEach(c -> others.putIfAbsent(c, "the node CIDR"));
    for (Map.Entry<String, String> other : others.entrySet()) {
      Cidr cidr;
      try {
        cidr = Cidr.parse(other.getKey(), "preflightInput.cidr");
      } catch (ValidationException e) {
        report.addFailure(PreflightFailure.of(PreflightCheck.POD_CIDR, other.getValue() + " "
            + Validate.quote(other.getKey()) + " is not an IPv4 CIDR block, so overlaps cannot be ruled out"));
        continue;
      }
      if (hybrid.overlaps(cidr)) {
        report.addFailure(PreflightFailure.of(PreflightCheck.POD_CIDR, "the hybrid pod CIDR " + hybrid
            + " overlaps " + other.getValue() + " " + cidr + "; choose a block that overlaps none of the Service,"
            + " pod, cloud node and data-centre node CIDRs"));
      }
    }
  }

  private static String describe(String type, String spec, String profile) {
    StringBuilder sb = new StringBuilder(type);
    if (!spec.isEmpty()) {
      sb.append(" (").append(spec);
      if (!profile.equals("Default")) {
        sb.append(", profile ").append(profile);
      }
      sb.append(')');
    } else if (!profile.equals("Default")) {
      sb.append(" (profile ").append(profile).append(')');
    }
    return sb.toString();
  }
}
