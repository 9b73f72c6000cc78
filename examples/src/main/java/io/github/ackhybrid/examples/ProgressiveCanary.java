package io.github.ackhybrid.examples;

import io.github.ackhybrid.core.exception.ConfigurationException;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Random;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleSupplier;

/**
 * Progressive canary with automatic rollback: moves {@code reviews} in namespace {@code default}
 * from subset v1 to v2, {@code --step} percent at a time (default 10), applying each step to the
 * mesh with {@link MeshClient#applyPolicy}, and rolls all traffic back to v1 (applies 100/0) as
 * soon as the error rate passes {@code --max-error-rate} (default 0.05).
 *
 * <p>The error rate here is simulated: healthy, or failing from the third step on with
 * {@code --failing}. Replace {@link #simulatedErrorRate} with a query to your metrics system (for
 * example the 5xx share of the canary subset over the last minute) before pointing it at real
 * traffic.
 *
 * <p>By default it creates a mesh in the embedded {@link CloudSimulator}. With {@code --real
 * --mesh ID} it rolls the canary in an existing mesh, with the default credentials chain and
 * {@code --region}/{@code --endpoint} as described in {@link CloudTarget}.
 *
 * <p>Exits with 0 when the canary was promoted, 2 when it was rolled back, 1 on any failure
 * (including bad arguments and missing credentials); {@code --help} prints the options and exits with 0.
 */
public final class ProgressiveCanary {
  private static final Set<String> FLAGS = Set.of(CloudTarget.REAL, "--failing");
  private static final Set<String> OPTIONS = Set.of("--region", "--endpoint", "--mesh", "--step", "--max-error-rate");
  private static final String USAGE = "usage: ProgressiveCanary [--failing] [--step PERCENT] [--max-error-rate R]"
      + " [--real --mesh ID [--region R] [--endpoint URL]]";
  private static final String HELP = CommandLine.help(USAGE,
      List.of(
          "Moves the reviews service in namespace default from subset v1 to v2 step by step, applying each step to",
          "the mesh, and rolls all traffic back to v1 as soon as the canary's error rate is too high. The error",
          "rate is simulated: replace ProgressiveCanary.simulatedErrorRate with a query to your metrics first.",
          "By default it creates a mesh in an embedded simulator."),
      List.of(
          "  --failing           make the simulated error rate jump to 20% at the third step, to show a rollback",
          "  --step PERCENT      the traffic moved to v2 per step, 1-100; default 10",
          "  --max-error-rate R  the highest tolerated error rate, 0.0-1.0; default 0.05",
          "  --mesh ID           required with --real: the existing mesh to roll the canary in",
          CloudTarget.HELP),
      "Exit status: 0 v2 was promoted to all traffic, 2 the canary was rolled back to v1, 1 bad arguments, no\n"
      + "credentials or a failed call.");
  private static final Duration MESH_WAIT = Duration.ofMinutes(15);

  private ProgressiveCanary() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args {@code [--failing] [--step PERCENT] [--max-error-rate R] [--real --mesh ID [--region R]
   *     [--endpoint URL]]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the example, printing each step to {@code out}.
   *
   * @param args the command-line arguments
   * @param out where to print the steps
   * @return 0 when promoted, 2 when rolled back, 1 on failure
   */
  public static int run(String[] args, PrintStream out) {
    if (CommandLine.wantsHelp(args)) {
      out.println(HELP);
      return 0;
    }
    try {
      CommandLine command = CommandLine.parse(args, FLAGS, OPTIONS);
      command.refusePositional();
      int step = command.number("--step", 10, 1, 100);
      double maxErrorRate = rate(command.value("--max-error-rate", "0.05"));
      if (command.has(CloudTarget.REAL) && command.value("--mesh").isEmpty()) {
        throw new ValidationException("--mesh", "is required with --real: the mesh to roll the canary in");
      }
      try (CloudTarget target = CloudTarget.open(command, CloudSimulator::start);
          MeshClient mesh = MeshClient.create(target.config())) {
        String meshId = command.value("--mesh").orElseGet(() -> demoMesh(mesh, out));
        CanaryRelease start = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
        CanaryProgression.Outcome outcome = roll(mesh, meshId, start, "v1", "v2", step,
            simulatedErrorRate(command.has("--failing")), maxErrorRate, out);
        out.println("canary " + outcome);
        return outcome == CanaryProgression.Outcome.PROMOTED ? 0 : 2;
      }
    } catch (ValidationException | ConfigurationException e) {
      out.println("Cannot start: " + e.getMessage());
      out.println(USAGE);
      return 1;
    } catch (SdkException e) {
      out.println("Canary failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Rolls a canary in a mesh: applies {@code start}, then moves {@code step} percent to the canary
   * subset per step, reading the error rate after each one, and applies 100% to the stable subset
   * as soon as the rate exceeds {@code maxErrorRate}.
   *
   * @param mesh the mesh client
   * @param meshId the mesh
   * @param start the first weights, such as 90/10
   * @param stable the subset that takes all traffic on rollback
   * @param canary the subset being promoted
   * @param step the percentage moved per step, 1-100
   * @param errorRate the canary's current error rate, 0.0-1.0
   * @param maxErrorRate the highest tolerated error rate, 0.0-1.0
   * @param out where each step is reported
   * @return how it ended
   * @throws ValidationException if an argument is missing or out of range
   * @throws SdkException if applying a step fails; the weights of the last applied step stay in place
   */
  public static CanaryProgression.Outcome roll(MeshClient mesh, String meshId, CanaryRelease start, String stable,
      String canary, int step, DoubleSupplier errorRate, double maxErrorRate, PrintStream out) {
    if (mesh == null || meshId == null) {
      throw new ValidationException("progressiveCanary", "mesh and meshId must be given");
    }
    return new CanaryProgression(p -> mesh.applyPolicy(meshId, p), errorRate, maxErrorRate, out)
        .run(start, stable, canary, step);
  }

  private static String demoMesh(MeshClient mesh, PrintStream out) {
    String id = mesh.createMesh(c -> c.name("canary-demo").vpcId("vpc-sim-hangzhou").vSwitch("vsw-sim-hangzhou-h")
        .apiServerPublicEip(true)).id();
    mesh.waiters().untilRunning(id, MESH_WAIT);
    out.println("created mesh " + id + " in the embedded simulator");
    return id;
  }

  /**
   * Stands in for your metrics: under 1% errors, or 20% from the third reading on when failing.
   *
   * @param failing whether the canary should fail
   * @return the error rate source
   */
  static DoubleSupplier simulatedErrorRate(boolean failing) {
    Random random = new Random(42);
    int[] readings = {0};
    return () -> failing && ++readings[0] >= 3 ? 0.2 : random.nextDouble() * 0.01;
  }

  private static double rate(String text) {
    try {
      double rate = Double.parseDouble(text);
      if (rate >= 0 && rate <= 1) {
        return rate;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new ValidationException("--max-error-rate", "must be a number from 0.0 to 1.0, was \"" + text + "\"");
  }
}
