/**
 * ACK clusters for hybrid cloud: register Kubernetes clusters that run in data centres or other
 * clouds, create the ACK managed Pro clusters that host hybrid cloud node pools, and manage their
 * agents, kubeconfigs, tasks and add-ons. Start with {@link io.github.ackhybrid.cluster.ClusterClient};
 * results are in {@link io.github.ackhybrid.cluster.model}.
 */
package io.github.ackhybrid.cluster;
