package io.github.ackhybrid.nodepool;

import static io.github.ackhybrid.nodepool.MockCs.CLUSTER;
import static io.github.ackhybrid.nodepool.MockCs.POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Bad input is refused with a ValidationException naming the field, and nothing reaches the network. */
class ValidationSendsNothingTest {
  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  private final MockCs cs = new MockCs();
  private final NodePoolClient pools = cs.client(Clock.fixed(NOW, ZoneOffset.UTC));

  @AfterEach
  void stop() {
    assertEquals(0, cs.server.getRequestCount(), "nothing may be sent for invalid input");
    pools.close();
    cs.close();
  }

  private static void refused(String field, Executable call) {
    ValidationException e = assertThrows(ValidationException.class, call);
    assertEquals(field, e.field(), e.getMessage());
  }

  private static void refusedAsync(String field, Supplier<java.util.concurrent.CompletableFuture<?>> call) {
    CompletionException e = assertThrows(CompletionException.class, () -> call.get().join());
    assertEquals(field, assertInstanceOf(ValidationException.class, e.getCause()).field());
  }

  @Test
  void ids() {
    refused("clusterId", () -> pools.describePool("", POOL));
    refused("clusterId", () -> pools.listPools("c/../x"));
    refused("nodePoolId", () -> pools.describePool(CLUSTER, "np 1"));
    refused("nodePoolId", () -> pools.deletePool(CLUSTER, null));
    refused("clusterId", () -> pools.listNodes("", r -> {}));
    refusedAsync("nodePoolId", () -> pools.async().describePool(CLUSTER, ""));
    refusedAsync("clusterId", () -> pools.async().listNodes(null, r -> {}).toList());
    refusedAsync("listNodes", () -> pools.async().listNodes(CLUSTER, (ListNodesRequest) null).forEach(n -> { }));
    refusedAsync("clusterId", () -> pools.async().waiters().untilActive("", POOL, java.time.Duration.ofMinutes(1)));
  }

  @Test
  void poolSpecs() {
    refused("nodePool.name", () -> pools.createHybridPool(CLUSTER, p -> p.name("")));
    refused("nodePool.label.key", () -> pools.createHybridPool(CLUSTER, p -> p.name("idc").label("bad key", "v")));
    refused("nodePool.taint.effect", () -> pools.createHybridPool(CLUSTER,
        p -> p.name("idc").taint("k", "v", TaintEffect.UNKNOWN)));
    refused("hybridPool.label.alibabacloud.com/nodepool-type", () -> pools.createHybridPool(CLUSTER,
        p -> p.name("idc").removeLabel("alibabacloud.com/nodepool-type")));
    refused("hybridPool.taint.nodepool-type", () -> pools.createHybridPool(CLUSTER,
        p -> p.name("idc").removeTaint("nodepool-type")));
    refused("nodePool.scalingGroup.vSwitchIds", () -> pools.createPool(CLUSTER, p -> p.name("app").ecs(s -> {})));
    refusedAsync("nodePool.name", () -> pools.async().createHybridPool(CLUSTER, p -> p.name("-x")));
  }

  @Test
  void counts() {
    refused("addNodes.count", () -> pools.addNodes(CLUSTER, POOL, 0));
    refused("addNodes.count", () -> pools.addNodes(CLUSTER, POOL, 501));
    refused("scaleTo.desiredSize", () -> pools.scaleTo(CLUSTER, POOL, -1));
    refusedAsync("addNodes.count", () -> pools.async().addNodes(CLUSTER, POOL, -5));
    refused("listNodes.pageSize", () -> pools.listNodes(CLUSTER, r -> r.pageSize(101)));
    refused("untilNodesReady.count", () -> pools.waiters().untilNodesReady(CLUSTER, POOL, -1, Duration.ofSeconds(1)));
  }

  @Test
  void jsonArrayQueryValues() {
    refused("removeNodes.instanceIds", () -> pools.removeNodes(CLUSTER, POOL, r -> {}));
    refused("removeNodes.instanceIds", () -> pools.removeNodes(CLUSTER, POOL, r -> r.addInstanceId("i-1\",\"i-2")));
    refused("removeNodes.nodeNames", () -> pools.removeNodes(CLUSTER, POOL, r -> r.addNodeName("Bad Node")));
    refused("listNodes.instanceIds", () -> pools.listNodes(CLUSTER, r -> r.addInstanceId("i-1,i-2")));
    refusedAsync("removeNodes.instanceIds", () -> pools.async().removeNodes(CLUSTER, POOL, r -> {}));
  }

  @Test
  void attachScripts() {
    refused("attachScript.expiresIn", () -> pools.attachScript(CLUSTER, POOL, s -> s.expiresIn(Duration.ZERO)));
    refused("attachScript.expiresIn", () -> pools.attachScript(CLUSTER, POOL, s -> s.expiresIn(Duration.ofSeconds(5))));
    refused("attachScript.expiresAt", () -> pools.attachScript(CLUSTER, POOL, s -> s.expiresAt(NOW.minusSeconds(1))));
    refused("attachScript.expiresIn", () -> pools.attachScript(CLUSTER, POOL,
        s -> s.expiresIn(Duration.ofHours(1)).expiresAt(NOW.plusSeconds(3600))));
    refused("attachScript.options.nodeNameOverride", () -> pools.attachScript(CLUSTER, POOL,
        s -> s.options(o -> o.nodeNameOverride("x*"))));
    refused("attachInstances.instanceIds", () -> pools.attachInstances(CLUSTER, POOL, a -> {}));
  }

  @Test
  void updates() {
    refused("nodePoolUpdate", () -> pools.updatePool(CLUSTER, POOL, u -> {}));
    refused("nodePoolUpdate.label.value", () -> pools.updatePool(CLUSTER, POOL, u -> u.label("k", "-bad")));
  }
}
