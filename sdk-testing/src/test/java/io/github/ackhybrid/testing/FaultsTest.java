package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.core.exception.ValidationException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {
  private static final String REGISTER = "{\"name\":\"idc-1\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ExternalKubernetes\"}";

  private static CloudSimulator sim;

  @BeforeAll
  static void start() {
    sim = CloudSimulator.builder().speed(0).start();
  }

  @AfterAll
  static void stop() {
    sim.close();
  }

  @BeforeEach
  void reset() {
    sim.reset();
  }

  private static SignedCall create() {
    return SignedCall.ack(sim, "CreateCluster", "POST", "/clusters").json(REGISTER);
  }

  private static SignedCall quota() {
    return SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota");
  }

  @Test
  void throttlingRefusesTheCallWithoutActing() {
    sim.faults().throttle().forAction("CreateCluster").once();

    SignedCall.Reply throttled = create().call();

    assertEquals(400, throttled.status());
    assertEquals("Throttling.User", throttled.text("code"));
    assertEquals(throttled.requestIdHeader(), throttled.text("requestId"));
    assertTrue(sim.clusters().isEmpty());
    assertEquals(200, create().call().status(), "once means the next call only");
    assertEquals(1, sim.clusters().size());
    assertEquals(1, sim.faults().injected(FaultKind.THROTTLE));
  }

  @Test
  void throttlingCanAnswer429AndAdvertiseWhenToRetry() {
    sim.faults().throttle().status(429).retryAfter(Duration.ofMillis(1500)).once();

    SignedCall.Reply reply = quota().call();

    assertEquals(429, reply.status());
    assertEquals("1500", reply.headers().get("x-acs-retry-after"));
    assertEquals("2", reply.headers().get("Retry-After"));
    assertEquals(FaultKind.THROTTLE, sim.requests().get(0).fault().orElseThrow());
  }

  @Test
  void serverErrorsAnswerInternalErrorAndServiceUnavailable() {
    sim.faults().serverError().once();
    sim.faults().serviceUnavailable().once();

    SignedCall.Reply first = create().call();
    SignedCall.Reply second = create().call();

    assertEquals(500, first.status());
    assertEquals("InternalError", first.text("code"));
    assertEquals(503, second.status());
    assertEquals("ServiceUnavailable", second.text("code"));
    assertTrue(sim.clusters().isEmpty());
    assertEquals(2, sim.faults().injected());
  }

  @Test
  void aDelayHoldsTheAnswerPastTheClientsReadTimeoutButStillActs() {
    sim.faults().delay(Duration.ofMillis(800)).forAction("CreateCluster").once();

    assertThrows(InterruptedIOException.class, () -> create().readTimeout(Duration.ofMillis(100)).send());

    assertEquals(1, sim.clusters().size());
    assertEquals(1, sim.faults().injected(FaultKind.DELAY));
  }

  @Test
  void droppingBeforeActingLeavesNoTrace() {
    sim.faults().dropBeforeActing().forAction("CreateCluster").once();

    assertThrows(IOException.class, () -> create().send());

    assertTrue(sim.clusters().isEmpty());
    RecordedCall call = sim.requests("CreateCluster").get(0);
    assertEquals(0, call.status());
    assertEquals(FaultKind.DROP_BEFORE_ACTING, call.fault().orElseThrow());
  }

  @Test
  void droppingAfterActingCreatesTheClusterButLosesTheAnswer() {
    sim.faults().dropAfterActing().forAction("CreateCluster").once();

    assertThrows(IOException.class, () -> create().send());

    assertEquals(1, sim.clusters().size());
    assertEquals(1, sim.tasks().size());
    assertEquals(0, sim.requests("CreateCluster").get(0).status());
  }

  @Test
  void aMalformedBodyIsA200ThatDoesNotParse() {
    sim.faults().malformedBody().forAction("CreateCluster").once();

    SignedCall.Reply reply = create().call();

    assertEquals(200, reply.status());
    assertTrue(reply.json().isMissingNode(), reply.body());
    assertFalse(reply.body().isEmpty());
    assertEquals(1, sim.clusters().size());
  }

  @Test
  void aTruncatedBodyEndsTheConnectionHalfwayAfterActing() {
    sim.faults().truncatedBody().forAction("CreateCluster").once();

    assertThrows(IOException.class, () -> create().send());

    assertEquals(1, sim.clusters().size());
    assertEquals(FaultKind.TRUNCATED_BODY, sim.requests().get(0).fault().orElseThrow());
  }

  @Test
  void rulesApplyOnlyToTheirOperationAndProduct() {
    sim.faults().serverError().forAction("CreateCluster").always();
    sim.faults().serviceUnavailable().forProduct(Product.ASM).always();

    assertEquals(200, quota().call().status());
    assertEquals(500, create().call().status());
    assertEquals(503, SignedCall.rpcV2(sim, Product.ASM, "DescribeServiceMeshes", "GET").call().status());
  }

  @Test
  void timesIsRespectedAndTheRuleCountsItsHits() {
    FaultRule rule = sim.faults().serverError().times(2);

    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(quota().call().status());
    }

    assertEquals(List.of(500, 500, 200, 200), statuses);
    assertEquals(2, rule.injected());
  }

  @Test
  void sharesAreReproducibleWithTheSameSeed() {
    assertEquals(pattern(7), pattern(7));
    List<Boolean> hits = pattern(7);
    long count = hits.stream().filter(h -> h).count();
    assertTrue(count > 0 && count < hits.size(), hits.toString());
  }

  private static List<Boolean> pattern(long seed) {
    try (CloudSimulator seeded = CloudSimulator.builder().speed(0).faultSeed(seed).start()) {
      seeded.faults().serverError().share(0.5);
      List<Boolean> hits = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        hits.add(SignedCall.ack(seeded, "DescribeUserQuota", "GET", "/quota").call().status() == 500);
      }
      return hits;
    }
  }

  @Test
  void aRandomRuleDrawsItsKindsFromTheSeedAndReproducesThem() {
    List<Integer> first = randomStatuses(41);
    List<Integer> again = randomStatuses(41);

    assertEquals(first, again, "the same seed, the same faults in the same order");
    assertTrue(first.contains(500) && first.contains(503) && first.contains(400), first.toString());
    assertEquals(first.size(), sim.faults().injected(), "every call was hit");
    assertEquals(sim.faults().injected(), sim.faults().injected(FaultKind.SERVER_ERROR)
        + sim.faults().injected(FaultKind.SERVICE_UNAVAILABLE) + sim.faults().injected(FaultKind.THROTTLE));
    assertTrue(sim.clusters().isEmpty(), "none of the drawn kinds acts");
  }

  private static List<Integer> randomStatuses(long seed) {
    sim.faults().clear(seed);
    FaultRule rule = sim.faults().random(Duration.ofMillis(1), FaultKind.SERVER_ERROR,
        FaultKind.SERVICE_UNAVAILABLE, FaultKind.THROTTLE).always();
    assertEquals(List.of(FaultKind.SERVER_ERROR, FaultKind.SERVICE_UNAVAILABLE, FaultKind.THROTTLE), rule.kinds());
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 24; i++) {
      statuses.add(create().call().status());
    }
    return statuses;
  }

  @Test
  void neighbouringSeedsDoNotShareTheirFirstDraw() {
    long hitFirst = 0;
    for (long seed = 1; seed <= 40; seed++) {
      sim.faults().clear(seed);
      sim.faults().serverError().share(0.5);
      hitFirst += quota().call().status() == 500 ? 1 : 0;
    }
    assertTrue(hitFirst > 5 && hitFirst < 35, hitFirst + " of 40 runs had their first call hit");
  }

  @Test
  void aRandomRuleWithoutKindsDrawsFromEveryKind() {
    assertEquals(List.of(FaultKind.values()), sim.faults().random(Duration.ofMillis(1)).kinds());
    assertThrows(ValidationException.class, () -> sim.faults().random(Duration.ZERO));
    assertThrows(ValidationException.class, () -> sim.faults().random(Duration.ofMillis(1), (FaultKind) null));
  }

  @Test
  void clearRemovesRulesAndCounters() {
    sim.faults().serverError().always();
    assertEquals(500, quota().call().status());

    sim.faults().clear();

    assertEquals(200, quota().call().status());
    assertEquals(0, sim.faults().injected());
  }

  @Test
  void rulesRejectMisuse() {
    assertThrows(ValidationException.class, () -> sim.faults().serverError().status(429));
    assertThrows(ValidationException.class, () -> sim.faults().throttle().status(500));
    assertThrows(ValidationException.class, () -> sim.faults().throttle().share(1.5));
    assertThrows(ValidationException.class, () -> sim.faults().delay(Duration.ZERO));
    FaultRule registered = sim.faults().throttle().once();
    assertThrows(IllegalStateException.class, () -> registered.forAction("CreateCluster"));
  }
}
