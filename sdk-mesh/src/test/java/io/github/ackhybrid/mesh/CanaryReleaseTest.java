package io.github.ackhybrid.mesh;

import static io.github.ackhybrid.mesh.Recipes.assertInvalid;
import static io.github.ackhybrid.mesh.Recipes.assertJson;
import static io.github.ackhybrid.mesh.Recipes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.exception.ValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CanaryReleaseTest {
  private static final String HOST = "reviews.default.svc.cluster.local";

  private static CanaryRelease recipe() {
    return CanaryRelease.forService("reviews", "default")
        .weight("v1", 90).weight("v2", 10)
        .route(RouteMatch.header("x-canary", StringMatch.exact("true")), "v2");
  }

  @Test
  void rendersTheAsmCanaryRecipe() {
    List<IstioResource> resources = recipe().render(IstioApiVersion.V1BETA1);

    assertEquals(2, resources.size());
    // Reference §5.5(e) subsets (the locality policy lives in its own rule) and §5.2's VirtualService,
    // both with the SDK's managed-by label.
    assertJson(json("""
        {
          "apiVersion": "networking.istio.io/v1beta1",
          "kind": "DestinationRule",
          "metadata": { "name": "reviews-canary", "namespace": "default",
                        "labels": { "app.kubernetes.io/managed-by": "ackhybrid-sdk" } },
          "spec": {
            "host": "reviews.default.svc.cluster.local",
            "subsets": [
              { "name": "v1", "labels": { "version": "v1" } },
              { "name": "v2", "labels": { "version": "v2" } }
            ]
          }
        }"""), resources.get(0).toJson());
    assertJson(json("""
        {
          "apiVersion": "networking.istio.io/v1beta1",
          "kind": "VirtualService",
          "metadata": { "name": "reviews", "namespace": "default",
                        "labels": { "app.kubernetes.io/managed-by": "ackhybrid-sdk" } },
          "spec": {
            "hosts": ["reviews.default.svc.cluster.local"],
            "http": [
              {
                "name": "canary-by-header",
                "match": [ { "headers": { "x-canary": { "exact": "true" } } } ],
                "route": [ { "destination": { "host": "reviews.default.svc.cluster.local", "subset": "v2" } } ]
              },
              {
                "name": "weighted",
                "route": [
                  { "destination": { "host": "reviews.default.svc.cluster.local", "subset": "v1" }, "weight": 90 },
                  { "destination": { "host": "reviews.default.svc.cluster.local", "subset": "v2" }, "weight": 10 }
                ]
              }
            ]
          }
        }"""), resources.get(1).toJson());
  }

  @Test
  void v1DiffersOnlyInApiVersion() {
    List<IstioResource> beta = recipe().render(IstioApiVersion.V1BETA1);
    List<IstioResource> v1 = recipe().render(IstioApiVersion.V1);

    assertEquals(beta.size(), v1.size());
    for (int i = 0; i < beta.size(); i++) {
      assertEquals("networking.istio.io/v1", v1.get(i).apiVersion());
      ObjectNode expected = beta.get(i).toJson().put("apiVersion", "networking.istio.io/v1");
      assertJson(expected, v1.get(i).toJson());
    }
    assertEquals(beta, recipe().render());
  }

  @Test
  void matchRoutesComeFirstInOrderWithUniqueNames() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .route(RouteMatch.header("x-canary", StringMatch.exact("true")), "v2")
        .route(RouteMatch.uri(StringMatch.prefix("/beta/")), "v2")
        .route(RouteMatch.header("x-user", StringMatch.regex("qa-.*")), "v1")
        .route(RouteMatch.header("x-team", StringMatch.prefix("ops")).andUri(StringMatch.exact("/admin")), "v1")
        .weight("v1", 100).weight("v2", 0);

    JsonNode http = canary.render().get(1).toJson().get("spec").get("http");

    List<String> names = new ArrayList<>();
    http.forEach(route -> names.add(route.get("name").asText()));
    assertEquals(List.of("canary-by-header", "canary-by-uri", "canary-by-header-2", "canary-by-match", "weighted"), names);
    assertJson(json("{\"uri\":{\"prefix\":\"/beta/\"}}"), http.get(1).get("match").get(0));
    assertJson(json("{\"headers\":{\"x-user\":{\"regex\":\"qa-.*\"}}}"), http.get(2).get("match").get(0));
    assertJson(json("{\"uri\":{\"exact\":\"/admin\"},\"headers\":{\"x-team\":{\"prefix\":\"ops\"}}}"),
        http.get(3).get("match").get(0));
    assertEquals("v1", http.get(3).get("route").get(0).get("destination").get("subset").asText());
    assertEquals(0, http.get(4).get("route").get(1).get("weight").asInt());
  }

  @Test
  void shiftMovesTrafficStepByStepUntilTheCanaryHasAll() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
    List<Map<String, Integer>> seen = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      canary = canary.shift("v2", 10);
      seen.add(canary.weights());
    }

    for (int i = 0; i < 9; i++) {
      assertEquals(Map.of("v1", 80 - 10 * i, "v2", 20 + 10 * i), seen.get(i));
    }
    assertEquals(Map.of("v1", 0, "v2", 100), seen.get(8));
    assertEquals(Map.of("v1", 0, "v2", 100), seen.get(9), "shifting past 100 changes nothing");
    assertEquals(Map.of("v1", 100, "v2", 0), canary.shift("v1", 100).weights());
  }

  @Test
  void shiftTakesFromEarlierSubsetsFirstAndNeverGoesNegative() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .weight("v1", 50).weight("v2", 30).weight("v3", 20);

    assertEquals(List.of(0, 20, 80), List.copyOf(canary.shift("v3", 60).weights().values()));
    assertEquals(List.of("v1", "v2", "v3"), List.copyOf(canary.shift("v3", 60).weights().keySet()));
    assertEquals(List.of(35, 30, 35), List.copyOf(canary.shift("v3", 15).weights().values()));
  }

  @Test
  void shiftCanBringInADeclaredSubsetWithoutWeight() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .weight("v1", 100).subset("v2", Map.of("track", "canary"));

    assertEquals(Map.of("v1", 100), canary.weights());
    assertEquals(Map.of("v1", 95, "v2", 5), canary.shift("v2", 5).weights());
  }

  @Test
  void shiftLeavesTheOriginalUnchanged() {
    CanaryRelease original = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);
    CanaryRelease shifted = original.shift("v2", 40);

    assertEquals(Map.of("v1", 90, "v2", 10), original.weights());
    assertEquals(Map.of("v1", 50, "v2", 50), shifted.weights());
    assertNotEquals(original, shifted);
    assertEquals(original, CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10));
  }

  @Test
  void customSubsetLabelsAndUnweightedRouteTargets() {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("app.kubernetes.io/version", "2.1.0");
    labels.put("track", "canary");
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .weight("stable", 100)
        .subset("canary", labels)
        .route(RouteMatch.header("x-canary", StringMatch.exact("true")), "canary");
    labels.put("track", "changed-after-the-call");

    List<IstioResource> resources = canary.render();

    assertJson(json("""
        [ { "name": "stable", "labels": { "version": "stable" } },
          { "name": "canary", "labels": { "app.kubernetes.io/version": "2.1.0", "track": "canary" } } ]"""),
        resources.get(0).toJson().get("spec").get("subsets"));
    JsonNode weighted = resources.get(1).toJson().get("spec").get("http").get(1).get("route");
    assertEquals(1, weighted.size(), "a subset without weight is reached only through its match route");
    assertEquals(Map.of("stable", Map.of("version", "stable"),
        "canary", Map.of("app.kubernetes.io/version", "2.1.0", "track", "canary")), canary.subsets());
  }

  @Test
  void weightAfterSubsetKeepsTheGivenLabels() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .subset("v2", Map.of("track", "canary")).weight("v1", 90).weight("v2", 10);

    assertEquals(List.of("v2", "v1"), List.copyOf(canary.weights().keySet()));
    assertEquals(Map.of("track", "canary"), canary.subsets().get("v2"));
  }

  @Test
  void weightsMustSumTo100() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 80).weight("v2", 10);

    ValidationException e = assertInvalid("canaryRelease.weights", "must sum to 100", canary::validate);
    assertEquals("canaryRelease.weights must sum to 100, was 90 (v1=80, v2=10)", e.getMessage());
    assertInvalid("canaryRelease.weights", "must sum to 100, was 90", canary::render);
    assertInvalid("canaryRelease.weights", "must sum to 100, was 90", () -> canary.shift("v2", 10));
    assertInvalid("canaryRelease.weights", "must give at least one subset a weight",
        () -> CanaryRelease.forService("reviews", "default").render());
  }

  @Test
  void weightsMustBeWithin0And100() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default");

    assertInvalid("canaryRelease.weights[v1]", "must be 0-100, was -1", () -> canary.weight("v1", -1));
    assertInvalid("canaryRelease.weights[v1]", "must be 0-100, was 101", () -> canary.weight("v1", 101));
  }

  @Test
  void subsetsCannotBeDeclaredTwice() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .weight("v1", 90).subset("v2", Map.of("version", "v2"));

    assertInvalid("canaryRelease.weights", "must not give subset \"v1\" a weight twice", () -> canary.weight("v1", 10));
    assertInvalid("canaryRelease.subsets", "must not declare subset \"v2\" twice",
        () -> canary.subset("v2", Map.of("track", "canary")));
  }

  @Test
  void subsetsMustSelectDifferentPods() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .weight("v1", 50).weight("v2", 50).subset("v2", Map.of("version", "v1"));

    assertInvalid("canaryRelease.subsets[v2].labels", "must differ from subset \"v1\"'s", canary::render);
  }

  @Test
  void routesMustNameDeclaredSubsets() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default")
        .weight("v1", 100).route(RouteMatch.header("x-canary", StringMatch.exact("true")), "v3");

    assertInvalid("canaryRelease.routes[0].subset", "must name a declared subset [v1], was \"v3\"", canary::render);
    assertInvalid("canaryRelease.routes[1].match", "must not be null", () -> canary.route(null, "v1"));
  }

  @Test
  void namesFollowKubernetesRules() {
    assertInvalid("canaryRelease.service", "must be 1-63 characters [a-z0-9-] starting with a letter",
        () -> CanaryRelease.forService("Reviews", "default"));
    assertInvalid("canaryRelease.namespace", "must be 1-63 characters [a-z0-9-]",
        () -> CanaryRelease.forService("reviews", "-default"));
    assertInvalid("canaryRelease.namespace", "must not be null", () -> CanaryRelease.forService("reviews", null));

    CanaryRelease canary = CanaryRelease.forService("reviews", "default");
    assertInvalid("canaryRelease.subset", "was \"V1\"", () -> canary.weight("V1", 10));
    assertInvalid("canaryRelease.subset", "was \"v1_beta\"", () -> canary.subset("v1_beta", Map.of("a", "b")));
    assertInvalid("canaryRelease.routes[0].subset", "was \"v2.\"",
        () -> canary.route(RouteMatch.uri(StringMatch.prefix("/")), "v2."));
  }

  @Test
  void subsetLabelsFollowKubernetesRules() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default");

    assertInvalid("canaryRelease.subsets[v2].labels", "must be a label key",
        () -> canary.subset("v2", Map.of("-track", "canary")));
    assertInvalid("canaryRelease.subsets[v2].labels[track]", "must be empty or 1-63 characters [A-Za-z0-9-_.]",
        () -> canary.subset("v2", Map.of("track", "canary!")));
    assertInvalid("canaryRelease.subsets[v2].labels", "must hold at least one label", () -> canary.subset("v2", Map.of()));
    Map<String, String> nullValue = new HashMap<>();
    nullValue.put("track", null);
    assertInvalid("canaryRelease.subsets[v2].labels[track]", "must not be null", () -> canary.subset("v2", nullValue));

    Map<String, String> valid = Map.of("example.com/track", "Canary_2.1", "k".repeat(63), "", "x", "v".repeat(63));
    assertEquals(valid, canary.subset("v2", valid).subsets().get("v2"));
  }

  @Test
  void shiftChecksItsArguments() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10);

    assertInvalid("canaryRelease.shift.step", "must be 1-100, was 0", () -> canary.shift("v2", 0));
    assertInvalid("canaryRelease.shift.step", "must be 1-100, was 101", () -> canary.shift("v2", 101));
    assertInvalid("canaryRelease.shift.toSubset", "must name a declared subset [v1, v2], was \"v3\"",
        () -> canary.shift("v3", 10));
  }

  @Test
  void accessorsCannotChangeThePolicy() {
    CanaryRelease canary = recipe();

    assertThrows(UnsupportedOperationException.class, () -> canary.weights().put("v3", 1));
    assertThrows(UnsupportedOperationException.class, () -> canary.subsets().get("v1").put("x", "y"));
    ObjectNode vs = canary.render().get(1).toJson();
    ((ArrayNode) vs.get("spec").get("http")).removeAll();
    assertEquals(2, canary.render().get(1).toJson().get("spec").get("http").size());
  }

  @Test
  void describesItselfOnOneLine() {
    assertEquals("canary release of reviews.default: v1=90%, v2=10%; header x-canary exact \"true\" -> v2",
        recipe().describe());
    assertEquals("canary release of reviews.default: no weights yet",
        CanaryRelease.forService("reviews", "default").describe());
    assertEquals(HOST, recipe().render().get(0).spec().get("host").asText());
  }
}
