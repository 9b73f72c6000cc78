package io.github.ackhybrid.mesh;

import static io.github.ackhybrid.mesh.Recipes.assertInvalid;
import static io.github.ackhybrid.mesh.Recipes.assertJson;
import static io.github.ackhybrid.mesh.Recipes.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class FailoverTest {

  private static Failover recipe() {
    return Failover.forService("reviews", "default")
        .between("cn-hangzhou", "cn-shanghai")
        .outlierDetection(1, Duration.ofSeconds(1), Duration.ofMinutes(1), 100)
        .maxRequestsPerConnection(1);
  }

  @Test
  void rendersTheAsmCrossRegionFailoverRecipe() {
    List<IstioResource> resources = recipe().render(IstioApiVersion.V1BETA1);

    assertEquals(1, resources.size());
    // Reference §5.5(b), plus the SDK's managed-by label.
    assertJson(json("""
        {
          "apiVersion": "networking.istio.io/v1beta1",
          "kind": "DestinationRule",
          "metadata": { "name": "reviews-failover", "namespace": "default",
                        "labels": { "app.kubernetes.io/managed-by": "ackhybrid-sdk" } },
          "spec": {
            "host": "reviews.default.svc.cluster.local",
            "trafficPolicy": {
              "connectionPool": { "http": { "maxRequestsPerConnection": 1 } },
              "loadBalancer": {
                "simple": "ROUND_ROBIN",
                "localityLbSetting": {
                  "enabled": true,
                  "failover": [
                    { "from": "cn-hangzhou", "to": "cn-shanghai" },
                    { "from": "cn-shanghai", "to": "cn-hangzhou" }
                  ]
                }
              },
              "outlierDetection": { "consecutive5xxErrors": 1, "interval": "1s", "baseEjectionTime": "1m", "maxEjectionPercent": 100 }
            }
          }
        }"""), resources.get(0).toJson());
  }

  @Test
  void v1DiffersOnlyInApiVersion() {
    ObjectNode expected = recipe().render(IstioApiVersion.V1BETA1).get(0).toJson().put("apiVersion", "networking.istio.io/v1");
    assertJson(expected, recipe().render(IstioApiVersion.V1).get(0).toJson());
  }

  @Test
  void addsDefaultOutlierDetectionAndNoConnectionPool() {
    Failover failover = Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai");
    JsonNode trafficPolicy = failover.render().get(0).toJson().at("/spec/trafficPolicy");

    assertJson(json("""
        { "consecutive5xxErrors": 3, "interval": "10s", "baseEjectionTime": "30s", "maxEjectionPercent": 100 }"""),
        trafficPolicy.get("outlierDetection"));
    assertTrue(trafficPolicy.path("connectionPool").isMissingNode());
    assertJson(json("[ { \"from\": \"cn-hangzhou\", \"to\": \"cn-shanghai\" } ]"),
        trafficPolicy.at("/loadBalancer/localityLbSetting/failover"));
    assertEquals(Map.of("cn-hangzhou", "cn-shanghai"), failover.failoverRegions());
    assertEquals(OptionalInt.empty(), failover.maxRequestsPerConnection());
    assertEquals(OutlierDetection.defaults(), failover.outlierDetection());
  }

  @Test
  void rendersTheClusterPriorityRecipe() {
    Failover failover = Failover.forService("reviews", "default")
        .failoverPriority("topology.istio.io/cluster", "topology.kubernetes.io/zone");

    // Reference §5.5(d).
    assertJson(json("""
        {
          "simple": "ROUND_ROBIN",
          "localityLbSetting": {
            "enabled": true,
            "failoverPriority": ["topology.istio.io/cluster", "topology.kubernetes.io/zone"]
          }
        }"""), failover.render().get(0).toJson().at("/spec/trafficPolicy/loadBalancer"));
    assertTrue(failover.render().get(0).toJson().at("/spec/trafficPolicy/outlierDetection").isObject());
  }

  @Test
  void priorityAcceptsKeyValueEntriesAndRegionPairsWithNonTopologyLabels() {
    Failover failover = Failover.forService("reviews", "default")
        .failoverPriority("topology.istio.io/cluster=c80f45444b3da447da60a911390c2abcd", "app.kubernetes.io/tier")
        .from("cn-hangzhou").to("cn-shanghai");

    JsonNode localityLb = failover.render().get(0).toJson().at("/spec/trafficPolicy/loadBalancer/localityLbSetting");
    assertEquals(1, localityLb.get("failover").size());
    assertEquals("topology.istio.io/cluster=c80f45444b3da447da60a911390c2abcd", localityLb.get("failoverPriority").get(0).asText());
    assertEquals(List.of("topology.istio.io/cluster=c80f45444b3da447da60a911390c2abcd", "app.kubernetes.io/tier"),
        failover.failoverPriorityLabels());
    assertEquals("failover for reviews.default: cn-hangzhou -> cn-shanghai; priority "
        + "topology.istio.io/cluster=c80f45444b3da447da60a911390c2abcd, app.kubernetes.io/tier; "
        + "outlier detection 3 x 5xx, interval 10s, ejection 30s, max 100%", failover.describe());
  }

  @Test
  void fromAndToMustDiffer() {
    assertEquals("failover.regions[0].to must differ from the source region, both were \"cn-hangzhou\"",
        assertInvalid("failover.regions[0].to", "must differ from the source region",
            () -> Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-hangzhou")).getMessage());
    assertInvalid("failover.regions[0].to", "must differ from the source region",
        () -> Failover.forService("reviews", "default").between("cn-hangzhou", "cn-hangzhou"));
  }

  @Test
  void toIsRequired() {
    Failover.From pending = Failover.forService("reviews", "default").from("cn-hangzhou");

    assertInvalid("failover.regions[0].to", "must not be null", () -> pending.to(null));
    assertInvalid("failover.regions[0].to", "must not be blank", () -> pending.to(""));
    assertInvalid("failover.regions", "must hold at least one from(region).to(region) pair",
        () -> Failover.forService("reviews", "default").render());
  }

  @Test
  void regionsAreRegionsOnly() {
    Failover failover = Failover.forService("reviews", "default");

    assertInvalid("failover.regions[0].from", "must be a region without '/'", () -> failover.from("cn-hangzhou/cn-hangzhou-a"));
    assertInvalid("failover.regions[0].to", "must not contain the '*' wildcard", () -> failover.from("cn-hangzhou").to("*"));
    assertInvalid("failover.regions[0].from", "must not contain whitespace", () -> failover.from("cn hangzhou"));
    assertInvalid("failover.regions[0].from", "must not be null", () -> failover.from(null));
    assertInvalid("failover.regions[1].from", "must not repeat \"cn-hangzhou\"",
        () -> failover.from("cn-hangzhou").to("cn-shanghai").from("cn-hangzhou"));
  }

  @Test
  void regionFailoverCannotBeCombinedWithTopologyPriorityLabels() {
    Failover pairs = Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai");

    assertInvalid("failover.failoverPriority", "must not hold topology label \"topology.kubernetes.io/region\"",
        () -> pairs.failoverPriority("topology.kubernetes.io/region"));
    assertInvalid("failover.failoverPriority", "topology label \"topology.istio.io/subzone\"",
        () -> pairs.failoverPriority("topology.istio.io/cluster", "topology.istio.io/subzone"));
    assertInvalid("failover.failoverPriority", "topology label \"topology.kubernetes.io/zone\"",
        () -> Failover.forService("reviews", "default").failoverPriority("topology.kubernetes.io/zone=cn-hangzhou-a")
            .from("cn-hangzhou").to("cn-shanghai"));
  }

  @Test
  void priorityLabelsFollowKubernetesRules() {
    Failover failover = Failover.forService("reviews", "default");

    assertInvalid("failover.failoverPriority", "must name at least one label", failover::failoverPriority);
    assertInvalid("failover.failoverPriority[1]", "must not repeat label \"topology.istio.io/cluster\"",
        () -> failover.failoverPriority("topology.istio.io/cluster", "topology.istio.io/cluster=c1"));
    assertInvalid("failover.failoverPriority[0]", "must be a label key whose prefix before '/' is a DNS subdomain",
        () -> failover.failoverPriority("Topology.Istio.io/cluster"));
    assertInvalid("failover.failoverPriority[0]", "must be empty or 1-63 characters",
        () -> failover.failoverPriority("topology.istio.io/cluster=bad value"));
    assertInvalid("failover.failoverPriority[0]", "must not be null", () -> failover.failoverPriority((String) null));
    assertEquals(List.of("b"), failover.failoverPriority("a").failoverPriority("b").failoverPriorityLabels(),
        "a second call replaces the labels");
  }

  @Test
  void tuningIsChecked() {
    Failover failover = Failover.forService("reviews", "default");

    assertInvalid("failover.maxRequestsPerConnection", "must be 1-2147483647, was 0", () -> failover.maxRequestsPerConnection(0));
    assertInvalid("outlierDetection.consecutive5xxErrors", "must be 1-2147483647, was 0",
        () -> failover.outlierDetection(0, Duration.ofSeconds(1), Duration.ofSeconds(1), 100));
    assertInvalid("failover.outlierDetection", "must not be null", () -> failover.outlierDetection(null));
    assertEquals(OptionalInt.of(1), recipe().maxRequestsPerConnection());
  }
}
