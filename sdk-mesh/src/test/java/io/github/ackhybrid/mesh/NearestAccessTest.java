package io.github.ackhybrid.mesh;

import static io.github.ackhybrid.mesh.Recipes.assertInvalid;
import static io.github.ackhybrid.mesh.Recipes.assertJson;
import static io.github.ackhybrid.mesh.Recipes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NearestAccessTest {

  private static Map<String, Integer> weights(String a, int wa, String b, int wb) {
    Map<String, Integer> m = new LinkedHashMap<>();
    m.put(a, wa);
    m.put(b, wb);
    return m;
  }

  @Test
  void rendersTheAsmNearestAccessRecipe() {
    List<IstioResource> resources = NearestAccess.forService("reviews", "default").render(IstioApiVersion.V1BETA1);

    assertEquals(1, resources.size());
    // Reference §5.5(a), plus the SDK's managed-by label.
    assertJson(json("""
        {
          "apiVersion": "networking.istio.io/v1beta1",
          "kind": "DestinationRule",
          "metadata": { "name": "reviews", "namespace": "default",
                        "labels": { "app.kubernetes.io/managed-by": "ackhybrid-sdk" } },
          "spec": {
            "host": "reviews.default.svc.cluster.local",
            "trafficPolicy": {
              "loadBalancer": { "simple": "ROUND_ROBIN", "localityLbSetting": { "enabled": true } },
              "outlierDetection": { "consecutive5xxErrors": 3, "interval": "10s", "baseEjectionTime": "30s", "maxEjectionPercent": 100 }
            }
          }
        }"""), resources.get(0).toJson());
  }

  @Test
  void v1DiffersOnlyInApiVersion() {
    NearestAccess policy = NearestAccess.forService("reviews", "default");

    ObjectNode expected = policy.render(IstioApiVersion.V1BETA1).get(0).toJson().put("apiVersion", "networking.istio.io/v1");
    assertJson(expected, policy.render(IstioApiVersion.V1).get(0).toJson());
  }

  @Test
  void rendersTheWeightedDistributionRecipe() {
    NearestAccess policy = NearestAccess.forService("reviews", "default")
        .distribute("cn-hangzhou/*", weights("cn-hangzhou/*", 80, "cn-shanghai/*", 20))
        .distribute("cn-shanghai/*", weights("cn-shanghai/*", 80, "cn-hangzhou/*", 20));

    // Reference §5.5(c).
    assertJson(json("""
        {
          "enabled": true,
          "distribute": [
            { "from": "cn-hangzhou/*", "to": { "cn-hangzhou/*": 80, "cn-shanghai/*": 20 } },
            { "from": "cn-shanghai/*", "to": { "cn-shanghai/*": 80, "cn-hangzhou/*": 20 } }
          ]
        }"""), policy.render().get(0).toJson().at("/spec/trafficPolicy/loadBalancer/localityLbSetting"));
    assertEquals("nearest access for reviews.default; distribute cn-hangzhou/* -> {cn-hangzhou/*=80, cn-shanghai/*=20}, "
        + "cn-shanghai/* -> {cn-shanghai/*=80, cn-hangzhou/*=20}; outlier detection 3 x 5xx, interval 10s, "
        + "ejection 30s, max 100%", policy.describe());
  }

  @Test
  void outlierDetectionCanBeTunedButNeverDropped() {
    NearestAccess tuned = NearestAccess.forService("reviews", "default")
        .outlierDetection(5, Duration.ofMillis(500), Duration.ofMinutes(2), 50);

    assertJson(json("""
        { "consecutive5xxErrors": 5, "interval": "500ms", "baseEjectionTime": "2m", "maxEjectionPercent": 50 }"""),
        tuned.render().get(0).toJson().at("/spec/trafficPolicy/outlierDetection"));
    assertEquals(OutlierDetection.defaults(), NearestAccess.forService("reviews", "default").outlierDetection());
    assertInvalid("nearestAccess.outlierDetection", "must not be null",
        () -> NearestAccess.forService("reviews", "default").outlierDetection(null));
    assertNotEquals(tuned, NearestAccess.forService("reviews", "default"));
  }

  @Test
  void distributeWeightsMustBe1To100AndSumTo100() {
    NearestAccess policy = NearestAccess.forService("reviews", "default");

    assertInvalid("nearestAccess.distribute[0].to[cn-shanghai/*]", "must be 1-100, was 0",
        () -> policy.distribute("cn-hangzhou/*", weights("cn-hangzhou/*", 100, "cn-shanghai/*", 0)));
    assertInvalid("nearestAccess.distribute[0].to[cn-shanghai/*]", "must be 1-100, was 101",
        () -> policy.distribute("cn-hangzhou/*", weights("cn-hangzhou/*", 1, "cn-shanghai/*", 101)));
    assertEquals("nearestAccess.distribute[0].to weights must sum to 100, was 90 (cn-hangzhou/*=70, cn-shanghai/*=20)",
        assertInvalid("nearestAccess.distribute[0].to", "must sum to 100",
            () -> policy.distribute("cn-hangzhou/*", weights("cn-hangzhou/*", 70, "cn-shanghai/*", 20))).getMessage());
    assertInvalid("nearestAccess.distribute[0].to", "must name at least one locality",
        () -> policy.distribute("cn-hangzhou", Map.of()));
    assertInvalid("nearestAccess.distribute[0].to", "must not be null", () -> policy.distribute("cn-hangzhou", null));
  }

  @Test
  void localitiesFollowIstioRules() {
    NearestAccess policy = NearestAccess.forService("reviews", "default");
    Map<String, Integer> all = Map.of("cn-hangzhou", 100);

    assertInvalid("nearestAccess.distribute[0].from", "'*' only as the whole last segment, was \"*/cn-hangzhou-a\"",
        () -> policy.distribute("*/cn-hangzhou-a", all));
    assertInvalid("nearestAccess.distribute[0].from", "was \"cn-*\"", () -> policy.distribute("cn-*", all));
    assertInvalid("nearestAccess.distribute[0].from", "was \"a/b/c/d\"", () -> policy.distribute("a/b/c/d", all));
    assertInvalid("nearestAccess.distribute[0].from", "must not contain an empty region, zone or subzone",
        () -> policy.distribute("cn-hangzhou//a", all));
    assertInvalid("nearestAccess.distribute[0].from", "must not be blank", () -> policy.distribute(" ", all));
    assertInvalid("nearestAccess.distribute[0].to", "must not contain an empty region",
        () -> policy.distribute("cn-hangzhou", Map.of("/cn-hangzhou-a", 100)));
  }

  @Test
  void localitiesMustNotOverlap() {
    NearestAccess policy = NearestAccess.forService("reviews", "default")
        .distribute("cn-hangzhou/*", Map.of("cn-hangzhou/*", 100));

    assertInvalid("nearestAccess.distribute[1].from", "must not overlap \"cn-hangzhou/*\"",
        () -> policy.distribute("cn-hangzhou/cn-hangzhou-a", Map.of("cn-hangzhou", 100)));
    assertInvalid("nearestAccess.distribute[1].from", "must not overlap", () -> policy.distribute("*", Map.of("a", 100)));
    assertInvalid("nearestAccess.distribute[1].to", "locality \"cn-shanghai/cn-shanghai-b\" must not overlap \"cn-shanghai\"",
        () -> policy.distribute("cn-shanghai", weights("cn-shanghai", 50, "cn-shanghai/cn-shanghai-b", 50)));
    assertEquals(2, policy.distribute("cn-hangzhou-x", Map.of("cn-hangzhou", 100))
        .render().get(0).toJson().at("/spec/trafficPolicy/loadBalancer/localityLbSetting/distribute").size(),
        "regions sharing a prefix but not a segment do not overlap");
  }

  @Test
  void namesFollowKubernetesRules() {
    assertInvalid("nearestAccess.service", "was \"reviews.default\"",
        () -> NearestAccess.forService("reviews.default", "default"));
    assertInvalid("nearestAccess.namespace", "was \"Default\"", () -> NearestAccess.forService("reviews", "Default"));
  }
}
