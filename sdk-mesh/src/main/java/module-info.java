/** Alibaba Cloud Service Mesh (ASM): meshes spanning cloud and registered clusters, with canary, nearest-access and failover policies. */
module io.github.ackhybrid.mesh {
  requires transitive io.github.ackhybrid.core;
  requires static org.immutables.value;

  exports io.github.ackhybrid.mesh;
  exports io.github.ackhybrid.mesh.model;

  opens io.github.ackhybrid.mesh.internal to com.fasterxml.jackson.databind;
}
