/**
 * How the cluster module works inside: the operation table and wire mapping ({@link
 * io.github.ackhybrid.cluster.internal.ClusterApi}), the default clients, waiters and the small
 * JSON converters the models use. Not exported; may change at any time.
 */
package io.github.ackhybrid.cluster.internal;
