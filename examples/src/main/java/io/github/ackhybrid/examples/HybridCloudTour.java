package io.github.ackhybrid.examples;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.KubernetesVersionsRequest;
import io.github.ackhybrid.cluster.billing.ClusterEdition;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.FeeEstimate;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.cluster.model.KubernetesVersion;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.auth.CredentialsProvider;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

/**
 * The end-to-end hybrid cloud tour: register an on-premises cluster and write its agent manifest,
 * stand up the ACK managed Pro cluster that hybrid node pools join, estimate its fee, clean up, and
 * read the month's cost report for it.
 *
 * <p>By default it runs against the embedded {@link CloudSimulator}: no account, no network. With
 * {@code --real} it uses the default credentials chain and the region given by {@code --region}
 * (default {@code cn-hangzhou}) and creates real, billable resources: read the code first.
 * {@code --vpc} and {@code --vswitch} name the network of the Pro cluster in real mode.
 *
 * <p>Exits with 0 when every step succeeded, 1 on any failure.
 */
public final class HybridCloudTour {
  private final List<String> args;
  private final PrintStream out;

  private HybridCloudTour(List<String> args, PrintStream out) {
    this.args = args;
    this.out = out;
  }

  /**
   * Runs the tour and exits with its status.
   *
   * @param args {@code [--real] [--region R] [--vpc ID] [--vswitch ID]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the tour, printing to {@code out}.
   *
   * @param args the command-line arguments
   * @param out where to print the steps
   * @return 0 on success, 1 on failure
   */
  public static int run(String[] args, PrintStream out) {
    return new HybridCloudTour(Arrays.asList(args), out).run();
  }

  private int run() {
    boolean real = args.contains("--real");
    long start = System.nanoTime();
    try (CloudSimulator sim = real ? null : CloudSimulator.builder().demoSpeed().start()) {
      CloudConfig cloud = real
          ? CloudConfig.builder().region(option("--region", "cn-hangzhou"))
              .credentials(CredentialsProvider.defaultChain()).build()
          : sim.cloudConfig().build();
      out.println(real ? "Hybrid cloud tour against " + cloud.region() + " (real cloud)"
          : "Hybrid cloud tour against the embedded simulator at " + sim.endpoint());
      try (ClusterClient clusters = ClusterClient.create(cloud)) {
        tour(clusters, new TourLog(out));
      }
      out.printf("Tour complete in %.1f s%n", (System.nanoTime() - start) / 1e9);
      return 0;
    } catch (SdkException e) {
      out.println("Tour failed: " + e.getMessage());
      return 1;
    }
  }

  private void tour(ClusterClient clusters, TourLog log) {
    ClusterCreation idc = log.step("Register the on-premises cluster idc-shanghai",
        () -> clusters.registerCluster(r -> r.name("idc-shanghai")),
        c -> c.id() + ", " + TourLog.requestId(c.responseMetadata()));
    Path manifest = log.step("Write the agent manifest to apply in the data centre",
        () -> {
          Path file = tempDir().resolve("agent.yaml");
          clusters.agentManifest(idc.id(), a -> a.privateNetwork(true)).writeTo(file);
          return file;
        },
        file -> file + " (apply it with kubectl in the on-premises cluster)");
    log.step("Wait for the agent to connect",
        () -> clusters.waiters().untilConnected(idc.id(), Duration.ofMinutes(10)),
        c -> c.name() + " is " + c.stateAsString());

    KubernetesVersion version = log.step("Pick the newest creatable Kubernetes version (hybrid pools need 1.33+)",
        () -> clusters.kubernetesVersions(KubernetesVersionsRequest.creatable()).stream()
            .filter(v -> v.isAtLeast(1, 33))
            .reduce((older, newer) -> newer)
            .orElseThrow(() -> new SdkException("no creatable Kubernetes version 1.33 or newer is offered")),
        KubernetesVersion::version);
    ClusterCreation pro = log.step("Create the ACK managed Pro cluster that hybrid node pools join",
        () -> clusters.createProCluster(p -> p.name("hybrid-pro")
            .vpcId(option("--vpc", "vpc-sim-hangzhou"))
            .addVSwitchId(option("--vswitch", "vsw-sim-hangzhou-h"))
            .kubernetesVersion(version.version())
            .podCidr("172.20.0.0/16")
            .hybridReady(true)
            .addAddon(AddonInstallation.flannel())
            .addAddon(AddonInstallation.terwayHybridControlplane("10.200.0.0/16", 24, true))
            .addAddon(AddonInstallation.terwayHybrid())),
        c -> c.id() + ", task " + c.taskId().orElse("(none)") + ", " + TourLog.requestId(c.responseMetadata()));
    Cluster running = log.step("Wait until the Pro cluster is running",
        () -> clusters.waiters().untilRunning(pro.id(), Duration.ofMinutes(30)),
        c -> c.name() + " is " + c.stateAsString() + " on Kubernetes " + c.currentVersion().orElse("?"));

    log.step("Estimate the Pro cluster's management fee for 30 days",
        () -> clusters.billing().estimate(
            ClusterEdition.of(running.typeAsString(), running.specAsString().orElse("ack.pro.small")),
            Duration.ofDays(30)),
        (FeeEstimate f) -> (f.upperBound() ? "at most " : "") + f.amount() + " for " + f.billedHours() + " billed hours");

    log.step("Delete the Pro cluster", () -> clusters.deleteCluster(pro.id()),
        c -> TourLog.requestId(c.responseMetadata()));
    log.step("Deregister the on-premises cluster", () -> clusters.deleteCluster(idc.id()),
        c -> TourLog.requestId(c.responseMetadata()));
    log.step("Wait until both are gone", () -> {
      clusters.waiters().untilDeleted(pro.id(), Duration.ofMinutes(30));
      clusters.waiters().untilDeleted(idc.id(), Duration.ofMinutes(30));
      return manifest;
    }, m -> "done; the manifest stays at " + m);

    CostReport cost = log.step("Report what the Pro cluster cost this month",
        () -> clusters.billing().clusterCost(r -> r.clusterId(pro.id())
            .billingCycle(YearMonth.now(ZoneId.of("Asia/Shanghai")))
            .edition(ClusterEdition.of(running.typeAsString(), running.specAsString().orElse("ack.pro.small")))),
        r -> r.lines().size() + " lines");
    cost.toTable().lines().forEach(log::note);
  }

  private String option(String name, String fallback) {
    int i = args.indexOf(name);
    return i >= 0 && i + 1 < args.size() ? args.get(i + 1) : fallback;
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("hybrid-tour");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
