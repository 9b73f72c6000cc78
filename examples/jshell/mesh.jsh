// Build a service mesh over an ACK cluster and a registered on-premises cluster, then roll a canary 90/10 -> 50/50 -> 0/100.
// Run with examples/jshell.sh examples/jshell/mesh.jsh
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.mesh.AppliedPolicy;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.Failover;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.util.List;

CloudSimulator sim = CloudSimulator.start();
ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build());
MeshClient mesh = MeshClient.create(sim.cloudConfig().build());

String ack = clusters.createProCluster(p -> p.name("pro-hangzhou").vpcId("vpc-sim-hangzhou")
    .addVSwitchId("vsw-sim-hangzhou-h").addAddon(AddonInstallation.terwayEniip())).id();
clusters.waiters().untilRunning(ack, Duration.ofMinutes(30));
String idc = clusters.registerCluster(r -> r.name("idc-shanghai")).id();
sim.connectAgent(idc);
clusters.waiters().untilConnected(idc, Duration.ofMinutes(10));

// A public API server address: applyPolicy reaches the mesh's control plane through it.
String meshId = mesh.createMesh(c -> c.name("global").vpcId("vpc-sim-hangzhou").vSwitch("vsw-sim-hangzhou-h")
    .apiServerPublicEip(true)).id();
mesh.waiters().untilRunning(meshId, Duration.ofMinutes(15));
// ASM takes one change at a time: wait for the mesh after each.
for (String cluster : List.of(ack, idc)) {
  mesh.addCluster(meshId, cluster);
  mesh.waiters().untilRunning(meshId, Duration.ofMinutes(15));
  mesh.waiters().untilClusterRunning(meshId, cluster, Duration.ofMinutes(15));
}
System.out.println("members: " + mesh.listMemberClusters(meshId));

CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
for (CanaryRelease step : List.of(canary, canary.shift("v2", 40), canary.shift("v2", 90))) {
  AppliedPolicy applied = mesh.applyPolicy(meshId, step);
  System.out.println(step.weights() + " -> " + applied.resources());
}
mesh.applyPolicy(meshId, Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai"));
mesh.listPolicies(meshId, "default").forEach(r -> System.out.println("in the mesh: " + r.kind() + "/" + r.name()));

mesh.deleteMesh(d -> d.meshId(meshId).force(true));
mesh.waiters().untilDeleted(meshId, Duration.ofMinutes(15));
mesh.close();
clusters.close();
sim.close();
/exit
