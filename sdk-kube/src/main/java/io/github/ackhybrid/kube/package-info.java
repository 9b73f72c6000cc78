/**
 * Kubernetes API access: {@link io.github.ackhybrid.kube.Kubeconfig} reads a kubeconfig,
 * {@link io.github.ackhybrid.kube.KubeClient} talks to the API server it names, and
 * {@link io.github.ackhybrid.kube.ResourceKind} says which resource a call is about.
 */
package io.github.ackhybrid.kube;
