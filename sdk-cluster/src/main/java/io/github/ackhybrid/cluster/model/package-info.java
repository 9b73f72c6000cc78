/**
 * What the ACK cluster API answers, as immutable values: clusters, tasks, agent manifests,
 * kubeconfigs, add-ons, Kubernetes versions and quotas. Enums from the service are open: an
 * unknown value reads as {@code UNKNOWN} and the raw text is kept.
 */
package io.github.ackhybrid.cluster.model;
