package io.github.ackhybrid.examples;

import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.IstioApiVersion;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.DoubleSupplier;

/**
 * Progressive canary with automatic rollback: moves {@code reviews} from v1 to v2 in 10% steps and
 * rolls back to v1 when the error rate passes 5%.
 *
 * <p>Each step's Istio resources are rendered, which checks the policy, and the error rate is
 * simulated (pass {@code --failing} to see a rollback). The SDK's {@code MeshClient} cannot apply
 * traffic policies yet; once it can, pass {@code p -> mesh.applyPolicy(meshId, p)} as the apply
 * function and a query to your metrics system as the error rate.
 *
 * <p>Exits with 0 when the canary was promoted, 2 when it was rolled back, 1 on any failure.
 */
public final class ProgressiveCanary {
  private ProgressiveCanary() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args {@code [--failing]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Runs the example, printing to {@code out}.
   *
   * @param args the command-line arguments
   * @param out where to print the steps
   * @return 0 when promoted, 2 when rolled back, 1 on failure
   */
  public static int run(String[] args, PrintStream out) {
    List<String> options = Arrays.asList(args);
    CanaryRelease start = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
    DoubleSupplier errorRate = simulatedErrorRate(options.contains("--failing"));
    try {
      CanaryProgression.Outcome outcome = new CanaryProgression(
          p -> p.render(IstioApiVersion.defaultVersion()), errorRate, 0.05, out).run(start, "v1", "v2", 10);
      out.println("canary " + outcome);
      return outcome == CanaryProgression.Outcome.PROMOTED ? 0 : 2;
    } catch (SdkException e) {
      out.println("Canary failed: " + e.getMessage());
      return 1;
    }
  }

  private static DoubleSupplier simulatedErrorRate(boolean failing) {
    Random random = new Random(42);
    int[] calls = {0};
    return () -> failing && ++calls[0] >= 3 ? 0.2 : random.nextDouble() * 0.01;
  }
}
