package io.github.ackhybrid.examples;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
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
 * <p>Exits with 0 on success, 1 on any failure, including bad arguments and missing credentials.
 */
public final class MonthlyCostCsv {
  private static final Set<String> OPTIONS = Set.of("--region", "--endpoint", "--month");

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
    try {
      CommandLine command = CommandLine.parse(args, CloudTarget.FLAGS, OPTIONS);
      YearMonth month = YearMonth.parse(command.value("--month", YearMonth.now(ZoneOffset.ofHours(8)).toString()));
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
      }
      return 0;
    } catch (SdkException | DateTimeParseException e) {
      out.println("Cost report failed: " + e.getMessage());
      return 1;
    }
  }
}
