/**
 * Inside sdk-mesh, not part of its API: the ASM operation table, the one place that builds each
 * request, the wire shapes and their mapping to models, error translation, the default clients and
 * the waiters. Not exported.
 */
package io.github.ackhybrid.mesh.internal;
