/** Internals of the Kubernetes module: PEM and key parsing, TLS setup and error mapping. Not an API. */
package io.github.ackhybrid.kube.internal;
