/**
 * What the ASM API answers, as immutable values: meshes ({@link io.github.ackhybrid.mesh.model.ServiceMesh}),
 * member and candidate clusters, the mesh kubeconfig, traffic-lane groups and lanes. Values the
 * service names by string are open enums: an {@code UNKNOWN} constant plus the raw text, so a new
 * value from the cloud never breaks a program.
 */
package io.github.ackhybrid.mesh.model;
