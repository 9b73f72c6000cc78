/**
 * Internals of the Kubernetes module: PEM and key parsing, TLS setup, error mapping, and the
 * threads asynchronous clients lend to blocking Kubernetes calls. Not an API; open only to the
 * mesh and node-pool modules.
 */
package io.github.ackhybrid.kube.internal;
