/**
 * Alibaba Cloud Service Mesh (ASM): meshes spanning cloud and registered clusters, with canary,
 * nearest-access and failover policies.
 *
 * <p>Traffic policies are immutable values that render to Istio resources:
 * {@link io.github.ackhybrid.mesh.CanaryRelease} (weighted subsets and match routes),
 * {@link io.github.ackhybrid.mesh.NearestAccess} (locality load balancing) and
 * {@link io.github.ackhybrid.mesh.Failover} (region or label-priority failover), all
 * {@link io.github.ackhybrid.mesh.TrafficPolicy TrafficPolicy}. Rendering needs no network; each
 * policy is checked before anything could be sent and becomes a list of
 * {@link io.github.ackhybrid.mesh.IstioResource} in {@code networking.istio.io/v1beta1} or
 * {@code v1} ({@link io.github.ackhybrid.mesh.IstioApiVersion}).
 */
package io.github.ackhybrid.mesh;
