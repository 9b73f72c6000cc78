package io.github.ackhybrid.cluster.billing.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a billing amount exactly, whichever way the service wrote it: a JSON number is taken from
 * its text (never through a double), a string such as {@code "10000.00"}, {@code " 1,024.50\n"} is
 * trimmed and stripped of thousands separators. An empty string reads as absent.
 */
final class WireAmount extends StdScalarDeserializer<BigDecimal> {
  private static final long serialVersionUID = 1L;

  WireAmount() {
    super(BigDecimal.class);
  }

  @Override
  public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      return p.getDecimalValue();
    }
    if (token == JsonToken.VALUE_STRING) {
      BigDecimal parsed = parse(p.getText());
      if (parsed == null && !p.getText().isBlank()) {
        return (BigDecimal) ctxt.handleWeirdStringValue(BigDecimal.class, p.getText(), "not a decimal amount");
      }
      return parsed;
    }
    return (BigDecimal) ctxt.handleUnexpectedToken(BigDecimal.class, p);
  }

  /**
   * Parses amount text leniently as to layout, exactly as to value.
   *
   * @param text the text, may be null
   * @return the amount, or null when the text is null, blank or not a number
   */
  static BigDecimal parse(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(",", ""));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
