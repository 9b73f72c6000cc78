/**
 * ACK clusters: register external Kubernetes clusters, manage ACK managed Pro clusters, tasks, agents, kubeconfigs and add-ons.
 */
package io.github.ackhybrid.cluster;
