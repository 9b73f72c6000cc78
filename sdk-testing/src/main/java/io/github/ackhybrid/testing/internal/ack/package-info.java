/**
 * The simulated ACK API (CS 2015-12-15, ROA): registered and managed clusters, tasks, agent
 * manifests, kubeconfigs, add-ons, version metadata and quotas. Not part of the public API.
 */
package io.github.ackhybrid.testing.internal.ack;
