/** The simulated ASM (service mesh) RPC API: meshes, member clusters, kubeconfigs and mesh features. */
package io.github.ackhybrid.testing.internal.asm;
