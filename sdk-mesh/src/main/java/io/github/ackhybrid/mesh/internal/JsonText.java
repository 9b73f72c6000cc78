package io.github.ackhybrid.mesh.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.mesh.LocalityLbConfig;
import io.github.ackhybrid.mesh.model.IngressMatch;
import io.github.ackhybrid.mesh.model.LaneMatch;
import io.github.ackhybrid.mesh.model.LaneService;
import io.github.ackhybrid.mesh.model.LocalityDistribution;
import io.github.ackhybrid.mesh.model.LocalityFailover;
import io.github.ackhybrid.mesh.model.WeightedIngressRule;
import java.util.ArrayList;
import java.util.List;

/**
 * The one converter for ASM's JSON-inside-a-string values: it writes the compact JSON text that
 * parameters such as {@code VSwitches}, {@code LocalityLBConf}, {@code ServicesList} and
 * {@code WeightedIngressRule} carry, and reads such text (or plain JSON, when the service sends
 * it unquoted) back into trees.
 */
final class JsonText {
  private JsonText() {}

  /** Writes strings as a JSON array: {@code ["vsw-1","vsw-2"]}. */
  static String stringArray(List<String> values) {
    ArrayNode array = Json.mapper().createArrayNode();
    values.forEach(array::add);
    return write(array);
  }

  /** Writes lane services as the JSON array of {@code clusterName/clusterId/namespace/name} paths. */
  static String laneServices(List<LaneService> services) {
    List<String> paths = new ArrayList<>(services.size());
    services.forEach(s -> paths.add(s.path()));
    return stringArray(paths);
  }

  /**
   * Writes {@code LocalityLBConf}: {@code {"failover":[{"from":..,"to":..}]}} or
   * {@code {"distribute":[{"from":..,"to":{locality:weight}}]}}, in the order given.
   */
  static String localityLbConf(LocalityLbConfig config) {
    ObjectNode root = Json.mapper().createObjectNode();
    if (!config.failover().isEmpty()) {
      ArrayNode failover = root.putArray("failover");
      for (LocalityFailover f : config.failover()) {
        failover.addObject().put("from", f.from()).put("to", f.to());
      }
    } else {
      ArrayNode distribute = root.putArray("distribute");
      for (LocalityDistribution d : config.distribute()) {
        ObjectNode entry = distribute.addObject().put("from", d.from());
        ObjectNode to = entry.putObject("to");
        d.to().forEach(to::put);
      }
    }
    return write(root);
  }

  /**
   * Writes {@code WeightedIngressRule}:
   * {@code {"Domains":[..],"MatchRequests":[{"URI":{"MatchingMode":..,"MatchingContent":..},"Headers":[{"Name":..,...}]}]}}.
   */
  static String weightedIngressRule(WeightedIngressRule rule) {
    ObjectNode root = Json.mapper().createObjectNode();
    ArrayNode domains = root.putArray("Domains");
    rule.domains().forEach(domains::add);
    ArrayNode matches = root.putArray("MatchRequests");
    for (IngressMatch m : rule.conditions()) {
      ObjectNode match = matches.addObject();
      m.uri().ifPresent(uri -> laneMatch(match.putObject("URI"), uri));
      if (!m.headers().isEmpty()) {
        ArrayNode headers = match.putArray("Headers");
        m.headers().forEach((name, value) -> laneMatch(headers.addObject().put("Name", name), value));
      }
    }
    return write(root);
  }

  private static void laneMatch(ObjectNode node, LaneMatch match) {
    node.put("MatchingMode", match.mode().wireValue()).put("MatchingContent", match.content());
  }

  /**
   * Reads a value that may be JSON text inside a string, or JSON sent as is. Null, blank or
   * unreadable text gives a missing node, so a malformed optional field never fails a whole answer.
   */
  static JsonNode tree(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return MissingNode.getInstance();
    }
    if (!value.isTextual()) {
      return value;
    }
    String text = value.asText().trim();
    if (text.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      JsonNode parsed = Json.mapper().readTree(text);
      return parsed == null ? MissingNode.getInstance() : parsed;
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  /** Reads the strings of a JSON array (itself possibly inside a string); other shapes give an empty list. */
  static List<String> strings(JsonNode value) {
    JsonNode array = tree(value);
    List<String> out = new ArrayList<>();
    if (array.isArray()) {
      for (JsonNode item : array) {
        if (item.isValueNode() && !item.isNull() && !item.asText().isEmpty()) {
          out.add(item.asText());
        }
      }
    }
    return out;
  }

  private static String write(JsonNode node) {
    try {
      return Json.mapper().writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be written", e);
    }
  }
}
