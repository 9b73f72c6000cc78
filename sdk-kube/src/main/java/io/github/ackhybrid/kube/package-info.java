/**
 * Kubernetes API access: {@link io.github.ackhybrid.kube.Kubeconfig} reads a kubeconfig,
 * {@link io.github.ackhybrid.kube.KubeClient} talks to the API server it names,
 * {@link io.github.ackhybrid.kube.ResourceKind} says which resource a call is about, and
 * {@link io.github.ackhybrid.kube.KubernetesNames} checks names, labels and annotations against the
 * Kubernetes rules before anything is sent.
 */
package io.github.ackhybrid.kube;
