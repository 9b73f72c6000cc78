/**
 * The simulated Kubernetes API of each mesh's control plane: namespaces, Istio VirtualServices and
 * DestinationRules, Istio-like validation and Kubernetes {@code Status} errors, over HTTPS with
 * client certificates the simulator issues.
 */
package io.github.ackhybrid.testing.internal.kube;
