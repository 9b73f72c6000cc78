/** Alibaba Cloud Service Mesh (ASM): meshes spanning cloud and registered clusters, with canary, nearest-access and failover policies. */
module io.github.ackhybrid.mesh {
  requires transitive io.github.ackhybrid.core;
  requires io.github.ackhybrid.kube;
  requires okhttp3;
  requires org.slf4j;
  requires static org.immutables.value;

  exports io.github.ackhybrid.mesh;
  exports io.github.ackhybrid.mesh.model;

  opens io.github.ackhybrid.mesh.internal to com.fasterxml.jackson.databind;
}
