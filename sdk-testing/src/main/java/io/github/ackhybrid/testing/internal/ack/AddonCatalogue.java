package io.github.ackhybrid.testing.internal.ack;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The add-ons the simulator knows, with the version it installs by default. Names follow the ACK
 * console; {@code node-local-dns} is accepted beside the console's {@code ack-node-local-dns}.
 * The versions are the simulator's own, not a promise about the cloud's catalogue.
 */
final class AddonCatalogue {
  /** One add-on: its name, default version, and whether it is a cluster network plugin. */
  record Addon(String name, String version, boolean networkPlugin) {}

  /** The control-plane half of Terway Hybrid, which {@link #TERWAY_HYBRID} needs installed first. */
  static final String TERWAY_HYBRID_CONTROLPLANE = "terway-hybrid-controlplane";
  /** The data-plane half of Terway Hybrid. */
  static final String TERWAY_HYBRID = "terway-hybrid";
  /** The network plugin that needs {@code container_cidr}. */
  static final String FLANNEL = "flannel";

  private static final Map<String, Addon> ADDONS = new LinkedHashMap<>();

  static {
    add(FLANNEL, "v0.15.1.23-9e3f4e2-aliyun", true);
    add("terway-eniip", "v1.13.4", true);
    add("terway-eni", "v1.13.4", true);
    add(TERWAY_HYBRID_CONTROLPLANE, "v1.0.3", false);
    add(TERWAY_HYBRID, "v1.0.3", false);
    add("node-local-dns", "1.5.9", false);
    add("ack-node-local-dns", "1.5.9", false);
    add("coredns", "v1.11.3.2-f57ea7ed6-aliyun", false);
    add("csi-plugin", "v1.33.1-67e8986-aliyun", false);
    add("csi-provisioner", "v1.33.1-67e8986-aliyun", false);
    add("metrics-server", "v0.3.9.7-0b8f3a5-aliyun", false);
    add("nginx-ingress-controller", "v1.11.4-aliyun.1", false);
    add("logtail-ds", "v1.8.0.0-aliyun", false);
    add("ack-node-problem-detector", "1.2.24", false);
    add("arms-prometheus", "1.1.29", false);
    add("security-inspector", "0.14.0.0-aliyun", false);
    add("cloud-node-controller", "v2.9.2", false);
    add("alicloud-monitor-controller", "v1.8.4-aliyun", false);
  }

  private AddonCatalogue() {}

  private static void add(String name, String version, boolean networkPlugin) {
    ADDONS.put(name, new Addon(name, version, networkPlugin));
  }

  static Optional<Addon> find(String name) {
    return Optional.ofNullable(ADDONS.get(name));
  }
}
