package io.github.ackhybrid.mesh.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.Failover;
import io.github.ackhybrid.mesh.IstioResource;
import io.github.ackhybrid.mesh.NearestAccess;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyConflictsTest {
  private static final IstioResource FAILOVER =
      Failover.forService("reviews", "default").from("cn-hangzhou").to("cn-shanghai").render().get(0);
  private static final ObjectNode NEAREST = NearestAccess.forService("reviews", "default").render().get(0).toJson();

  @Test
  void failoverAndNearestAccessForOneHostConflict() {
    Optional<String> warning = PolicyConflicts.find(FAILOVER, List.of(NEAREST));

    assertTrue(warning.isPresent());
    assertTrue(warning.get().contains("default/reviews-failover"), warning.get());
    assertTrue(warning.get().contains("default/reviews "), warning.get());
    assertTrue(warning.get().contains("reviews.default.svc.cluster.local"), warning.get());
  }

  @Test
  void theSameRuleACanaryRuleOrAnotherHostIsNoConflict() {
    ObjectNode canaryRule = CanaryRelease.forService("reviews", "default").weight("v1", 100).render().get(0).toJson();
    ObjectNode otherHost = NearestAccess.forService("ratings", "default").render().get(0).toJson();

    assertEquals(Optional.empty(), PolicyConflicts.find(FAILOVER, List.of(FAILOVER.toJson(), canaryRule, otherHost)));
  }

  @Test
  void aVirtualServiceIsNeverChecked() {
    IstioResource virtualService = CanaryRelease.forService("reviews", "default").weight("v1", 100).render().get(1);

    assertEquals(Optional.empty(), PolicyConflicts.find(virtualService, List.of(NEAREST)));
  }
}
