package io.github.ackhybrid.mesh.internal;

import java.util.Optional;

/**
 * A create that carries no idempotency token, with the lookup that finds what it made should its
 * answer be lost (docs/WRITE-SAFETY.md).
 *
 * @param operation the create's action, such as {@code CreateServiceMesh}
 * @param create the create
 * @param lookup finds the resource by the creation token the create carried, marked reconciled
 * @param howToCheck what the user should do when the outcome stays unknown
 * @param <R> the result type
 */
record WriteSafeCall<R>(String operation, MeshCall<?, R> create, MeshCall<?, Optional<R>> lookup, String howToCheck) {}
