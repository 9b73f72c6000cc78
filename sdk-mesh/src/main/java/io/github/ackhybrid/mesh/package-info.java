/**
 * Alibaba Cloud Service Mesh (ASM): meshes spanning cloud and registered clusters, with canary, nearest-access and failover policies.
 */
package io.github.ackhybrid.mesh;
