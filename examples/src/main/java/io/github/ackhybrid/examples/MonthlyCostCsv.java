package io.github.ackhybrid.examples;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Prints the month's cost of every cluster as CSV, one report per cluster, from the account's bills
 * through {@code clusters.billing()}.
 *
 * <p>By default it reads the embedded {@link CloudSimulator}'s bills, after registering a cluster
 * and billing it an ECS node so there is something to show. With {@code --real} it uses the
 * default credentials chain, and {@code --region} and {@code --endpoint} as described in
 * {@link CloudTarget}. {@code --month YYYY-MM} picks the month (default: the current one, in the
 * bills' UTC+8 time).
 *
 * <p>Exits with 0 on success, 1 on any failure, including bad arguments and missing credentials;
 * {@code --help} prints the options and exits with 0.
 */
public final class MonthlyCostCsv {
  private static final Set<String> OPTIONS = Set.of("--region", "--endpoint", "--month");
  private static final String USAGE = "usage: MonthlyCostCsv [--month YYYY-MM] [--real [--region R] [--endpoint URL]]";
  private static final String HELP = CommandLine.help(USAGE,
      List.of(
          "Prints the month's cost of every cluster of the account, from its bills: for each cluster a line",
          "\"# <name> (<id>), <month>[, provisional]\" and its bill lines as CSV with a header. By default it reads",
          "the bills of an embedded simulator, after registering a cluster and billing it an ECS node."),
      List.of(
          "  --month YYYY-MM     the billing month; default the current one in UTC+8, the bills' time zone",
          CloudTarget.HELP),
      "Exit status: 0 done, 1 bad arguments, no credentials or a failed call.");

  private MonthlyCostCsv() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args {@code [--month YYYY-MM] [--real [--region R] [--endpoint URL]]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Prints each cluster's cost report as CSV to {@code out}.
   *
   * @param args the command-line arguments
   * @param out where to print the reports
   * @return 0 on success, 1 on failure
   */
  public static int run(String[] args, PrintStream out) {
    if (CommandLine.wantsHelp(args)) {
      out.println(HELP);
      return 0;
    }
    YearMonth month;
    CommandLine command;
    try {
      command = CommandLine.parse(args, CloudTarget.FLAGS, OPTIONS);
      command.refusePositional();
      month = month(command);
    } catch (ValidationException e) {
      out.println("Cannot start: " + e.getMessage());
      out.println(USAGE);
      return 1;
    }
    try (CloudTarget target = CloudTarget.open(command, CloudSimulator::start);
        ClusterClient clusters = ClusterClient.create(target.config())) {
      target.simulator().ifPresent(sim -> {
        String id = clusters.registerCluster(r -> r.name("idc-shanghai")).id();
        sim.billing().addClusterCharge(id, "i-sim-node-1", "ecs", new BigDecimal("123.45"), month);
      });
      for (Cluster cluster : clusters.listClusters().toList()) {
        CostReport report = clusters.billing().clusterCost(cluster.id(), month);
        out.println("# " + cluster.name() + " (" + cluster.id() + "), " + month
            + (report.provisional() ? ", provisional" : ""));
        out.print(report.toCsv());
      }
      return 0;
    } catch (SdkException e) {
      out.println("Cost report failed: " + e.getMessage());
      return 1;
    }
  }

  private static YearMonth month(CommandLine command) {
    String text = command.value("--month", YearMonth.now(ZoneOffset.ofHours(8)).toString());
    try {
      return YearMonth.parse(text);
    } catch (DateTimeParseException e) {
      throw new ValidationException("--month", "must be a year and month such as 2026-10, was \"" + text + "\"");
    }
  }
}
