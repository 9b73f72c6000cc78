package io.github.ackhybrid.cluster.internal;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Marks an {@code Optional<Instant>} model field read from any of the time forms ACK uses: RFC 3339
 * with an offset ({@code 2020-11-10T16:02:04+08:00}, with or without a nanosecond fraction), UTC
 * with {@code Z}, {@code yyyy-MM-dd HH:mm:ss} (read as UTC, as the service gives no zone), and
 * epoch milliseconds as a number or as text. Blank or unreadable values read as absent, so an odd
 * timestamp never makes a whole answer unreadable.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER})
@JacksonAnnotationsInside
@JsonDeserialize(contentUsing = WireInstant.Reader.class)
public @interface WireInstant {

  /** Reads one timestamp, or null when it is blank or in no known form. */
  final class Reader extends JsonDeserializer<Instant> {
    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
        return Instant.ofEpochMilli(p.getLongValue());
      }
      return parse(p.getValueAsString());
    }

    private static Instant parse(String text) {
      if (text == null || text.isBlank()) {
        return null;
      }
      String t = text.trim();
      Instant common = Rfc3339.parseOrNull(t);
      if (common != null) {
        return common;
      }
      if (allDigits(t)) {
        try {
          return Instant.ofEpochMilli(Long.parseLong(t));
        } catch (NumberFormatException e) {
          return null;
        }
      }
      try {
        return OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException notOffset) {
        try {
          return LocalDateTime.parse(t, SPACED).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException notSpaced) {
          return null;
        }
      }
    }

    private static boolean allDigits(String text) {
      for (int i = 0; i < text.length(); i++) {
        if (!Character.isDigit(text.charAt(i))) {
          return false;
        }
      }
      return true;
    }
  }
}
