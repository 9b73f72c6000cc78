package io.github.ackhybrid.testing;

import io.github.ackhybrid.core.exception.ValidationException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the simulator as a standalone server until the process is killed:
 *
 * <pre>
 * java -cp &lt;sdk-testing jar and its dependencies&gt; io.github.ackhybrid.testing.SimulatorMain \
 *     [--port N] [--access-key-id ID --access-key-secret SECRET] [--speed X]
 * mvn -q -pl examples -am compile exec:java -Dexec.mainClass=io.github.ackhybrid.testing.SimulatorMain -Dexec.args="--port 8080"
 * </pre>
 *
 * The first line on standard output is {@code CloudSimulator listening on http://127.0.0.1:<port>};
 * scripts wait for it. Without {@code --access-key-id} the simulator accepts
 * {@value CloudSimulator#DEFAULT_ACCESS_KEY_ID} / {@value CloudSimulator#DEFAULT_ACCESS_KEY_SECRET}.
 * The default speed is the demo speed, {@value CloudSimulator#DEMO_SPEED}. {@code --help} prints the
 * options and exits with status 0; bad arguments print the usage to standard error and exit with
 * status 2.
 */
public final class SimulatorMain {
  private static final String USAGE = "usage: SimulatorMain [--port N] [--access-key-id ID --access-key-secret SECRET]"
      + " [--speed X]";
  private static final String HELP = String.join(System.lineSeparator(), USAGE,
      "Serves the ACK, ASM, BSS and Kubernetes APIs in process on loopback until stopped (Ctrl+C).",
      "  --port N                  the loopback port (default: a free one, printed on the first line)",
      "  --access-key-id ID        the AccessKey ID to accept, with --access-key-secret (default: "
          + CloudSimulator.DEFAULT_ACCESS_KEY_ID + ")",
      "  --access-key-secret SECRET  the AccessKey secret that goes with --access-key-id",
      "  --speed X                 simulated seconds per real second (default: the demo speed, "
          + CloudSimulator.DEMO_SPEED + ")",
      "  -h, --help                print this help and exit",
      "Exit status: 0 after --help; 2 on a bad argument.");

  private SimulatorMain() {}

  /**
   * Starts the simulator and serves until the process ends.
   *
   * @param args the command-line arguments
   * @throws InterruptedException if the main thread is interrupted while serving
   */
  public static void main(String[] args) throws InterruptedException {
    if (wantsHelp(args)) {
      System.out.println(HELP);
      return;
    }
    CloudSimulator simulator;
    try {
      simulator = start(args, System.out);
    } catch (IllegalArgumentException | ValidationException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "simulator-shutdown"));
    new CountDownLatch(1).await();
  }

  /**
   * Parses the arguments, starts the simulator and prints the listening line first.
   *
   * @param args the command-line arguments
   * @param out where to print
   * @return the running simulator
   * @throws IllegalArgumentException if an argument is unknown or lacks its value
   * @throws ValidationException if a value is invalid
   */
  static CloudSimulator start(String[] args, PrintStream out) {
    CloudSimulator.Builder builder = CloudSimulator.builder().demoSpeed();
    String id = null;
    String secret = null;
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + option);
      }
      String value = args[++i];
      switch (option) {
        case "--port":
          builder.port(number(option, value));
          break;
        case "--access-key-id":
          id = value;
          break;
        case "--access-key-secret":
          secret = value;
          break;
        case "--speed":
          try {
            builder.speed(Double.parseDouble(value));
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--speed needs a number, was \"" + value + "\"");
          }
          break;
        default:
          throw new IllegalArgumentException("unknown option " + option);
      }
    }
    if ((id == null) != (secret == null)) {
      throw new IllegalArgumentException("--access-key-id and --access-key-secret go together");
    }
    if (id != null) {
      builder.accessKey(id, secret);
    }
    CloudSimulator simulator = builder.start();
    out.println("CloudSimulator listening on " + simulator.endpoint());
    out.println("AccessKey ID: " + (id == null ? CloudSimulator.DEFAULT_ACCESS_KEY_ID : id)
        + ", region " + CloudSimulator.REGION + ", speed " + simulator.clock().speed() + "x; stop with Ctrl+C");
    out.flush();
    return simulator;
  }

  /**
   * Tells whether the arguments ask for help instead of a server.
   *
   * @param args the command-line arguments
   * @return whether {@code --help} or {@code -h} is among them
   */
  static boolean wantsHelp(String[] args) {
    for (String arg : args) {
      if ("--help".equals(arg) || "-h".equals(arg)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the help text {@code --help} prints: the usage line, each option with its default and
   * the exit statuses.
   *
   * @return the help text
   */
  static String help() {
    return HELP;
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " needs a number, was \"" + value + "\"");
    }
  }
}
