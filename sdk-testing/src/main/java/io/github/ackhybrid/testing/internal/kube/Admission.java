package io.github.ackhybrid.testing.internal.kube;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The checks one API server runs on an object before storing it, as its schemas and webhooks would. */
interface Admission {
  /** Admits everything. */
  Admission NONE = (type, namespace, name, object, plane) -> { };

  /**
   * Checks an object about to be stored.
   *
   * @throws KubeError to refuse it, usually a 422 {@code Invalid}
   */
  void admit(ResourceType type, String namespace, String name, ObjectNode object, ControlPlane plane);
}
