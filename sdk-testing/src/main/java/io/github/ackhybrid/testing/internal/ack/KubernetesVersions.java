package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.util.List;
import java.util.Optional;

/**
 * The Kubernetes versions the simulated ACK offers, newest last, as
 * {@code DescribeKubernetesVersionMetadata} reports them ({@code version}, {@code release_date},
 * {@code expiration_date}, {@code creatable}, {@code upgradable_versions}, images, runtimes). The
 * dates and patch levels are the simulator's own; hybrid node pools need 1.33 or later.
 */
final class KubernetesVersions {
  /** One offered version. */
  record Version(String version, String releaseDate, String expirationDate, boolean creatable) {}

  static final List<Version> VERSIONS = List.of(
      new Version("1.31.9-aliyun.1", "2025-01-15T00:00:00Z", "2026-07-31T00:00:00Z", false),
      new Version("1.32.7-aliyun.1", "2025-05-20T00:00:00Z", "2026-11-30T00:00:00Z", true),
      new Version("1.33.3-aliyun.1", "2025-09-10T00:00:00Z", "2027-03-31T00:00:00Z", true),
      new Version("1.34.1-aliyun.1", "2026-01-12T00:00:00Z", "2027-07-31T00:00:00Z", true));

  private KubernetesVersions() {}

  static Optional<Version> find(String version) {
    return VERSIONS.stream().filter(v -> v.version().equals(version)).findFirst();
  }

  static Version latestCreatable() {
    Version latest = null;
    for (Version v : VERSIONS) {
      if (v.creatable()) {
        latest = v;
      }
    }
    return latest;
  }

  /** Returns the next creatable version after {@code current}, or empty at the newest. */
  static Optional<String> next(String current) {
    boolean seen = false;
    for (Version v : VERSIONS) {
      if (seen && v.creatable()) {
        return Optional.of(v.version());
      }
      seen |= v.version().equals(current);
    }
    return Optional.empty();
  }

  static ObjectNode metadata(Version version) {
    ObjectNode node = Json.mapper().createObjectNode();
    node.put("version", version.version());
    node.put("release_date", version.releaseDate());
    node.put("expiration_date", version.expirationDate());
    node.put("creatable", version.creatable());
    ArrayNode upgradable = node.putArray("upgradable_versions");
    boolean seen = false;
    for (Version v : VERSIONS) {
      if (seen && v.creatable()) {
        upgradable.add(v.version());
      }
      seen |= v == version;
    }
    ObjectNode capabilities = node.putObject("capabilities");
    capabilities.put("AnyAZ", true);
    capabilities.put("ChargeType", "PostPaid");
    ArrayNode images = node.putArray("images");
    image(images, "aliyun_3_x64_20G_alibase_20250629.vhd", "Alibaba Cloud Linux 3.2104", "AliyunLinux3", "x86_64");
    image(images, "aliyun_3_arm64_20G_alibase_20250629.vhd", "Alibaba Cloud Linux 3.2104 ARM", "AliyunLinux3Arm64",
        "arm64");
    ObjectNode runtime = node.putArray("runtimes").addObject();
    runtime.put("name", "containerd");
    runtime.put("version", "1.6.38");
    ObjectNode meta = node.putObject("meta_data");
    meta.put("KubernetesVersion", version.version());
    return node;
  }

  private static void image(ArrayNode images, String id, String name, String type, String architecture) {
    ObjectNode image = images.addObject();
    image.put("image_id", id);
    image.put("image_name", name);
    image.put("platform", "AliyunLinux");
    image.put("os_version", "3");
    image.put("image_type", type);
    image.put("os_type", "Linux");
    image.put("image_category", "system");
    image.put("architecture", architecture);
  }
}
