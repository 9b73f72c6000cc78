/** Hybrid cloud node pools: add your own servers to ACK managed Pro clusters and manage them like cloud nodes. */
module io.github.ackhybrid.nodepool {
  requires transitive io.github.ackhybrid.core;
  requires transitive io.github.ackhybrid.cluster;
  requires transitive io.github.ackhybrid.kube;
  requires okhttp3;
  requires static org.immutables.value;
  requires org.slf4j;

  exports io.github.ackhybrid.nodepool;
  exports io.github.ackhybrid.nodepool.model;
  exports io.github.ackhybrid.nodepool.scheduling;

  opens io.github.ackhybrid.nodepool.model to com.fasterxml.jackson.databind;
  opens io.github.ackhybrid.nodepool.internal to com.fasterxml.jackson.databind;
}
