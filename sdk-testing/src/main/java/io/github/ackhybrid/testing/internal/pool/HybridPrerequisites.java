package io.github.ackhybrid.testing.internal.pool;

import io.github.ackhybrid.testing.internal.ack.SimCluster;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a cluster needs before it can host a hybrid cloud node pool, per the hybrid pool guide: ACK
 * managed Pro ({@code ack.pro.small}), Kubernetes 1.33 or later, the Terway Hybrid add-ons
 * ({@code terway-hybrid-controlplane} and {@code terway-hybrid}) installed, and at least one
 * running ECS node for the management components; a cluster on Flannel needs Flannel v0.15.1.23 or
 * later (the Terway Hybrid guide). Every unmet one is listed in a single 400
 * {@code ErrorHybridNodePoolPrerequisites}; the code is the simulator's own, since no source shows
 * what the cloud answers.
 */
final class HybridPrerequisites {
  /** The code the refusal carries. */
  static final String CODE = "ErrorHybridNodePoolPrerequisites";
  private static final Pattern FLANNEL = Pattern.compile("v?(\\d+)\\.(\\d+)\\.(\\d+)\\.(\\d+)");
  private static final List<String> ADDONS = List.of("terway-hybrid-controlplane", "terway-hybrid");

  private HybridPrerequisites() {}

  static void check(SimCluster cluster, boolean hasEcsNode) {
    Prerequisites missing = new Prerequisites();
    missing.require(cluster.spec().equals("ack.pro.small"), "the cluster is not an ACK managed Pro cluster"
        + " (cluster_spec is " + (cluster.spec().isEmpty() ? "empty" : cluster.spec()) + ", ack.pro.small is required)");
    missing.require(atLeast133(cluster.version()), "the cluster runs Kubernetes "
        + Prerequisites.describe(cluster.version()) + ", 1.33 or later is required");
    for (String addon : ADDONS) {
      missing.addon(cluster, addon, " (Terway Hybrid)");
    }
    cluster.addonVersion("flannel").filter(v -> !flannelRecentEnough(v)).ifPresent(v -> missing.add(
        "the cluster runs Flannel " + v + ", Terway Hybrid needs v0.15.1.23 or later"));
    missing.require(hasEcsNode, "the cluster has no running ECS node to host the management components");
    missing.refuse(CODE, cluster, "cluster ", "a hybrid cloud node pool");
  }

  private static boolean flannelRecentEnough(String version) {
    Matcher m = FLANNEL.matcher(version);
    if (!m.lookingAt()) {
      return false;
    }
    int[] minimum = {0, 15, 1, 23};
    for (int i = 0; i < minimum.length; i++) {
      int part = Integer.parseInt(m.group(i + 1));
      if (part != minimum[i]) {
        return part > minimum[i];
      }
    }
    return true;
  }

  private static boolean atLeast133(String version) {
    return Prerequisites.minor(version).map(v -> v[0] > 1 || (v[0] == 1 && v[1] >= 33)).orElse(false);
  }
}
