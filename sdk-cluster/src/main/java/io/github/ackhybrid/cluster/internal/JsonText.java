package io.github.ackhybrid.cluster.internal;

import com.fasterxml.jackson.core.JsonParser;
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
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      String text = p.getText();
      if (text.isBlank()) {
        return absent();
      }
      try (JsonParser inner = Json.mapper().createParser(text)) {
        if (inner.nextToken() != JsonToken.START_OBJECT) {
          return absent();
        }
        return reader == null ? readMap(inner) : reader.readValue(inner);
      } catch (IOException | IllegalArgumentException e) {
        return absent();
      }
    }
    if (reader == null && p.currentToken() == JsonToken.START_OBJECT) {
      return readMap(p);
    }
    // A typed value that is a real object goes through a tree, so a value of the wrong shape can be
    // dropped without leaving the parser of the whole answer in the middle of it.
    JsonNode node = p.readValueAsTree();
    if (reader == null || node == null || !node.isObject()) {
      return absent();
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

  /** Reads the object at the parser's current token straight into unmodifiable maps and lists. */
  private static Map<String, Object> readMap(JsonParser p) throws IOException {
    Map<String, Object> map = new LinkedHashMap<>();
    for (String name = p.nextFieldName(); name != null; name = p.nextFieldName()) {
      Object value = readValue(p, p.nextToken());
      if (value == null) {
        map.remove(name);
      } else {
        map.put(name, value);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  private static Object readValue(JsonParser p, JsonToken token) throws IOException {
    switch (token) {
      case START_OBJECT:
        return readMap(p);
      case START_ARRAY:
        List<Object> list = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          list.add(readValue(p, t));
        }
        return Collections.unmodifiableList(list);
      case VALUE_STRING:
        return p.getText();
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return p.getNumberValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      default:
        return null;
    }
  }
}
