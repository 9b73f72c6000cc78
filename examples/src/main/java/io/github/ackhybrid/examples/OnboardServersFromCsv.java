package io.github.ackhybrid.examples;

import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.OnboardingProgress;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.OnboardingReport;
import io.github.ackhybrid.nodepool.model.ServerResult;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Onboards the servers listed in a CSV file ({@code hostname,ip[,labels]}, see {@link ServerCsv})
 * into a hybrid cloud node pool: mints attach scripts, runs them with bounded concurrency
 * ({@code --concurrency}, default 16), waits until each server is a Ready node or the deadline
 * passes ({@code --timeout}, ISO-8601, default {@code PT30M}), and prints a report per server.
 * Invalid lines are all reported with their line numbers before anything is onboarded.
 *
 * <p>By default it onboards into a hybrid pool it prepares in the embedded {@link CloudSimulator},
 * whose simulated servers run the script. With {@code --real --cluster ID --pool ID} it onboards
 * into your pool, running the script on each server over SSH as {@code --ssh-user} (default
 * {@code root}) with {@link SshRunner}; credentials come from the default chain and
 * {@code --region}/{@code --endpoint} work as described in {@link CloudTarget}.
 *
 * <p>Exits with 0 when every server joined, 1 when any failed or timed out (or onboarding could
 * not run), 2 for bad arguments, an unreadable or invalid CSV file, or missing credentials.
 */
public final class OnboardServersFromCsv {
  private static final Set<String> OPTIONS = Set.of("--region", "--endpoint", "--cluster", "--pool",
      "--concurrency", "--timeout", "--ssh-user");
  private static final String USAGE = "usage: OnboardServersFromCsv SERVERS_CSV [--concurrency N] [--timeout PT30M]"
      + " [--real --cluster ID --pool ID [--ssh-user USER] [--region R] [--endpoint URL]]";
  private static final String HELP = CommandLine.help(USAGE,
      List.of(
          "Onboards the servers listed in SERVERS_CSV into a hybrid node pool: mints attach scripts, runs them with",
          "bounded concurrency and waits until each server is a Ready node, then prints a report per server. Each",
          "line is hostname,ip[,labels], labels as key=value pairs separated by ';' (printed for you to apply with",
          "kubectl label node once the node has joined); blank lines, # comments and a hostname header are skipped.",
          "By default it prepares a hybrid pool in an embedded simulator, whose simulated servers run the script."),
      List.of(
          "  --concurrency N     servers onboarded at once, 1-1000; default 16",
          "  --timeout PT30M     how long to wait for every server to join, ISO-8601; default PT30M",
          "  --cluster ID        required with --real: the ACK managed Pro cluster",
          "  --pool ID           required with --real: its hybrid node pool",
          "  --ssh-user USER     with --real: the user that runs the script on each server over SSH; default root",
          CloudTarget.HELP),
      "Exit status: 0 every server joined, 1 a server failed or timed out (or onboarding could not run), 2 bad\n"
      + "arguments, an unreadable or invalid CSV file, or no credentials.");
  private static final Duration SETUP_WAIT = Duration.ofMinutes(30);

  private OnboardServersFromCsv() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args {@code SERVERS_CSV [--concurrency N] [--timeout PT30M] [--real --cluster ID --pool ID
   *     [--ssh-user USER] [--region R] [--endpoint URL]]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Onboards the servers of the CSV file named by the first argument, printing to {@code out}.
   *
   * @param args the command-line arguments
   * @param out where to print progress and the report
   * @return 0 when every server joined, 1 when any did not, 2 for bad input
   */
  public static int run(String[] args, PrintStream out) {
    if (CommandLine.wantsHelp(args)) {
      out.println(HELP);
      return 0;
    }
    CommandLine command;
    ServerCsv csv;
    try {
      command = CommandLine.parse(args, CloudTarget.FLAGS, OPTIONS);
      if (command.positional().size() != 1) {
        throw new ValidationException("SERVERS_CSV", "must be given, once");
      }
      if (command.has(CloudTarget.REAL) && (command.value("--cluster").isEmpty() || command.value("--pool").isEmpty())) {
        throw new ValidationException("--cluster and --pool", "are required with --real");
      }
      csv = ServerCsv.parse(Files.readAllLines(Path.of(command.positional().get(0))));
    } catch (ValidationException | IOException e) {
      out.println("Cannot start: " + e.getMessage());
      out.println(USAGE);
      return 2;
    }
    if (!csv.errors().isEmpty()) {
      csv.errors().forEach(out::println);
      out.println(csv.errors().size() + " invalid line" + (csv.errors().size() == 1 ? "" : "s")
          + "; fix them and run again. Nothing was onboarded.");
      return 2;
    }
    if (csv.servers().isEmpty()) {
      out.println("The file lists no servers. Nothing was onboarded.");
      return 2;
    }
    try {
      OnboardingOptions options = OnboardingOptions.builder()
          .maxConcurrency(command.number("--concurrency", 16, 1, 1000))
          .timeout(command.duration("--timeout", Duration.ofMinutes(30)))
          .build();
      try (CloudTarget target = CloudTarget.open(command, () -> CloudSimulator.builder().demoSpeed().start());
          NodePoolClient pools = NodePoolClient.create(target.config())) {
        return onboard(command, target, pools, csv.servers(), options, out).allJoined() ? 0 : 1;
      }
    } catch (ValidationException | ConfigurationException e) {
      out.println("Cannot start: " + e.getMessage());
      out.println(USAGE);
      return 2;
    } catch (SdkException | IOException e) {
      out.println("Onboarding failed: " + e.getMessage());
      return 1;
    }
  }

  private static OnboardingReport onboard(CommandLine command, CloudTarget target, NodePoolClient pools,
      List<ServerSpec> servers, OnboardingOptions options, PrintStream out) throws IOException {
    if (target.simulator().isPresent()) {
      CloudSimulator sim = target.simulator().get();
      Pool pool;
      try (ClusterClient clusters = ClusterClient.create(target.config())) {
        pool = simulatedHybridPool(clusters, pools);
      }
      out.println("Prepared hybrid pool " + pool.poolId() + " in cluster " + pool.clusterId()
          + " of the embedded simulator");
      ServerRunner runner = (server, script) -> {
        sim.runAttachScript(script.command(), server.hostname(), server.address().orElseThrow());
        return CompletableFuture.completedFuture(null);
      };
      // Simulated time runs hundreds of times faster than the deadline, so the tokens must outlive it there.
      OnboardingOptions simulated = OnboardingOptions.builder().from(options).script(s -> s.expiresIn(Duration.ofDays(7)))
          .build();
      return onboard(pools, pool.clusterId(), pool.poolId(), servers, runner, simulated, out);
    }
    SshRunner ssh = new SshRunner(command.value("--ssh-user", "root"), Files.createTempDirectory("onboarding"));
    return onboard(pools, command.value("--cluster").orElseThrow(), command.value("--pool").orElseThrow(), servers,
        ssh, options, out);
  }

  /**
   * Onboards servers into a hybrid pool and prints each server's progress and a final report.
   * Blocks until onboarding has finished.
   *
   * @param pools the node pool client
   * @param clusterId the ACK managed Pro cluster
   * @param poolId the hybrid node pool
   * @param servers the servers, with unique names
   * @param runner runs an attach script on a server
   * @param options concurrency, deadline and script settings; a progress callback in them is still called
   * @param out where progress and the report are printed
   * @return the per-server report
   * @throws ValidationException if an input is invalid
   * @throws SdkException if onboarding could not run at all
   */
  public static OnboardingReport onboard(NodePoolClient pools, String clusterId, String poolId,
      List<ServerSpec> servers, ServerRunner runner, OnboardingOptions options, PrintStream out) {
    Consumer<OnboardingProgress> theirs = options.onProgress().orElse(p -> { });
    OnboardingOptions printing = OnboardingOptions.builder().from(options).onProgress(p -> {
      out.println("  " + p);
      theirs.accept(p);
    }).build();
    out.println("Onboarding " + servers.size() + " servers into pool " + poolId + " of cluster " + clusterId
        + ", at most " + options.maxConcurrency() + " at a time, within " + options.timeout());
    OnboardingReport report;
    try {
      report = pools.onboardServers(clusterId, poolId, servers, runner, printing).join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof SdkException ? (SdkException) e.getCause() : e;
    }
    out.println("Report:");
    for (ServerResult result : report.results()) {
      String labels = labels(result.server());
      out.printf(Locale.ROOT, "  %-24s %-15s %s%s%n", result.server().name(), result.server().address().orElse("-"), result,
          labels.isEmpty() ? "" : "  labels to apply: " + labels);
    }
    out.printf(Locale.ROOT, "%d of %d joined, %d failed, %d timed out, in %.1f s%n", report.joined().size(), report.results().size(),
        report.failed().size(), report.timedOut().size(), report.elapsed().toMillis() / 1e3);
    return report;
  }

  private static String labels(ServerSpec server) {
    return server.attributes().entrySet().stream()
        .filter(e -> e.getKey().startsWith(ServerCsv.LABEL_ATTRIBUTE))
        .map(e -> e.getKey().substring(ServerCsv.LABEL_ATTRIBUTE.length()) + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  /**
   * Prepares what a hybrid pool needs, in a simulator: a running Pro 1.33+ cluster with Terway
   * Hybrid and one ECS node, and an active hybrid pool in it.
   */
  static Pool simulatedHybridPool(ClusterClient clusters, NodePoolClient pools) {
    String clusterId = clusters.createProCluster(p -> p.name("csv-pro").vpcId("vpc-sim-hangzhou")
        .addVSwitchId("vsw-sim-hangzhou-h").kubernetesVersion("1.33.3-aliyun.1").podCidr("172.20.0.0/16").hybridReady(true)
        .addAddon(AddonInstallation.flannel())
        .addAddon(AddonInstallation.terwayHybridControlplane("10.200.0.0/16", 24, true))
        .addAddon(AddonInstallation.terwayHybrid())).id();
    clusters.waiters().untilRunning(clusterId, SETUP_WAIT);
    String system = pools.createPool(clusterId, p -> p.name("system")
        .ecs(s -> s.addVSwitchId("vsw-sim-hangzhou-h").addInstanceTypes("ecs.g7.xlarge").desiredSize(1))).id();
    pools.waiters().untilNodesReady(clusterId, system, 1, SETUP_WAIT);
    String poolId = pools.createHybridPool(clusterId, p -> p.name("idc-csv")).id();
    pools.waiters().untilActive(clusterId, poolId, SETUP_WAIT);
    return new Pool(clusterId, poolId);
  }

  /** A hybrid pool and its cluster. */
  record Pool(String clusterId, String poolId) {}
}
