/**
 * The simulated Kubernetes API servers of meshes' control planes and clusters, on one HTTPS port:
 * namespaces, Istio VirtualServices and DestinationRules behind Istio-like validation, ACK
 * {@code ResourcePolicy} objects behind schema-like validation, and Kubernetes {@code Status}
 * errors, reached with the client certificates and bearer tokens the simulator issues.
 */
package io.github.ackhybrid.testing.internal.kube;
