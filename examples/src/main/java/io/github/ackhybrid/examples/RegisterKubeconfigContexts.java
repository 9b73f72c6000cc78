package io.github.ackhybrid.examples;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.model.ClusterCreation;
import io.github.ackhybrid.core.exception.SdkException;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubeContext;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.testing.CloudSimulator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Registers every context of a kubeconfig file as an ACK registered cluster and writes each
 * cluster's agent manifest next to the file, as {@code <cluster name>-agent.yaml}; apply each one
 * with {@code kubectl --context <context> apply -f <manifest>}.
 *
 * <p>By default it registers into the embedded {@link CloudSimulator}. With {@code --real} it uses
 * the default credentials chain, and {@code --region} and {@code --endpoint} as described in
 * {@link CloudTarget}.
 *
 * <p>Exits with 0 when every context was registered, 1 on any failure, including bad arguments and
 * missing credentials.
 */
public final class RegisterKubeconfigContexts {
  private static final int MAX_NAME = 63;
  private static final String USAGE = "usage: RegisterKubeconfigContexts KUBECONFIG_FILE [--real [--region R] [--endpoint URL]]";
  private static final String HELP = CommandLine.help(USAGE,
      List.of(
          "Registers every context of the kubeconfig file as an ACK registered cluster (named after the context)",
          "and writes each cluster's agent manifest next to the file as <cluster name>-agent.yaml; apply each with",
          "kubectl --context <context> apply -f <manifest>. By default it registers into an embedded simulator."),
      List.of(CloudTarget.HELP),
      "Exit status: 0 every context was registered, 1 bad arguments, no credentials or a failed call.");

  private RegisterKubeconfigContexts() {}

  /**
   * Runs the example and exits with its status.
   *
   * @param args {@code KUBECONFIG_FILE [--real [--region R] [--endpoint URL]]}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out));
  }

  /**
   * Registers the contexts of the kubeconfig named by the first argument, printing to {@code out}.
   *
   * @param args the command-line arguments
   * @param out where to print each registration
   * @return 0 on success, 1 on failure
   */
  public static int run(String[] args, PrintStream out) {
    if (CommandLine.wantsHelp(args)) {
      out.println(HELP);
      return 0;
    }
    CommandLine command;
    try {
      command = CommandLine.parse(args, CloudTarget.FLAGS, CloudTarget.OPTIONS);
      if (command.positional().size() != 1) {
        throw new ValidationException("KUBECONFIG_FILE", "must be given, once");
      }
    } catch (ValidationException e) {
      out.println(e.getMessage());
      out.println(USAGE);
      return 1;
    }
    Path file = Path.of(command.positional().get(0));
    try (CloudTarget target = CloudTarget.open(command, CloudSimulator::start);
        ClusterClient clusters = ClusterClient.create(target.config())) {
      Kubeconfig kubeconfig = Kubeconfig.read(file);
      List<String> registered = new ArrayList<>();
      for (String contextName : kubeconfig.contexts()) {
        KubeContext context = kubeconfig.context(contextName);
        String name = clusterName(contextName);
        ClusterCreation created = clusters.registerCluster(r -> r.name(name));
        Path manifest = clusters.agentManifest(created.id())
            .writeTo(file.toAbsolutePath().resolveSibling(name + "-agent.yaml"));
        out.printf(Locale.ROOT, "%s (%s) -> %s, agent manifest %s%n", contextName, context.server(), created.id(), manifest);
        registered.add(created.id());
      }
      out.println("registered " + registered.size() + " clusters");
      return 0;
    } catch (SdkException e) {
      out.println("Registration failed: " + e.getMessage());
      return 1;
    }
  }

  /**
   * Turns a context name such as {@code kubernetes-admin@idc} into a valid cluster name such as
   * {@code kubernetes-admin-idc}: letters, digits and hyphens, at most 63 characters.
   */
  static String clusterName(String contextName) {
    String name = contextName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-").replaceAll("^-+", "");
    name = name.substring(0, Math.min(MAX_NAME, name.length())).replaceAll("-+$", "");
    return name.isEmpty() ? "cluster" : name;
  }
}
