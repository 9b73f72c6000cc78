package io.github.ackhybrid.mesh;

import static io.github.ackhybrid.mesh.Recipes.assertInvalid;
import static io.github.ackhybrid.mesh.Recipes.assertJson;
import static io.github.ackhybrid.mesh.Recipes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.core.internal.Json;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IstioResourceTest {

  private static ObjectNode spec() {
    ObjectNode spec = Json.mapper().createObjectNode().put("host", "reviews.default.svc.cluster.local");
    spec.putObject("trafficPolicy").putObject("loadBalancer").put("simple", "ROUND_ROBIN");
    return spec;
  }

  private static IstioResource resource(ObjectNode spec, Map<String, String> labels) {
    return IstioResource.of("networking.istio.io/v1beta1", "DestinationRule", "reviews", "default", labels, spec);
  }

  @Test
  void writesTheFullManifest() {
    IstioResource r = resource(spec(), Map.of("team", "bookinfo"));

    assertJson(json("""
        {
          "apiVersion": "networking.istio.io/v1beta1",
          "kind": "DestinationRule",
          "metadata": { "name": "reviews", "namespace": "default", "labels": { "team": "bookinfo" } },
          "spec": { "host": "reviews.default.svc.cluster.local",
                    "trafficPolicy": { "loadBalancer": { "simple": "ROUND_ROBIN" } } }
        }"""), r.toJson());
    assertEquals("DestinationRule default/reviews (networking.istio.io/v1beta1)", r.toString());
    assertTrue(resource(spec(), Map.of()).toJson().get("metadata").path("labels").isMissingNode());
  }

  @Test
  void prettyJsonReadsBackAsTheManifest() throws Exception {
    IstioResource r = resource(spec(), Map.of("team", "bookinfo"));

    String text = r.toPrettyJson();

    assertTrue(text.contains("\n"), text);
    assertJson(r.toJson(), Json.mapper().readTree(text));
  }

  @Test
  void callersCannotChangeAResource() {
    ObjectNode spec = spec();
    Map<String, String> labels = new HashMap<>(Map.of("team", "bookinfo"));
    IstioResource r = resource(spec, labels);
    ObjectNode before = r.toJson();

    spec.put("host", "changed");
    labels.put("team", "changed");
    ((ObjectNode) r.toJson().get("spec")).put("host", "changed");
    ((ObjectNode) r.toJson().get("metadata")).put("name", "changed");
    r.spec().putObject("trafficPolicy").put("loadBalancer", "changed");

    assertJson(before, r.toJson());
    assertThrows(UnsupportedOperationException.class, () -> r.labels().put("x", "y"));
  }

  @Test
  void renderedPoliciesAreCopiesToo() {
    CanaryRelease canary = CanaryRelease.forService("reviews", "default").weight("v1", 100);
    IstioResource rule = canary.render().get(0);
    ObjectNode before = rule.toJson();

    ((ObjectNode) rule.toJson().at("/spec/subsets/0")).put("name", "changed");
    rule.spec().removeAll();

    assertJson(before, rule.toJson());
    assertEquals(rule, canary.render().get(0));
  }

  @Test
  void equalityFollowsContent() {
    assertEquals(resource(spec(), Map.of("a", "b")), resource(spec(), Map.of("a", "b")));
    assertEquals(resource(spec(), Map.of("a", "b")).hashCode(), resource(spec(), Map.of("a", "b")).hashCode());
    assertNotEquals(resource(spec(), Map.of("a", "b")), resource(spec(), Map.of("a", "c")));
    assertNotEquals(resource(spec(), Map.of()), resource(spec().put("host", "x"), Map.of()));
  }

  @Test
  void checksEveryPart() {
    ObjectNode spec = spec();
    assertInvalid("istioResource.apiVersion", "<group>/<version>",
        () -> IstioResource.of("v1beta1", "DestinationRule", "reviews", "default", Map.of(), spec));
    assertInvalid("istioResource.kind", "starting with an upper-case letter",
        () -> IstioResource.of("networking.istio.io/v1", "destinationRule", "reviews", "default", Map.of(), spec));
    assertInvalid("istioResource.name", "was \"Reviews\"",
        () -> IstioResource.of("networking.istio.io/v1", "DestinationRule", "Reviews", "default", Map.of(), spec));
    assertInvalid("istioResource.namespace", "was \"my.ns\"",
        () -> IstioResource.of("networking.istio.io/v1", "DestinationRule", "reviews", "my.ns", Map.of(), spec));
    assertInvalid("istioResource.labels", "must be a label key",
        () -> IstioResource.of("networking.istio.io/v1", "DestinationRule", "reviews", "default", Map.of("a b", "c"), spec));
    assertInvalid("istioResource.spec", "must not be null",
        () -> IstioResource.of("networking.istio.io/v1", "DestinationRule", "reviews", "default", Map.of(), null));
    assertEquals("reviews.failover-1", IstioResource.of("networking.istio.io/v1", "DestinationRule",
        "reviews.failover-1", "default", Map.of(), spec).name(), "names are DNS-1123 subdomains");
  }
}
