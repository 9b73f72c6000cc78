package io.github.ackhybrid.testing.internal.ack;

/**
 * Renders the multi-document YAML {@code DescribeExternalAgent} returns: what
 * {@code kubectl apply -f} needs in the external cluster to run {@code ack-cluster-agent} — its
 * namespace, service account, RBAC (full for {@code admin} mode, read-own-config-only for
 * {@code restricted}), the Secret holding the agent's connection token, its ConfigMap and its
 * Deployment. The token differs between the private (VPC) and public endpoints.
 */
final class AgentManifests {
  private AgentManifests() {}

  static String render(SimCluster cluster, boolean privateNetwork, boolean restricted) {
    String region = cluster.region();
    String endpoint = privateNetwork
        ? "wss://" + cluster.id() + "." + region + "-vpc.agent.alicontainer.com:443"
        : "wss://" + cluster.id() + "." + region + ".agent.alicontainer.com:443";
    String registry = privateNetwork
        ? "registry-" + region + "-vpc.ack.aliyuncs.com"
        : "registry-" + region + ".ack.aliyuncs.com";
    StringBuilder out = new StringBuilder(4096);
    out.append("apiVersion: v1\n")
        .append("kind: Namespace\n")
        .append("metadata:\n")
        .append("  name: kube-system\n")
        .append("---\n")
        .append("apiVersion: v1\n")
        .append("kind: ServiceAccount\n")
        .append("metadata:\n")
        .append("  name: ack-cluster-agent\n")
        .append("  namespace: kube-system\n")
        .append("---\n")
        .append("apiVersion: rbac.authorization.k8s.io/v1\n")
        .append("kind: ClusterRole\n")
        .append("metadata:\n")
        .append("  name: ack-cluster-agent\n")
        .append("rules:\n");
    if (restricted) {
      out.append("- apiGroups: [\"\"]\n")
          .append("  resources: [\"configmaps\"]\n")
          .append("  resourceNames: [\"ack-agent-config\"]\n")
          .append("  verbs: [\"get\", \"list\", \"watch\"]\n");
    } else {
      out.append("- apiGroups: [\"*\"]\n")
          .append("  resources: [\"*\"]\n")
          .append("  verbs: [\"*\"]\n")
          .append("- nonResourceURLs: [\"*\"]\n")
          .append("  verbs: [\"*\"]\n");
    }
    out.append("---\n")
        .append("apiVersion: rbac.authorization.k8s.io/v1\n")
        .append("kind: ClusterRoleBinding\n")
        .append("metadata:\n")
        .append("  name: ack-cluster-agent\n")
        .append("roleRef:\n")
        .append("  apiGroup: rbac.authorization.k8s.io\n")
        .append("  kind: ClusterRole\n")
        .append("  name: ack-cluster-agent\n")
        .append("subjects:\n")
        .append("- kind: ServiceAccount\n")
        .append("  name: ack-cluster-agent\n")
        .append("  namespace: kube-system\n")
        .append("---\n")
        .append("apiVersion: v1\n")
        .append("kind: Secret\n")
        .append("metadata:\n")
        .append("  name: ack-cluster-agent-credentials\n")
        .append("  namespace: kube-system\n")
        .append("type: Opaque\n")
        .append("stringData:\n")
        .append("  cluster-id: ").append(cluster.id()).append('\n')
        .append("  region-id: ").append(region).append('\n')
        .append("  endpoint: ").append(endpoint).append('\n')
        .append("  token: ").append(cluster.agentToken(privateNetwork)).append('\n')
        .append("---\n")
        .append("apiVersion: v1\n")
        .append("kind: ConfigMap\n")
        .append("metadata:\n")
        .append("  name: ack-agent-config\n")
        .append("  namespace: kube-system\n")
        .append("data:\n")
        .append("  agent-mode: ").append(restricted ? "restricted" : "admin").append('\n')
        .append("  network: ").append(privateNetwork ? "private" : "public").append('\n')
        .append("---\n")
        .append("apiVersion: apps/v1\n")
        .append("kind: Deployment\n")
        .append("metadata:\n")
        .append("  name: ack-cluster-agent\n")
        .append("  namespace: kube-system\n")
        .append("  labels:\n")
        .append("    app: ack-cluster-agent\n")
        .append("spec:\n")
        .append("  replicas: 2\n")
        .append("  selector:\n")
        .append("    matchLabels:\n")
        .append("      app: ack-cluster-agent\n")
        .append("  template:\n")
        .append("    metadata:\n")
        .append("      labels:\n")
        .append("        app: ack-cluster-agent\n")
        .append("    spec:\n")
        .append("      serviceAccountName: ack-cluster-agent\n")
        .append("      containers:\n")
        .append("      - name: agent\n")
        .append("        image: ").append(registry).append("/acs/ack-cluster-agent:v1.16.2.1-aliyun\n")
        .append("        envFrom:\n")
        .append("        - secretRef:\n")
        .append("            name: ack-cluster-agent-credentials\n")
        .append("        resources:\n")
        .append("          requests:\n")
        .append("            cpu: 100m\n")
        .append("            memory: 128Mi\n");
    return out.toString();
  }
}
