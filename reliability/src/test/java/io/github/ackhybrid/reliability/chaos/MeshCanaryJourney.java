package io.github.ackhybrid.reliability.chaos;

import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.CreateMeshRequest;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.mesh.model.CreatedMesh;
import io.github.ackhybrid.mesh.model.MeshMemberCluster;
import java.time.Duration;
import java.util.Optional;

/**
 * Journey (c): a service mesh over a registered cluster and a canary release applied through the
 * mesh's Kubernetes API ({@code MeshClient.applyPolicy}), then the policy, the mesh and the cluster
 * removed. Odd seeds create the mesh through the asynchronous client.
 */
final class MeshCanaryJourney implements Journey {
  private static final Duration WAIT = RegisterClusterJourney.WAIT;
  private static final CanaryRelease CANARY =
      CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);

  @Override
  public String name() {
    return "mesh-canary";
  }

  @Override
  public void run(ChaosRun run, ChaosClients clients) {
    MeshClient mesh = clients.mesh();
    String clusterId = RegisterClusterJourney.register(run, clients.clusters(), "idc-mesh-" + run.seed(), false);
    run.sim().connectAgent(clusterId);
    run.step("untilConnected", () -> clients.clusters().waiters().untilConnected(clusterId, WAIT));

    String meshName = "mesh-" + run.seed();
    boolean async = run.seed() % 2 == 1;
    CreateMeshRequest request = CreateMeshRequest.builder().name(meshName).vpcId("vpc-bp1chaos")
        .vSwitch("vsw-bp1chaos").apiServerPublicEip(true).build();
    CreatedMesh created = run.once("createMesh",
        () -> async ? ChaosClients.await(mesh.async().createMesh(request)) : mesh.createMesh(request),
        () -> mesh.listMeshes().stream().filter(m -> m.name().equals(meshName)).findFirst()
            .map(m -> CreatedMesh.builder().id(m.id()).build()));
    if (created.reconciled()) {
      run.reconciled();
    }
    String meshId = created.id();
    run.step("untilMeshRunning", () -> mesh.waiters().untilRunning(meshId, WAIT));
    Invariants.oneMeshNamed(run, meshName);

    run.once("addCluster", () -> mesh.addCluster(meshId, clusterId), () -> member(mesh, meshId, clusterId));
    run.step("untilMeshRunning", () -> mesh.waiters().untilRunning(meshId, WAIT));
    run.step("untilClusterRunning", () -> mesh.waiters().untilClusterRunning(meshId, clusterId, WAIT));
    run.step("applyPolicy", () -> mesh.applyPolicy(meshId, CANARY));
    run.step("applyPolicy again", () -> mesh.applyPolicy(meshId, CANARY));
    Invariants.oneIstioResource(run, meshId, "VirtualService", "reviews");
    Invariants.oneIstioResource(run, meshId, "DestinationRule", "reviews-canary");

    run.step("removePolicy", () -> mesh.removePolicy(meshId, CANARY));
    Invariants.noPolicies(run, meshId);
    run.step("deleteMesh", () -> mesh.deleteMesh(d -> d.meshId(meshId).force(true)));
    run.step("untilMeshDeleted", () -> mesh.waiters().untilDeleted(meshId, WAIT));
    Invariants.noMeshes(run);
    RegisterClusterJourney.deleteCluster(run, clients.clusters(), clusterId);
    Invariants.noClusters(run);
  }

  private static Optional<ResponseMetadata> member(MeshClient mesh, String meshId, String clusterId) {
    return mesh.listMemberClusters(meshId).stream().map(MeshMemberCluster::id).filter(clusterId::equals).findFirst()
        .map(id -> ResponseMetadata.empty("AddClusterIntoServiceMesh"));
  }
}
