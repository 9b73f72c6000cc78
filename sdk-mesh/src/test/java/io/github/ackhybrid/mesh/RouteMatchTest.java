package io.github.ackhybrid.mesh;

import static io.github.ackhybrid.mesh.Recipes.assertInvalid;
import static io.github.ackhybrid.mesh.Recipes.assertJson;
import static io.github.ackhybrid.mesh.Recipes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RouteMatchTest {

  @Test
  void combinesHeaderAndUriConditions() {
    RouteMatch match = RouteMatch.header("x-canary", StringMatch.exact("true"))
        .andHeader("x-user-group", StringMatch.prefix("qa"))
        .andUri(StringMatch.regex("^/api/v[0-9]+/.*"));

    assertJson(json("""
        { "headers": { "x-canary": { "exact": "true" }, "x-user-group": { "prefix": "qa" } },
          "uri": { "regex": "^/api/v[0-9]+/.*" } }"""), match.toJson());
    assertEquals(List.of("x-canary", "x-user-group"), List.copyOf(match.headers().keySet()));
    assertEquals(Optional.of(StringMatch.regex("^/api/v[0-9]+/.*")), match.uri());
    assertEquals("header x-canary exact \"true\" and header x-user-group prefix \"qa\" and uri regex \"^/api/v[0-9]+/.*\"",
        match.toString());
    assertThrows(UnsupportedOperationException.class, () -> match.headers().clear());
  }

  @Test
  void eachStepReturnsANewMatch() {
    RouteMatch base = RouteMatch.uri(StringMatch.prefix("/beta"));
    RouteMatch narrowed = base.andHeader("x-canary", StringMatch.exact("true"));

    assertEquals(0, base.headers().size());
    assertEquals(1, narrowed.headers().size());
    assertEquals(narrowed, RouteMatch.uri(StringMatch.prefix("/beta")).andHeader("x-canary", StringMatch.exact("true")));
  }

  @Test
  void headerNamesAreLowerCaseTokens() {
    assertInvalid("routeMatch.header", "[a-z0-9-] in lower case", () -> RouteMatch.header("X-Canary", StringMatch.exact("1")));
    assertInvalid("routeMatch.header", "was \"x canary\"", () -> RouteMatch.header("x canary", StringMatch.exact("1")));
    assertInvalid("routeMatch.header", "was \"\"", () -> RouteMatch.header("", StringMatch.exact("1")));
    assertInvalid("routeMatch.headers[x-canary]", "must not be null", () -> RouteMatch.header("x-canary", null));
    assertInvalid("routeMatch.headers", "must not match header \"x-canary\" twice",
        () -> RouteMatch.header("x-canary", StringMatch.exact("1")).andHeader("x-canary", StringMatch.exact("2")));
  }

  @Test
  void uriPathsStartWithASlashAndAreSetOnce() {
    assertInvalid("routeMatch.uri", "must start with '/', was \"beta\"", () -> RouteMatch.uri(StringMatch.prefix("beta")));
    assertInvalid("routeMatch.uri", "must start with '/'", () -> RouteMatch.uri(StringMatch.exact("index.html")));
    assertInvalid("routeMatch.uri", "must be set once",
        () -> RouteMatch.uri(StringMatch.prefix("/a")).andUri(StringMatch.prefix("/b")));
    assertInvalid("routeMatch.uri", "must not be null", () -> RouteMatch.uri(null));
    assertEquals(StringMatch.Type.REGEX, RouteMatch.uri(StringMatch.regex(".*\\.png")).uri().orElseThrow().type());
  }

  @Test
  void stringMatchesNeedText() {
    assertInvalid("stringMatch.exact", "must not be empty", () -> StringMatch.exact(""));
    assertInvalid("stringMatch.prefix", "must not be null", () -> StringMatch.prefix(null));
    assertInvalid("stringMatch.regex", "must not contain control characters", () -> StringMatch.regex("a\nb"));
    assertJson(json("{\"prefix\":\"/v2\"}"), StringMatch.prefix("/v2").toJson());
  }
}
