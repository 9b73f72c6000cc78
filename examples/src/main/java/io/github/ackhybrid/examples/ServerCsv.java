package io.github.ackhybrid.examples;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a list of servers from CSV lines {@code hostname,ip[,labels]}, where labels are
 * {@code key=value} pairs separated by {@code ;} (a comma already separates the columns). Blank
 * lines, lines starting with {@code #} and a first line starting with {@code hostname} are skipped.
 * Every line is checked, and every problem is kept with its line number, so one run reports them
 * all.
 *
 * <pre>
 * hostname,ip,labels
 * idc-gpu-01,10.20.0.11,rack=a1;gpu=a100
 * idc-gpu-02,10.20.0.12
 * </pre>
 *
 * <p>A server's labels travel in {@link ServerSpec#attributes()} as {@code label.<key>}: hybrid
 * nodes get their pool's labels from ACK, and per-server labels are for your runner to apply (for
 * example with {@code kubectl label node}) once the node has joined.
 */
final class ServerCsv {
  /** The prefix of a server attribute that holds a node label. */
  static final String LABEL_ATTRIBUTE = "label.";

  private final List<ServerSpec> servers;
  private final List<String> errors;

  private ServerCsv(List<ServerSpec> servers, List<String> errors) {
    this.servers = servers;
    this.errors = errors;
  }

  /**
   * Parses the lines of a CSV file.
   *
   * @param lines the file's lines
   * @return the servers of the valid lines and one message per invalid line
   */
  static ServerCsv parse(List<String> lines) {
    List<ServerSpec> servers = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    Map<String, Integer> seenNames = new HashMap<>();
    Map<String, Integer> seenAddresses = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      int number = i + 1;
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")
          || (servers.isEmpty() && errors.isEmpty() && line.toLowerCase(Locale.ROOT).startsWith("hostname"))) {
        continue;
      }
      try {
        ServerSpec server = server(line);
        String name = server.name().toLowerCase(Locale.ROOT);
        String address = server.address().orElseThrow();
        if (seenNames.containsKey(name)) {
          throw new ValidationException("hostname", "repeats line " + seenNames.get(name) + ": " + server.name());
        }
        if (seenAddresses.containsKey(address)) {
          throw new ValidationException("ip", "repeats line " + seenAddresses.get(address) + ": " + address);
        }
        seenNames.put(name, number);
        seenAddresses.put(address, number);
        servers.add(server);
      } catch (ValidationException e) {
        errors.add("line " + number + ": " + e.getMessage());
      }
    }
    return new ServerCsv(List.copyOf(servers), List.copyOf(errors));
  }

  /** Returns the servers of the valid lines, in file order. */
  List<ServerSpec> servers() {
    return servers;
  }

  /** Returns one message per invalid line, such as {@code line 3: ip must be an IPv4 or IPv6 address}. */
  List<String> errors() {
    return errors;
  }

  private static ServerSpec server(String line) {
    String[] columns = line.split(",", -1);
    if (columns.length < 2 || columns.length > 3) {
      throw new ValidationException("line", "must be hostname,ip[,labels], had " + columns.length + " columns");
    }
    String ip = columns[1].strip();
    if (ip.isEmpty()) {
      throw new ValidationException("ip", "is missing");
    }
    ServerSpec.Builder server = ServerSpec.builder().name(columns[0].strip()).address(ip);
    if (columns.length == 3) {
      labels(columns[2].strip()).forEach((key, value) -> server.putAttribute(LABEL_ATTRIBUTE + key, value));
    }
    return server.build();
  }

  private static Map<String, String> labels(String text) {
    Map<String, String> labels = new LinkedHashMap<>();
    if (text.isEmpty()) {
      return labels;
    }
    for (String pair : text.split(";", -1)) {
      int eq = pair.indexOf('=');
      String key = eq < 0 ? pair.strip() : pair.substring(0, eq).strip();
      String value = eq < 0 ? "" : pair.substring(eq + 1).strip();
      if (eq < 0) {
        throw new ValidationException("labels", "must be key=value pairs separated by ';' with Kubernetes label keys,"
            + " was \"" + pair + "\"");
      }
      KubernetesNames.labelKey(key, "labels");
      KubernetesNames.labelValue(value, "labels." + key);
      if (labels.putIfAbsent(key, value) != null) {
        throw new ValidationException("labels." + key, "is given twice");
      }
    }
    return labels;
  }
}
