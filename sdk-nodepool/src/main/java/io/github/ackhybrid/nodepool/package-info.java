/**
 * Node pools of ACK clusters, hybrid cloud node pools first. Start with
 * {@link io.github.ackhybrid.nodepool.NodePoolClient}: create a pool from a
 * {@link io.github.ackhybrid.nodepool.HybridPoolSpec} (your own servers) or a
 * {@link io.github.ackhybrid.nodepool.NodePoolSpec} (ECS, edge, Lingjun), check a cluster first with
 * {@link io.github.ackhybrid.nodepool.HybridPoolPreflight}, join servers with attach scripts or
 * {@code onboardServers}, and wait with {@link io.github.ackhybrid.nodepool.NodePoolWaiters}.
 */
package io.github.ackhybrid.nodepool;
