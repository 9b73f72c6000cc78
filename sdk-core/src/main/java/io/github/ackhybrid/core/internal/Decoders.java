package io.github.ackhybrid.core.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ackhybrid.core.ResponseMetadata;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;

/** The standard {@link ResponseDecoder}s: JSON into a type, JSON tree, text, nothing. */
public final class Decoders {
  private Decoders() {}

  /**
   * Binds a JSON object body into a type with the shared cached reader.
   *
   * @param type the type to bind into
   * @param <T> the type
   * @return the decoder
   */
  public static <T> ResponseDecoder<T> json(Class<T> type) {
    LazyReader reader = new LazyReader(type);
    return (body, metadata) -> {
      T value = reader.get().readValue(body);
      if (value == null) {
        throw new JsonParseException(null, "the response body is empty where a JSON object was expected");
      }
      return value;
    };
  }

  /**
   * Binds a JSON body into a type, then combines it with the response metadata, typically to
   * attach the request id to the result.
   *
   * @param type the type to bind into
   * @param finisher combines the bound value and the metadata into the result
   * @param <T> the bound type
   * @param <R> the result type
   * @return the decoder
   */
  public static <T, R> ResponseDecoder<R> json(Class<T> type, BiFunction<T, ResponseMetadata, R> finisher) {
    ResponseDecoder<T> bound = json(type);
    return (body, metadata) -> finisher.apply(bound.decode(body, metadata), metadata);
  }

  /**
   * Reads the body as a JSON tree; an empty body gives an empty object.
   *
   * @return the decoder
   */
  public static ResponseDecoder<JsonNode> tree() {
    ObjectReader reader = Json.reader(JsonNode.class);
    return (body, metadata) -> {
      JsonNode node = reader.readTree(body);
      return node == null || node.isMissingNode() ? Json.mapper().createObjectNode() : node;
    };
  }

  /**
   * A reader made on first use. Operation tables build every decoder when their class loads, and
   * a Jackson reader introspects its type when made; deferring that keeps a client's start-up
   * cost to the operations it actually calls.
   */
  private static final class LazyReader {
    private final Class<?> type;
    private volatile ObjectReader reader;

    LazyReader(Class<?> type) {
      this.type = type;
    }

    ObjectReader get() {
      ObjectReader r = reader;
      if (r == null) {
        r = Json.reader(type);
        reader = r;
      }
      return r;
    }
  }

  /**
   * Reads the body as UTF-8 text.
   *
   * @return the decoder
   */
  public static ResponseDecoder<String> text() {
    return (body, metadata) -> new String(body.readAllBytes(), StandardCharsets.UTF_8);
  }

  /**
   * Ignores the body and returns the response metadata.
   *
   * @return the decoder
   */
  public static ResponseDecoder<ResponseMetadata> metadataOnly() {
    return (body, metadata) -> metadata;
  }
}
