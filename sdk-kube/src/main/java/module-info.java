/**
 * Kubernetes API access for the SDK: kubeconfig parsing, mutual TLS and bearer tokens, reads,
 * server-side apply and deletes of any resource, and Kubernetes {@code Status} errors mapped to the
 * SDK's exceptions. Used by the mesh module for Istio resources and by the node-pool module for
 * scheduling policies.
 */
module io.github.ackhybrid.kube {
  requires transitive io.github.ackhybrid.core;
  requires okhttp3;
  requires org.yaml.snakeyaml;

  exports io.github.ackhybrid.kube;
  exports io.github.ackhybrid.kube.internal to io.github.ackhybrid.mesh, io.github.ackhybrid.nodepool;
}
