// Estimate what an ACK managed Pro cluster costs for 30 days, from the published fee schedule.
// Run with examples/jshell.sh examples/jshell/cost.jsh
import io.github.ackhybrid.cluster.billing.BillingClient;
import io.github.ackhybrid.cluster.billing.ClusterEdition;
import io.github.ackhybrid.cluster.billing.FeeEstimate;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;

CloudSimulator sim = CloudSimulator.start();
BillingClient billing = BillingClient.create(sim.cloudConfig().build());

// An upper bound, whatever minute the cluster is created: the first and last hourly cycles are free.
FeeEstimate fee = billing.estimate(ClusterEdition.of("ManagedKubernetes", "ack.pro.small"), Duration.ofDays(30));
System.out.println("ack.pro.small for 30 days: " + (fee.upperBound() ? "at most " : "") + fee.amount() + " for " + fee.billedHours() + " billed hours");

billing.close();
sim.close();
/exit
