package io.github.ackhybrid.core.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ConfigurationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class IniFileTest {
  private static final Path FILE = Path.of("credentials.ini");

  private static IniFile parse(String... lines) {
    return IniFile.parse(FILE, "Credentials file", List.of(lines));
  }

  @Test
  void readsSectionsAndTrimmedProperties() {
    IniFile ini = parse("[default]", "  access_key_id =  foo  ", "", "[other]", "type=access_key");

    assertEquals(Set.of("default", "other"), ini.sectionNames());
    assertEquals(Optional.of(Map.of("access_key_id", "foo")), ini.section("default"));
    assertEquals(Optional.of(Map.of("type", "access_key")), ini.section("other"));
    assertEquals(Optional.empty(), ini.section("missing"));
  }

  @Test
  void dropsCommentLinesAndTrailingCommentsAfterWhiteSpace() {
    IniFile ini = parse("# header", "; another", "[default] # the usual one",
        "type = access_key   # a comment", "secret = a#b;c ; trailing", "other = x\t;tabbed");

    assertEquals(Map.of("type", "access_key", "secret", "a#b;c", "other", "x"), ini.section("default").get());
  }

  @Test
  void tabIndentedLinesContinueThePreviousValue() {
    IniFile ini = parse("[default]", "policy = {", "\t\"Version\": \"1\" # kept", "\t}", "next = 1");

    assertEquals("{\n\"Version\": \"1\" # kept\n}", ini.section("default").get().get("policy"));
    assertEquals("1", ini.section("default").get().get("next"));
  }

  @Test
  void ignoresAByteOrderMark() {
    assertEquals(Set.of("default"), parse("\uFEFF[default]", "type = access_key").sectionNames());
  }

  @Test
  void keyNamesAreLowerCasedAndRepeatedSectionsMerge() {
    IniFile ini = parse("[default]", "Access_Key_ID = foo", "[default]", "type = access_key");

    assertEquals(Map.of("access_key_id", "foo", "type", "access_key"), ini.section("default").get());
  }

  @Test
  void lineWithoutEqualsIsReportedByLineNumberWithoutItsText() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> parse("[default]", "access_key_id = foo", "LEAKED-SECRET-VALUE"));

    assertEquals("Credentials file credentials.ini is malformed at line 3: expected 'key = value'", e.getMessage());
    assertFalse(e.getMessage().contains("LEAKED"));
  }

  @Test
  void unterminatedSectionHeaderIsReported() {
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse("", "[default"));

    assertEquals("Credentials file credentials.ini is malformed at line 2: a section header must end with ']'",
        e.getMessage());
  }

  @Test
  void propertyBeforeAnySectionIsReportedByKeyOnly() {
    ConfigurationException e = assertThrows(ConfigurationException.class,
        () -> parse("access_key_secret = LEAKED-SECRET"));

    assertEquals("Credentials file credentials.ini is malformed at line 1: "
        + "property 'access_key_secret' comes before any [section]", e.getMessage());
  }

  @Test
  void emptySectionNameAndNamelessPropertyAreReported() {
    assertThrows(ConfigurationException.class, () -> parse("[ ]"));
    ConfigurationException e = assertThrows(ConfigurationException.class, () -> parse("[default]", " = value"));
    assertEquals("Credentials file credentials.ini is malformed at line 2: the property has no name", e.getMessage());
  }
}
