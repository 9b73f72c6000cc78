/** ACK clusters: register external Kubernetes clusters, manage ACK managed Pro clusters, tasks, agents, kubeconfigs, add-ons and billing. */
module io.github.ackhybrid.cluster {
  requires transitive io.github.ackhybrid.core;
  requires static org.immutables.value;

  exports io.github.ackhybrid.cluster;
  exports io.github.ackhybrid.cluster.model;
  exports io.github.ackhybrid.cluster.billing;
  // The node pool module shares the CS service definition, the wire converters and the id checks.
  exports io.github.ackhybrid.cluster.internal to io.github.ackhybrid.nodepool;

  // Jackson binds answers straight into the models (through their generated builders) and the
  // internal answer envelopes, and instantiates the internal converters the models name.
  opens io.github.ackhybrid.cluster.model to com.fasterxml.jackson.databind;
  opens io.github.ackhybrid.cluster.internal to com.fasterxml.jackson.databind;
  opens io.github.ackhybrid.cluster.billing.internal to com.fasterxml.jackson.databind;
}
