package io.github.ackhybrid.testing.internal;

import java.time.Instant;
import java.util.Optional;

/**
 * How long one pay-as-you-go ECS instance of a node pool has lived, for billing: from the moment
 * the node was created until it left the cluster.
 *
 * @param instanceId the ECS instance id
 * @param clusterId the cluster it served, its {@code ack.aliyun.com} tag
 * @param nodePoolId the node pool it belonged to
 * @param instanceType the ECS instance type, such as {@code ecs.g7.xlarge}
 * @param start when it was created
 * @param end when it was removed, empty while it lives
 */
public record InstanceUsage(String instanceId, String clusterId, String nodePoolId, String instanceType,
    Instant start, Optional<Instant> end) {}
