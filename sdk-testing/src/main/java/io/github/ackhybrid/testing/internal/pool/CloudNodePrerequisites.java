package io.github.ackhybrid.testing.internal.pool;

import io.github.ackhybrid.testing.internal.ack.SimCluster;
import java.util.List;

/**
 * What a registered ({@code ExternalKubernetes}) cluster needs before it can host an ECS node pool,
 * per ack-cs-api.md 5.3(c) and elastic-scheduling.md 5: its agent connected, the
 * {@code cloud-node-controller} add-on installed, and Kubernetes 1.26, 1.28, 1.30 or 1.31 and later
 * (the versions the default kubeadm node script supports). The reference also names two things
 * the simulator cannot see: the agent imported in private-network mode and, for other versions, a
 * custom node script registered in the {@code ack-agent-config} ConfigMap; neither is checked. Every
 * unmet prerequisite is listed in one 400 {@code ErrorCloudNodePoolPrerequisites}: the code is the
 * simulator's own, since no source shows what the cloud answers.
 */
final class CloudNodePrerequisites {
  /** The code the refusal carries. */
  static final String CODE = "ErrorCloudNodePoolPrerequisites";
  private static final String CONTROLLER = "cloud-node-controller";
  private static final List<Integer> OLDER_MINORS = List.of(26, 28, 30);

  private CloudNodePrerequisites() {}

  static void check(SimCluster cluster) {
    Prerequisites missing = new Prerequisites();
    missing.require(cluster.agentConnected(), "the cluster's agent is not connected (apply the manifest from"
        + " DescribeExternalAgent with PrivateIpAddress=true in the cluster)");
    missing.addon(cluster, CONTROLLER, "");
    missing.require(supported(cluster.version()), "the cluster runs Kubernetes "
        + Prerequisites.describe(cluster.version())
        + "; node pools of registered clusters support 1.26, 1.28, 1.30 and 1.31 or later");
    missing.refuse(CODE, cluster, "registered cluster ", "an ECS node pool");
  }

  private static boolean supported(String version) {
    return Prerequisites.minor(version)
        .map(v -> v[0] > 1 || (v[0] == 1 && (v[1] >= 31 || OLDER_MINORS.contains(v[1])))).orElse(false);
  }
}
