package io.github.ackhybrid.testing.internal.ack;

import io.github.ackhybrid.testing.internal.Ids;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Renders the kubeconfig {@code DescribeClusterUserKubeconfig} returns: one cluster, one context,
 * one user holding a freshly minted bearer token. The server is the cluster's intranet or public
 * API server endpoint; the CA is a placeholder, since no real TLS stands behind it.
 */
final class Kubeconfigs {
  private static final String CA = Base64.getEncoder().encodeToString(
      ("-----BEGIN CERTIFICATE-----\nsimulated cluster CA, not a real certificate\n-----END CERTIFICATE-----\n")
          .getBytes(StandardCharsets.US_ASCII));

  private Kubeconfigs() {}

  static String render(SimCluster cluster, String server) {
    String user = "kubernetes-admin-" + cluster.id();
    String context = user + "@" + cluster.id();
    return "apiVersion: v1\n"
        + "kind: Config\n"
        + "clusters:\n"
        + "- cluster:\n"
        + "    server: " + server + "\n"
        + "    certificate-authority-data: " + CA + "\n"
        + "  name: kubernetes\n"
        + "contexts:\n"
        + "- context:\n"
        + "    cluster: kubernetes\n"
        + "    user: \"" + user + "\"\n"
        + "  name: " + context + "\n"
        + "current-context: " + context + "\n"
        + "preferences: {}\n"
        + "users:\n"
        + "- name: \"" + user + "\"\n"
        + "  user:\n"
        + "    token: " + Ids.token(64) + "\n";
  }
}
