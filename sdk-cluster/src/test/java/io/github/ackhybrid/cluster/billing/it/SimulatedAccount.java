package io.github.ackhybrid.cluster.billing.it;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.billing.BillingClient;
import io.github.ackhybrid.testing.CloudSimulator;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;

/**
 * A simulator on a stopped clock that starts at 10:20 (UTC+8) on 4 March 2025, a settled month the
 * SDK accepts as a billing cycle, with a cluster client and its billing client against it.
 */
final class SimulatedAccount implements AutoCloseable {
  static final Instant START = OffsetDateTime.parse("2025-03-04T10:20:00+08:00").toInstant();
  static final YearMonth MARCH = YearMonth.of(2025, 3);

  final CloudSimulator sim;
  final ClusterClient clusters;
  final BillingClient billing;

  SimulatedAccount() {
    this.sim = CloudSimulator.builder().speed(0).startAt(START).start();
    this.clusters = ClusterClient.create(sim.cloudConfig().build());
    this.billing = clusters.billing();
  }

  /** Creates a Pro cluster now and returns its id; it runs ten simulated minutes later. */
  String createPro(String name) {
    return clusters.createProCluster(p -> p.name(name).vpcId("vpc-bp1").addVSwitchIds("vsw-bp1")
        .addAddons(AddonInstallation.terwayEniip()).deletionProtection(false)).id();
  }

  /** Deletes a cluster now and lets the deletion finish. */
  void delete(String clusterId) {
    clusters.deleteCluster(clusterId);
    advance(Duration.ofMinutes(10));
  }

  void advance(Duration duration) {
    sim.clock().advance(duration);
  }

  @Override
  public void close() {
    clusters.close();
    sim.close();
  }
}
