package io.github.ackhybrid.testing.internal.ack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.testing.internal.ApiError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code Addon} entries of {@code CreateCluster.addons} and the
 * {@code InstallClusterAddons} body: {@code name} from the catalogue, optional {@code version},
 * {@code config} as JSON <em>text</em> holding an object (sending an object instead is the classic
 * mistake, answered 400), optional {@code disabled}.
 */
final class AddonRequests {
  private static final String HYBRID_POD_CIDR = "HybridPodCIDR";

  private AddonRequests() {}

  static List<ObjectNode> parse(JsonNode items, String field) {
    List<ObjectNode> addons = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String where = field + "[" + i + "]";
      if (!item.isObject()) {
        throw ApiError.invalidParameter(where + " must be an object with name, version and config.");
      }
      String name = Fields.text(item, "name").orElseThrow(() -> ApiError.missingParameter(where + ".name"));
      AddonCatalogue.Addon known = AddonCatalogue.find(name)
          .orElseThrow(() -> ApiError.invalidParameter(where + ".name " + name + " is not a known add-on."));
      JsonNode config = item.get("config");
      String configText = "";
      if (config != null && !config.isNull()) {
        if (!config.isTextual()) {
          throw ApiError.invalidParameter(where + ".config must be a string holding JSON, not a JSON "
              + config.getNodeType().toString().toLowerCase(java.util.Locale.ROOT) + ".");
        }
        configText = config.textValue();
        checkConfig(where, configText);
      }
      ObjectNode addon = Json.mapper().createObjectNode();
      addon.put("name", name);
      addon.put("version", Fields.text(item, "version").orElse(known.version()));
      addon.put("config", configText);
      addon.put("disabled", Fields.bool(item, "disabled").orElse(false));
      addons.add(addon);
    }
    return addons;
  }

  /**
   * Checks the hybrid pod block of a {@code terway-hybrid-controlplane} configuration
   * ({@code HybridPodCIDR}): a CIDR block clear of the cluster's pod and Service blocks, as the
   * Terway Hybrid guide requires (ack-cs-api.md §5.1). The guide names the setting but not its key;
   * the key is the one the SDK sends.
   */
  static void checkHybridPodCidr(List<ObjectNode> addons, JsonNode cluster) {
    for (ObjectNode addon : addons) {
      String text = addon.path("config").asText("");
      if (!addon.path("name").asText().equals(AddonCatalogue.TERWAY_HYBRID_CONTROLPLANE) || text.isBlank()) {
        continue;
      }
      JsonNode block;
      try {
        block = Json.mapper().readTree(text).get(HYBRID_POD_CIDR);
      } catch (IOException e) {
        throw ApiError.invalidParameter("The terway-hybrid-controlplane config is not valid JSON text.");
      }
      if (block == null || block.isNull()) {
        continue;
      }
      String field = "terway-hybrid-controlplane config " + HYBRID_POD_CIDR;
      ClusterBodies.checkCidr(field, block.asText());
      for (String other : List.of("container_cidr", "service_cidr")) {
        String used = cluster.path(other).asText("");
        if (!used.isEmpty() && ClusterBodies.overlap(block.asText(), used)) {
          throw ApiError.invalidParameter(field + " " + block.asText() + " overlaps the cluster's " + other + " "
              + used + ".");
        }
      }
    }
  }

  private static void checkConfig(String where, String text) {
    if (text.isBlank()) {
      return;
    }
    JsonNode parsed;
    try {
      parsed = Json.mapper().readTree(text);
    } catch (IOException e) {
      throw ApiError.invalidParameter(where + ".config is not valid JSON text.");
    }
    if (parsed == null || !parsed.isObject()) {
      throw ApiError.invalidParameter(where + ".config must hold a JSON object.");
    }
  }
}
