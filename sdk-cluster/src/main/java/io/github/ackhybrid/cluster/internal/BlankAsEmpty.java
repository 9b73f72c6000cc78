package io.github.ackhybrid.cluster.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an {@code Optional<String>} model field whose blank wire value means "absent": ACK sends
 * {@code ""} for fields that do not apply (a registered cluster's {@code vpc_id}, an empty
 * {@code task_id}), and callers should see {@code Optional.empty()}, not an empty string.
 * Numbers and booleans sent where text is expected are kept as their text.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonDeserialize(contentUsing = BlankAsEmpty.Reader.class)
public @interface BlankAsEmpty {

  /** Reads a scalar as trimmed-check text, giving null (absent) for blank text. */
  final class Reader extends JsonDeserializer<String> {
    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      String text = p.currentToken().isScalarValue() ? p.getValueAsString() : p.readValueAsTree().toString();
      return text == null || text.isBlank() ? null : text;
    }
  }
}
