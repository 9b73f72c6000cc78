package io.github.ackhybrid.nodepool.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Decoders;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.ResponseDecoder;
import io.github.ackhybrid.nodepool.internal.Answers.Answered;
import io.github.ackhybrid.nodepool.model.NodePool;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Decoders for the node pool answers that need more than binding a type. */
final class PoolDecoders {
  private static final ObjectReader TREE = Json.reader(JsonNode.class);
  private static final ObjectReader POOL = Json.reader(NodePool.class);

  private PoolDecoders() {}

  /** One pool at the top level of the body, its raw JSON kept for read-modify-write. */
  static ResponseDecoder<NodePool> pool() {
    return (body, metadata) -> pool(TREE.readTree(body));
  }

  /** {@code {"nodepools": [...]}}, each pool's raw JSON kept. */
  static ResponseDecoder<List<NodePool>> pools() {
    return (body, metadata) -> {
      JsonNode tree = TREE.readTree(body);
      JsonNode array = tree == null ? null : tree.get("nodepools");
      List<NodePool> pools = new ArrayList<>();
      if (array != null && array.isArray()) {
        for (JsonNode element : array) {
          pools.add(pool(element));
        }
      }
      return List.copyOf(pools);
    };
  }

  /**
   * A JSON object bound to a type, with the response metadata; an empty body reads as an empty
   * object, because some task envelopes (a 204, an empty 200) carry nothing but the request id header.
   */
  static <T> ResponseDecoder<Answered<T>> lenient(Class<T> type) {
    ObjectReader reader = Json.reader(type);
    ResponseDecoder<JsonNode> tree = Decoders.tree();
    return (body, metadata) -> new Answered<>(reader.readValue(tree.decode(body, metadata)), metadata);
  }

  /** The body as text, with the metadata. */
  static ResponseDecoder<Answered<String>> text() {
    ResponseDecoder<String> text = Decoders.text();
    return (body, metadata) -> new Answered<>(text.decode(body, metadata), metadata);
  }

  private static NodePool pool(JsonNode node) throws IOException {
    if (!(node instanceof ObjectNode)) {
      throw new JsonParseException(null, "a node pool must be a JSON object, was " + (node == null ? "nothing"
          : node.getNodeType()));
    }
    NodePool bound = POOL.readValue(node);
    return NodePool.builder().from(bound).rawJson(Json.mapper().writeValueAsString(node)).build();
  }
}
