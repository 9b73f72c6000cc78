package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.ApiError;
import io.github.ackhybrid.testing.internal.Ids;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code CreateCluster} body into the cluster's {@code DescribeClusterDetail} JSON, checking
 * what ACK checks before anything is created: the name (1-63 letters, digits and hyphens, not
 * starting with a hyphen), region, cluster type, profile, spec and version, VPC, vSwitch and
 * security group ids, CIDR blocks (well formed, pod and service ranges apart), tags, and add-ons
 * (a managed cluster needs a network plugin; flannel needs {@code container_cidr}). Missing
 * required fields answer 400 {@code MissingParameter}, bad values 400 {@code InvalidParameter}.
 */
final class ClusterBodies {
  /** A checked {@code CreateCluster} body. */
  record Created(String name, String region, boolean registered, ObjectNode json, List<ObjectNode> addons,
      boolean publicEndpoint) {}

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,62}");
  private static final Pattern REGION = Pattern.compile("[a-z]+(-[a-z0-9]+)+");
  private static final Pattern CIDR = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})/(\\d{1,2})");
  private static final Set<String> PROFILES = Set.of("Default", "Edge", "Serverless", "Lingjun");
  private static final Set<String> SPECS = Set.of("ack.pro.small", "ack.standard");

  private ClusterBodies() {}

  static Created create(JsonNode body, String defaultResourceGroup) {
    if (!body.isObject()) {
      throw ApiError.invalidParameter("The request body must be a JSON object.");
    }
    String name = checkName("name", Fields.requiredText(body, "name"));
    String region = Fields.requiredText(body, "region_id");
    if (!REGION.matcher(region).matches()) {
      throw ApiError.invalidParameter("region_id must be a region id such as cn-hangzhou, was \"" + region + "\".");
    }
    String type = Fields.requiredText(body, "cluster_type");
    boolean registered;
    switch (type) {
      case "ExternalKubernetes":
        registered = true;
        break;
      case "ManagedKubernetes":
        registered = false;
        break;
      case "Kubernetes":
        throw ApiError.invalidParameter("cluster_type Kubernetes (ACK dedicated) can no longer be created;"
            + " use ManagedKubernetes.");
      default:
        throw ApiError.invalidParameter("cluster_type must be ManagedKubernetes or ExternalKubernetes, was \""
            + type + "\".");
    }
    ObjectNode json = registered ? registeredJson(body) : managedJson(body);
    List<ObjectNode> addons = body.has("addons") && !body.get("addons").isNull()
        ? addons(body.get("addons")) : List.of();
    if (!registered) {
      checkNetworkPlugin(addons, json);
    }
    AddonRequests.checkHybridPodCidr(addons, json);
    checkTags(body);
    json.put("name", name);
    json.put("region_id", region);
    json.put("cluster_type", type);
    json.set("tags", body.has("tags") && body.get("tags").isArray() ? body.get("tags").deepCopy()
        : Json.mapper().createArrayNode());
    json.put("deletion_protection", Fields.bool(body, "deletion_protection").orElse(false));
    json.put("resource_group_id", Fields.text(body, "resource_group_id").orElse(defaultResourceGroup));
    json.put("timezone", Fields.text(body, "timezone").orElse("Asia/Shanghai"));
    json.put("cluster_domain", Fields.text(body, "cluster_domain").orElse("cluster.local"));
    return new Created(name, region, registered, json, addons,
        Fields.bool(body, "endpoint_public_access").orElse(false));
  }

  private static ObjectNode registeredJson(JsonNode body) {
    ObjectNode json = Json.mapper().createObjectNode();
    json.put("profile", "");
    json.put("cluster_spec", "");
    json.put("current_version", "");
    json.put("init_version", "");
    json.put("next_version", "");
    network(body, json, false);
    return json;
  }

  private static ObjectNode managedJson(JsonNode body) {
    ObjectNode json = Json.mapper().createObjectNode();
    String profile = Fields.text(body, "profile").orElse("Default");
    if (!PROFILES.contains(profile)) {
      throw ApiError.invalidParameter("profile must be one of Default, Edge, Serverless, Lingjun, was \"" + profile + "\".");
    }
    if (!profile.equals("Default")) {
      throw ApiError.invalidParameter("profile " + profile + " is not served by the simulator; use Default.");
    }
    String spec = Fields.text(body, "cluster_spec").orElse("ack.standard");
    if (!SPECS.contains(spec)) {
      throw ApiError.invalidParameter("cluster_spec must be ack.pro.small or ack.standard, was \"" + spec + "\".");
    }
    String version = Fields.text(body, "kubernetes_version").orElse(KubernetesVersions.latestCreatable().version());
    KubernetesVersions.Version known = KubernetesVersions.find(version).orElseThrow(() -> ApiError.invalidParameter(
        "kubernetes_version " + version + " is not offered; see DescribeKubernetesVersionMetadata."));
    if (!known.creatable()) {
      throw ApiError.invalidParameter("kubernetes_version " + version + " can no longer be created.");
    }
    json.put("profile", profile);
    json.put("cluster_spec", spec);
    json.put("current_version", version);
    json.put("init_version", version);
    json.put("next_version", KubernetesVersions.next(version).orElse(""));
    network(body, json, true);
    ObjectNode window = json.putObject("maintenance_window");
    window.put("enable", false);
    window.put("maintenance_time", "");
    window.put("duration", "");
    window.put("weekly_period", "");
    Fields.object(body, "maintenance_window").ifPresent(given -> window.setAll((ObjectNode) given));
    Fields.object(body, "operation_policy").ifPresent(given -> json.set("operation_policy", given.deepCopy()));
    json.put("worker_ram_role_name", "KubernetesWorkerRole-" + Ids.hex("", 8) + "-" + Ids.hex("", 4));
    json.put("external_loadbalancer_id", Ids.hex("lb-", 20));
    return json;
  }

  private static void network(JsonNode body, ObjectNode json, boolean managed) {
    Optional<String> vpc = Fields.text(body, "vpcid");
    List<String> vswitches = Fields.textList(body, "vswitch_ids");
    if (managed) {
      if (vpc.isEmpty()) {
        throw ApiError.missingParameter("vpcid");
      }
      if (vswitches.isEmpty()) {
        throw ApiError.invalidParameter("vswitch_ids must name at least one vSwitch for a ManagedKubernetes cluster.");
      }
    }
    vpc.ifPresent(v -> checkPrefix("vpcid", v, "vpc-"));
    vswitches.forEach(v -> checkPrefix("vswitch_ids", v, "vsw-"));
    Optional<String> group = Fields.text(body, "security_group_id");
    group.ifPresent(g -> checkPrefix("security_group_id", g, "sg-"));
    Optional<String> pods = Fields.text(body, "container_cidr");
    Optional<String> services = Fields.text(body, "service_cidr");
    pods.ifPresent(c -> checkCidr("container_cidr", c));
    services.ifPresent(c -> checkCidr("service_cidr", c));
    if (pods.isPresent() && services.isPresent() && overlap(pods.get(), services.get())) {
      throw ApiError.invalidParameter("container_cidr " + pods.get() + " overlaps service_cidr " + services.get() + ".");
    }
    String proxyMode = Fields.text(body, "proxy_mode").orElse("ipvs");
    if (!proxyMode.equals("ipvs") && !proxyMode.equals("iptables")) {
      throw ApiError.invalidParameter("proxy_mode must be ipvs or iptables, was \"" + proxyMode + "\".");
    }
    json.put("vpc_id", vpc.orElse(""));
    ArrayNode list = json.putArray("vswitch_ids");
    vswitches.forEach(list::add);
    json.put("vswitch_id", String.join(",", vswitches));
    json.put("security_group_id", group.orElse(managed ? Ids.hex("sg-", 20) : ""));
    json.put("container_cidr", pods.orElse(""));
    json.put("service_cidr", services.orElse(managed ? "172.19.0.0/20" : ""));
    json.put("node_cidr_mask", Fields.text(body, "node_cidr_mask").orElse(managed ? "26" : ""));
    json.put("proxy_mode", proxyMode);
    json.put("ip_stack", Fields.text(body, "ip_stack").orElse("ipv4"));
    json.put("network_mode", "");
    json.put("private_zone", false);
    json.put("zone_id", "");
    json.put("docker_version", "");
  }

  private static List<ObjectNode> addons(JsonNode addons) {
    if (!addons.isArray()) {
      throw ApiError.invalidParameter("addons must be an array of {name, version, config, disabled}.");
    }
    return AddonRequests.parse(addons, "addons");
  }

  private static void checkNetworkPlugin(List<ObjectNode> addons, ObjectNode json) {
    ObjectNode plugin = null;
    for (ObjectNode addon : addons) {
      boolean network = AddonCatalogue.find(addon.path("name").asText()).map(AddonCatalogue.Addon::networkPlugin)
          .orElse(false);
      if (network && !addon.path("disabled").asBoolean()) {
        plugin = addon;
      }
    }
    if (plugin == null) {
      throw ApiError.invalidParameter("addons must include a network plugin (flannel or terway-eniip)"
          + " for a ManagedKubernetes cluster.");
    }
    String name = plugin.path("name").asText();
    if (name.equals(AddonCatalogue.FLANNEL) && json.path("container_cidr").asText().isEmpty()) {
      throw ApiError.invalidParameter("container_cidr is required with the flannel network plugin.");
    }
    json.put("network_mode", name);
  }

  private static void checkTags(JsonNode body) {
    JsonNode tags = body.get("tags");
    if (tags == null || tags.isNull()) {
      return;
    }
    if (!tags.isArray() || tags.size() > 20) {
      throw ApiError.invalidParameter("tags must be an array of at most 20 {key, value} objects.");
    }
    for (JsonNode tag : tags) {
      String key = tag.path("key").asText("");
      String value = tag.path("value").asText("");
      if (!tag.isObject() || key.isEmpty() || key.length() > 64 || value.length() > 128) {
        throw ApiError.invalidParameter("tags must hold {key, value} with a key of 1-64 and a value of"
            + " at most 128 characters.");
      }
      String lower = key.toLowerCase(Locale.ROOT);
      if (lower.startsWith("aliyun") || lower.startsWith("acs:") || lower.startsWith("http://")
          || lower.startsWith("https://")) {
        throw ApiError.invalidParameter("tags key must not start with aliyun, acs:, http:// or https://, was \""
            + key + "\".");
      }
    }
  }

  static String checkName(String field, String name) {
    if (!NAME.matcher(name).matches()) {
      throw ApiError.invalidParameter(field + " must be 1-63 characters of letters, digits and hyphens,"
          + " starting with a letter or digit, was \"" + name + "\".");
    }
    return name;
  }

  private static void checkPrefix(String field, String value, String prefix) {
    if (!value.startsWith(prefix) || value.length() == prefix.length()) {
      throw ApiError.invalidParameter(field + " must hold ids starting with " + prefix + ", was \"" + value + "\".");
    }
  }

  static void checkCidr(String field, String cidr) {
    Matcher m = CIDR.matcher(cidr);
    boolean valid = m.matches() && Integer.parseInt(m.group(5)) <= 32;
    for (int i = 1; valid && i <= 4; i++) {
      valid = Integer.parseInt(m.group(i)) <= 255;
    }
    if (!valid) {
      throw ApiError.invalidParameter(field + " must be an IPv4 CIDR block such as 172.16.0.0/16, was \"" + cidr + "\".");
    }
  }

  static boolean overlap(String a, String b) {
    long[] first = range(a);
    long[] second = range(b);
    return first[0] <= second[1] && second[0] <= first[1];
  }

  private static long[] range(String cidr) {
    Matcher m = CIDR.matcher(cidr);
    m.matches();
    long address = 0;
    for (int i = 1; i <= 4; i++) {
      address = (address << 8) | Long.parseLong(m.group(i));
    }
    int prefix = Integer.parseInt(m.group(5));
    long size = 1L << (32 - prefix);
    long start = address & ~(size - 1) & 0xFFFFFFFFL;
    return new long[] {start, start + size - 1};
  }

  static String masterUrl(String intranet, String internet) {
    ObjectNode url = Json.mapper().createObjectNode();
    url.put("api_server_endpoint", internet);
    url.put("dashboard_endpoint", "");
    url.put("intranet_api_server_endpoint", intranet);
    try {
      return Json.mapper().writeValueAsString(url);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
