package io.github.ackhybrid.core.internal.signing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Rfc3986Test {

  @ParameterizedTest(name = "[{0}] -> [{1}]")
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "\"\"|\"\"",
      "AZaz09-_.~|AZaz09-_.~",
      "a b|a%20b",
      "*|%2A",
      "~|~",
      "/|%2F",
      "+|%2B",
      "=|%3D",
      "&|%26",
      "%|%25",
      ":|%3A",
      "a/b/c/ test|a%2Fb%2Fc%2F%20test",
      "中文|%E4%B8%AD%E6%96%87",
      "é|%C3%A9",
      "😀|%F0%9F%98%80",
      "a b*c~d|a%20b%2Ac~d",
  })
  void encodesPerRfc3986(String raw, String encoded) {
    assertEquals(encoded, Rfc3986.percentEncode(raw));
  }

  @Test
  void controlCharactersAndHighAsciiAreEncodedWithUpperCaseHex() {
    assertEquals("%0A%09%7F%C2%80%C3%BF", Rfc3986.percentEncode("\n\t\u007f\u0080\u00ff"));
  }

  @Test
  void returnsTheSameInstanceWhenNothingNeedsEncoding() {
    String value = "cn-hangzhou_1.2~x";
    assertSame(value, Rfc3986.percentEncode(value));
  }

  @Test
  void unpairedSurrogateBecomesEncodedQuestionMark() {
    assertEquals("a%3Fb", Rfc3986.percentEncode("a\uD83Db"));
  }

  @Test
  void rejectsNull() {
    ValidationException e = assertThrows(ValidationException.class, () -> Rfc3986.percentEncode(null));
    assertEquals("value", e.field());
  }
}
