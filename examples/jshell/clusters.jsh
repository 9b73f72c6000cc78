// Start the embedded simulator, register an on-premises cluster, fetch its agent manifest, wait for the agent, list clusters.
// Run with examples/jshell.sh examples/jshell/clusters.jsh
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;

CloudSimulator sim = CloudSimulator.builder().demoSpeed().start();
ClusterClient clusters = ClusterClient.create(sim.cloudConfig().build());

ClusterCreation idc = clusters.registerCluster(r -> r.name("idc-shanghai"));
System.out.println("registered " + idc.id());

// In a real data centre you would kubectl apply this manifest; the simulator connects the agent once it is fetched.
String manifest = clusters.agentManifest(idc.id()).yaml();
System.out.println("agent manifest: " + manifest.lines().count() + " lines");

Cluster connected = clusters.waiters().untilConnected(idc.id(), Duration.ofMinutes(10));
System.out.println(connected.name() + " is " + connected.stateAsString());

clusters.listClusters().stream().forEach(c -> System.out.println(c.id() + "  " + c.name() + "  " + c.stateAsString()));

clusters.close();
sim.close();
/exit
