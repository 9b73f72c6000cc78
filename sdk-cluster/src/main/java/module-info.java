/** ACK clusters: register external Kubernetes clusters, manage ACK managed Pro clusters, tasks, agents, kubeconfigs and add-ons. */
module io.github.ackhybrid.cluster {
  requires transitive io.github.ackhybrid.core;
  requires static org.immutables.value;

  exports io.github.ackhybrid.cluster.billing;

  opens io.github.ackhybrid.cluster.billing.internal to com.fasterxml.jackson.databind;
}
