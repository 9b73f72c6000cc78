package io.github.ackhybrid.cluster.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import io.github.ackhybrid.core.internal.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a model field that ACK sends as JSON inside a string ({@code master_url},
 * {@code meta_data}) into its typed value, so the public model stays clean. A real JSON object in
 * the same place is read too. Blank or malformed text reads as absent (an empty map for map
 * fields): such fields are informational, and one bad value must not make the whole answer
 * unreadable. Maps come back unmodifiable all the way down, with null entries dropped.
 */
public final class JsonText extends JsonDeserializer<Object> implements ContextualDeserializer {
  private final JavaType type;
  private final ObjectReader reader;

  /** Creates the reader; Jackson makes a typed copy for each field. */
  public JsonText() {
    this(null);
  }

  private JsonText(JavaType type) {
    this.type = type;
    this.reader = type == null || type.isMapLikeType() ? null : Json.mapper().readerFor(type);
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
    JavaType target = ctxt.getContextualType();
    if (target == null && property != null) {
      target = property.getType();
    }
    if (target != null && target.isReferenceType()) {
      target = target.getReferencedType();
    }
    return new JsonText(target);
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonNode node;
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      node = text.isBlank() ? null : parse(text);
    } else {
      node = p.readValueAsTree();
    }
    if (node == null || !node.isObject()) {
      return absent();
    }
    if (reader == null) {
      return freeze(Json.mapper().convertValue(node, Object.class));
    }
    try {
      return reader.readValue(node);
    } catch (IOException | IllegalArgumentException e) {
      return absent();
    }
  }

  @Override
  public Object getNullValue(DeserializationContext ctxt) {
    return absent();
  }

  private Object absent() {
    return type != null && type.isMapLikeType() ? Collections.emptyMap() : null;
  }

  private static JsonNode parse(String text) {
    try {
      return Json.mapper().readTree(text);
    } catch (JsonProcessingException e) {
      return null;
    }
  }

  /** Makes a value unmodifiable all the way down, dropping null map entries an immutable model cannot hold. */
  private static Object freeze(Object value) {
    if (value instanceof Map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (e.getValue() != null) {
          copy.put(String.valueOf(e.getKey()), freeze(e.getValue()));
        }
      }
      return Collections.unmodifiableMap(copy);
    }
    if (value instanceof List) {
      List<Object> copy = new ArrayList<>();
      for (Object element : (List<?>) value) {
        copy.add(freeze(element));
      }
      return Collections.unmodifiableList(copy);
    }
    return value;
  }
}
