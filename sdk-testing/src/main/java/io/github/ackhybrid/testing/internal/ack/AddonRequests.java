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
