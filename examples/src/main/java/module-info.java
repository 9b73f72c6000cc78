/** Runnable examples: the hybrid cloud tour and small programs to copy. */
module io.github.ackhybrid.examples {
  requires io.github.ackhybrid.cluster;
  requires io.github.ackhybrid.kube;
  requires io.github.ackhybrid.nodepool;
  requires io.github.ackhybrid.mesh;
  requires io.github.ackhybrid.testing;

  exports io.github.ackhybrid.examples;
}
