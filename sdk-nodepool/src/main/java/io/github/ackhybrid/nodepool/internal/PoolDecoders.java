package io.github.ackhybrid.nodepool.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ackhybrid.core.internal.Decoders;
import io.github.ackhybrid.core.internal.Json;
import io.github.ackhybrid.core.internal.ResponseDecoder;
import io.github.ackhybrid.nodepool.internal.Answers.Answered;
import io.github.ackhybrid.nodepool.model.NodePool;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Decoders for the node pool answers that need more than binding a type. A pool is bound in one
 * streaming pass over the answer's bytes, and keeps the byte range it came from as its raw JSON
 * for read-modify-write: no tree, no second serialization.
 */
final class PoolDecoders {
  private static final ObjectReader POOL = Json.reader(NodePool.class);

  private PoolDecoders() {}

  /** One pool at the top level of the body, its raw JSON kept for read-modify-write. */
  static ResponseDecoder<NodePool> pool() {
    return (body, metadata) -> {
      byte[] bytes = body.readAllBytes();
      try (JsonParser parser = POOL.createParser(bytes)) {
        return pool(parser, bytes, parser.nextToken());
      }
    };
  }

  /** {@code {"nodepools": [...]}}, each pool's raw JSON kept. */
  static ResponseDecoder<List<NodePool>> pools() {
    return (body, metadata) -> {
      byte[] bytes = body.readAllBytes();
      List<NodePool> pools = new ArrayList<>();
      try (JsonParser parser = POOL.createParser(bytes)) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
          return List.of();
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          boolean isPools = "nodepools".equals(parser.currentName());
          if (parser.nextToken() == JsonToken.START_ARRAY && isPools) {
            for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
              pools.add(pool(parser, bytes, t));
            }
          } else {
            parser.skipChildren();
          }
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

  /** The attach script, unquoted and checked whole ({@link ScriptText#command}); a partial one is malformed. */
  static ResponseDecoder<Answered<String>> script() {
    ResponseDecoder<String> text = Decoders.text();
    return (body, metadata) -> new Answered<>(ScriptText.command(text.decode(body, metadata)), metadata);
  }

  /** Binds the pool that starts at the parser's current token and notes where its bytes lie. */
  private static NodePool pool(JsonParser parser, byte[] bytes, JsonToken start) throws IOException {
    if (start != JsonToken.START_OBJECT) {
      throw new JsonParseException(parser, "a node pool must be a JSON object, was "
          + (start == null ? "nothing" : start.asString() == null ? start.name() : start.asString()));
    }
    int from = (int) parser.currentTokenLocation().getByteOffset();
    NodePool bound = POOL.readValue(parser);
    int to = (int) parser.currentLocation().getByteOffset();
    return NodePool.builder().from(bound).rawJsonText(new Utf8Slice(bytes, from, to - from)).build();
  }
}
