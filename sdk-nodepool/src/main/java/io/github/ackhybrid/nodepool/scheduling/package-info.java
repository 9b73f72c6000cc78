/**
 * Unified scheduling and elastic capacity: {@link io.github.ackhybrid.nodepool.scheduling.PriorityScheduling}
 * policies that fill hybrid (data-centre) node pools first, burst to auto-scaling cloud pools and
 * release the cloud first, the cluster's autoscaler settings
 * ({@link io.github.ackhybrid.nodepool.scheduling.AutoscalerConfig}), and the tolerations and node
 * affinity workloads need for hybrid nodes ({@link io.github.ackhybrid.nodepool.scheduling.HybridPlacement}).
 * Start from {@link io.github.ackhybrid.nodepool.scheduling.SchedulingClient}.
 */
package io.github.ackhybrid.nodepool.scheduling;
