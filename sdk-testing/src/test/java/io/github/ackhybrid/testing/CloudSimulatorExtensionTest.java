package io.github.ackhybrid.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The JUnit 5 extension: one simulator per class, reset between tests, injected where asked. */
@SimulatedCloud
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CloudSimulatorExtensionTest {
  private static final AtomicReference<CloudSimulator> FROM_BEFORE_ALL = new AtomicReference<>();
  private static final AtomicReference<CloudSimulator> FROM_FIRST_TEST = new AtomicReference<>();

  private final CloudSimulator fromConstructor;
  private CloudSimulator fromBeforeEach;

  CloudSimulatorExtensionTest(CloudSimulator sim) {
    this.fromConstructor = sim;
  }

  @BeforeAll
  static void beforeAll(CloudSimulator sim) {
    FROM_BEFORE_ALL.set(sim);
  }

  @BeforeEach
  void beforeEach(CloudSimulator sim) {
    fromBeforeEach = sim;
  }

  @Test
  @Order(1)
  void injectsOneRunningSimulatorEverywhere(CloudSimulator sim) {
    assertNotNull(sim);
    assertSame(FROM_BEFORE_ALL.get(), sim);
    assertSame(fromConstructor, sim);
    assertSame(fromBeforeEach, sim);
    assertEquals(200, SignedCall.ack(sim, "CreateCluster", "POST", "/clusters")
        .json("{\"name\":\"left-behind\",\"region_id\":\"cn-hangzhou\",\"cluster_type\":\"ExternalKubernetes\"}")
        .call().status());
    sim.faults().serverError().always();
    FROM_FIRST_TEST.set(sim);
  }

  @Test
  @Order(2)
  void theSameSimulatorIsResetBeforeTheNextTest(CloudSimulator sim) {
    assertSame(FROM_FIRST_TEST.get(), sim);
    assertTrue(sim.clusters().isEmpty());
    assertTrue(sim.requests().isEmpty());
    assertEquals(200, SignedCall.ack(sim, "DescribeUserQuota", "GET", "/quota").call().status());
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheOuterSimulator(CloudSimulator sim) {
      assertSame(FROM_BEFORE_ALL.get(), sim);
      assertTrue(sim.clusters().isEmpty());
    }
  }
}
