package io.github.ackhybrid.mesh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.mesh.model.LocalityDistribution;
import io.github.ackhybrid.mesh.model.LocalityFailover;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The mesh-wide locality settings enforce Istio's locality rules (reference §5.4) when built. */
class LocalityLbConfigTest {

  private static ValidationException rejects(String field, String ruleFragment, Executable build) {
    ValidationException e = assertThrows(ValidationException.class, build);
    assertEquals(field, e.field(), e.getMessage());
    assertTrue(e.getMessage().contains(ruleFragment), e.getMessage());
    return e;
  }

  private static Map<String, Integer> weights(Object... localityAndWeight) {
    Map<String, Integer> m = new LinkedHashMap<>();
    for (int i = 0; i < localityAndWeight.length; i += 2) {
      m.put((String) localityAndWeight[i], (Integer) localityAndWeight[i + 1]);
    }
    return m;
  }

  @Test
  void buildsFailoverBothWays() {
    LocalityLbConfig c = LocalityLbConfig.builder()
        .failover("cn-hangzhou", "cn-shanghai").failover("cn-shanghai", "cn-hangzhou").build();
    assertEquals(List.of(LocalityFailover.of("cn-hangzhou", "cn-shanghai"), LocalityFailover.of("cn-shanghai", "cn-hangzhou")),
        c.failover());
    assertTrue(c.distribute().isEmpty());
  }

  @Test
  void buildsDistributionWithWildcardsKeepingOrder() {
    LocalityLbConfig c = LocalityLbConfig.builder()
        .distribute("cn-hangzhou/*", weights("cn-hangzhou/*", 80, "cn-shanghai/*", 20))
        .distribute("cn-shanghai/*", weights("cn-shanghai/*", 80, "cn-hangzhou/*", 20))
        .build();
    LocalityDistribution first = c.distribute().get(0);
    assertEquals(List.of("cn-hangzhou/*", "cn-shanghai/*"), List.copyOf(first.to().keySet()));
  }

  @Test
  void failoverAndDistributeAreExclusiveAndOneIsNeeded() {
    rejects("localityLbConfig", "can not simultaneously specify 'distribute' and 'failover'", () -> LocalityLbConfig.builder()
        .failover("cn-a", "cn-b").distribute("cn-a", weights("cn-a", 100)).build());
    rejects("localityLbConfig", "must hold failover or distribute entries", () -> LocalityLbConfig.builder().build());
  }

  @Test
  void failoverNamesTwoDifferentRegions() {
    rejects("localityLbConfig.failover[0]", "different region",
        () -> LocalityLbConfig.builder().failover("cn-hangzhou", "cn-hangzhou").build());
    rejects("localityLbConfig.failover[0].from", "region only",
        () -> LocalityLbConfig.builder().failover("cn-hangzhou/cn-hangzhou-a", "cn-shanghai").build());
    rejects("localityLbConfig.failover[1].to", "'*' wildcard",
        () -> LocalityLbConfig.builder().failover("cn-a", "cn-b").failover("cn-b", "*").build());
    rejects("localityLbConfig.failover.to", "must not be null",
        () -> LocalityLbConfig.builder().failover("cn-a", null));
  }

  @Test
  void distributionWeightsAreOneToHundredAndSumToHundred() {
    rejects("localityLbConfig.distribute[0].to", "weights must sum to 100, was 110",
        () -> LocalityLbConfig.builder().distribute("cn-hangzhou", weights("cn-hangzhou", 90, "cn-shanghai", 20)).build());
    rejects("localityLbConfig.distribute[0].to[cn-shanghai]", "must be 1-100, was 0",
        () -> LocalityLbConfig.builder().distribute("cn-hangzhou", weights("cn-hangzhou", 100, "cn-shanghai", 0)).build());
    rejects("localityLbConfig.distribute[0].to", "at least one locality",
        () -> LocalityLbConfig.builder().distribute("cn-hangzhou", Map.of()).build());
  }

  @Test
  void localitiesFollowIstioSyntaxAndDoNotOverlap() {
    rejects("localityLbConfig.distribute[0].from", "empty region/zone/subzone",
        () -> LocalityLbConfig.builder().distribute("cn-hangzhou//a", weights("cn-hangzhou", 100)).build());
    rejects("localityLbConfig.distribute[0].to", "'*' wildcard only once, as its last segment",
        () -> LocalityLbConfig.builder().distribute("cn-hangzhou", weights("*/zone-a", 100)).build());
    rejects("localityLbConfig.distribute[1].from", "overlaps",
        () -> LocalityLbConfig.builder()
            .distribute("cn-hangzhou/*", weights("cn-hangzhou", 100))
            .distribute("cn-hangzhou/zone-a", weights("cn-hangzhou", 100)).build());
    rejects("localityLbConfig.distribute[0].to", "overlaps",
        () -> LocalityLbConfig.builder().distribute("cn-hangzhou", weights("cn-shanghai/*", 50, "cn-shanghai/b", 50)).build());
    rejects("localityLbConfig.distribute[0].from", "region[/zone[/subzone]]",
        () -> LocalityLbConfig.builder().distribute("a/b/c/d", weights("a", 100)).build());
  }
}
