package io.github.ackhybrid.reliability.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ackhybrid.cluster.ClusterAsyncClient;
import io.github.ackhybrid.cluster.ClusterAsyncWaiters;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.ClusterWaiters;
import io.github.ackhybrid.cluster.billing.BillingAsyncClient;
import io.github.ackhybrid.cluster.billing.BillingClient;
import io.github.ackhybrid.core.AsyncPaginator;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.mesh.MeshAsyncClient;
import io.github.ackhybrid.mesh.MeshAsyncWaiters;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.mesh.MeshWaiters;
import io.github.ackhybrid.nodepool.NodePoolAsyncClient;
import io.github.ackhybrid.nodepool.NodePoolAsyncWaiters;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.NodePoolWaiters;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacity;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityAsync;
import io.github.ackhybrid.nodepool.scheduling.SchedulingAsyncClient;
import io.github.ackhybrid.nodepool.scheduling.SchedulingClient;
import io.github.ackhybrid.nodepool.scheduling.SchedulingPolicies;
import io.github.ackhybrid.testing.CloudSimulator;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Feeds bad input to every public method of the SDK's public API and proves each one is refused
 * with a {@link io.github.ackhybrid.core.exception.ValidationException} that names the field and
 * the rule, before anything reaches the simulator or a Kubernetes API server.
 *
 * <p>The methods come from reflection over the exported packages ({@link ApiSurface}), so a new
 * method cannot slip past: each public method that takes an argument must be on a client surface,
 * a builder, a static factory or a known policy value, or on {@link #NOT_SWEPT} with the reason.
 * Generated cases: a null for each reference argument; for client methods also blank, control
 * characters, header injection, oversize, non-ASCII and path traversal strings, negative and huge
 * counts, and zero, negative and overflowing durations. {@link SemanticRules} adds the table of
 * CIDR, label, weight, bounds and id rules with the exact field each must name. A method that
 * returns a {@code CompletableFuture} or an {@link AsyncPaginator} must not throw: its future (or
 * the paginator's first pass) must fail instead.
 */
class BadInputSweepTest {
  private static final String WRITES_FILE = "writes a decoded document to a file; a bad path is an I/O error";
  private static final String PAGINATOR = "works on a paginator the clients return; its page calls are swept";
  private static final String CALLBACK = "a callback the user implements, not an SDK entry point";
  private static final String WAITER = "the generic waiter the SDK's typed waiters build; the typed waiters are swept";
  private static final String PREFLIGHT = "a generated builder that leaked public; preflight failures are made by the SDK";
  private static final String ESTIMATOR = "reached through BillingClient.estimate, which is swept";
  private static final String MONEY = "arithmetic on amounts the SDK decoded";
  private static final String NAME_FILTER =
      "a pool name filter matches names made anywhere (console names hold spaces); it travels as a query value";
  private static final String REFRESH = "a builder no factory returns; its refresh rules belong to the credential refresh suite";

  /** Public methods that take arguments yet get no generated case, and why. */
  private static final Map<String, String> NOT_SWEPT = Map.ofEntries(
      Map.entry("AgentManifest.writeTo(Path)", WRITES_FILE),
      Map.entry("UserKubeconfig.writeTo(Path)", WRITES_FILE),
      Map.entry("AttachScript.writeTo(Path)", WRITES_FILE),
      Map.entry("AsyncPaginator.forEach(Consumer)", PAGINATOR),
      Map.entry("AsyncPaginator.forEachPage(Predicate)", PAGINATOR),
      Map.entry("AsyncPaginator.withExecutor(Executor)", PAGINATOR),
      Map.entry("AsyncPaginator.PageFetcher.fetch(int,int)", CALLBACK),
      Map.entry("Paginator.PageFetcher.fetch(int,int)", CALLBACK),
      Map.entry("ServerRunner.run(ServerSpec,AttachScript)", CALLBACK),
      Map.entry("TrafficPolicy.render(IstioApiVersion)", "the swept CanaryRelease, Failover and NearestAccess implement it"),
      Map.entry("Waiter.Builder.acceptor(Function)", WAITER),
      Map.entry("Waiter.Builder.backoffMultiplier(double)", WAITER),
      Map.entry("Waiter.Builder.describeState(Function)", WAITER),
      Map.entry("Waiter.Builder.executor(Executor)", WAITER),
      Map.entry("Waiter.Builder.initialInterval(Duration)", WAITER),
      Map.entry("Waiter.Builder.maxInterval(Duration)", WAITER),
      Map.entry("Waiter.Builder.onError(Function)", WAITER),
      Map.entry("Waiter.Builder.poll(Supplier)", WAITER),
      Map.entry("Waiter.Builder.pollAsync(Supplier)", WAITER),
      Map.entry("Waiter.Builder.timeout(Duration)", WAITER),
      Map.entry("CachedCredentialsProvider.Builder.clock(Clock)", REFRESH),
      Map.entry("CachedCredentialsProvider.Builder.refreshBeforeExpiry(Duration)", REFRESH),
      Map.entry("ServiceErrorDetails.withAttemptHistory(String)", "made by the SDK's retry loop, never from user input"),
      Map.entry("ImmutablePreflightFailure.Builder.check(PreflightCheck)", PREFLIGHT),
      Map.entry("ImmutablePreflightFailure.Builder.from(PreflightFailure)", PREFLIGHT),
      Map.entry("ImmutablePreflightFailure.Builder.message(String)", PREFLIGHT),
      Map.entry("CostEstimator.estimate(ClusterEdition,BillingSite,ClusterLifetime,YearMonth,Instant)", ESTIMATOR),
      Map.entry("CostEstimator.estimate(ClusterEdition,BillingSite,Duration)", ESTIMATOR),
      Map.entry("CostEstimator.estimate(ClusterEdition,BillingSite,Instant,Instant)", ESTIMATOR),
      Map.entry("Money.minus(Money)", MONEY),
      Map.entry("Money.plus(Money)", MONEY),
      Map.entry("Money.times(BigDecimal)", MONEY),
      Map.entry("Money.times(long)", MONEY),
      Map.entry("KubernetesVersion.isAtLeast(int,int)", "a comparison of a decoded version; any int compares"),
      Map.entry("AttachScript.isExpiredAt(Instant)", "a query on a decoded script"),
      Map.entry("Toleration.tolerates(String,String,Toleration.Effect)", "a query on a built toleration"),
      Map.entry("Failover.From.to(String)", "the second half of Failover.from(...).to(...): Failover.from is swept"),
      Map.entry("RouteMatch.andHeader(String,StringMatch)", "routes are checked when a CanaryRelease using them is"),
      Map.entry("RouteMatch.andUri(StringMatch)", "routes are checked when a CanaryRelease using them is"));

  /** Generated cases a method may accept, and why the value is valid for it. */
  private static final Map<String, String> ACCEPTS = Map.ofEntries(
      Map.entry("NodePoolWaiters.withNotFoundGrace(Duration)#0:zero", "no grace is a valid choice"),
      Map.entry("NodePoolAsyncWaiters.withNotFoundGrace(Duration)#0:zero", "no grace is a valid choice"),
      Map.entry("KubeClient.list(ResourceKind,String,String)#2:empty", "an empty label selector selects everything"),
      Map.entry("KubeClient.listAll(ResourceKind,String)#1:empty", "an empty label selector selects everything"),
      Map.entry("BillingClient.estimate(ClusterEdition,Duration)#1:overflowing", "any positive lifetime has an estimate"),
      Map.entry("NodePoolClient.listPools(String,String)#1:non-ASCII", NAME_FILTER),
      Map.entry("NodePoolClient.listPools(String,String)#1:path-traversal", NAME_FILTER),
      Map.entry("NodePoolAsyncClient.listPools(String,String)#1:non-ASCII", NAME_FILTER),
      Map.entry("NodePoolAsyncClient.listPools(String,String)#1:path-traversal", NAME_FILTER),
      Map.entry("Page.withNextToken(List,String)#1:null", "documented: a null token marks the last page"),
      Map.entry("Credentials.session(String,String,String,Instant)#3:null", "documented: null means the expiry is unknown"),
      Map.entry("NodePoolUpdate.Builder.resourceGroupId(String)#0:null", "documented: null means the default group"),
      Map.entry("PoolSpecBuilder.resourceGroupId(String)#0:null", "documented: null means the default group"));

  /**
   * Tells whether a generated case is a valid value for a whole family of methods. Waiters take
   * any positive timeout (a very long one waits for a terminal state); label selectors and field
   * managers are parsed by the API server, so the client only keeps control characters out of them.
   */
  private static boolean accepted(Method method, int index, String badCase) {
    if (method.getDeclaringClass().getSimpleName().endsWith("Waiters") && badCase.equals("overflowing")) {
      return true;
    }
    return SERVER_PARSED.contains(ApiSurface.signature(method) + "#" + index)
        && Set.of("oversize", "non-ASCII", "path-traversal").contains(badCase);
  }

  /** Kubernetes arguments the API server parses: label selectors and field managers. */
  private static final Set<String> SERVER_PARSED = Set.of(
      "KubeClient.list(ResourceKind,String,String)#2",
      "KubeClient.listAll(ResourceKind,String)#1",
      "KubeClient.apply(ResourceKind,ObjectNode,String)#2");

  private static CloudSimulator sim;
  private static MockWebServer kubeServer;
  private static ClusterClient clusters;
  private static NodePoolClient pools;
  private static SchedulingClient scheduling;
  private static ElasticCapacity elastic;
  private static MeshClient mesh;
  private static KubeClient kube;
  private static CloudConfig config;
  private static Samples samples;
  private static Probe probe;
  private static int methodsSwept;
  private static int generatedContainerNulls;
  private static final List<Class<?>> builderClasses = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    sim = CloudSimulator.start();
    kubeServer = new MockWebServer();
    kubeServer.start();
    config = sim.cloudConfig().build();
    clusters = ClusterClient.create(config);
    pools = NodePoolClient.create(config);
    scheduling = SchedulingClient.create(config);
    elastic = ElasticCapacity.create(config);
    mesh = MeshClient.create(config);
    Kubeconfig kubeconfig = Kubeconfig.parse(String.join("\n",
        "apiVersion: v1",
        "kind: Config",
        "clusters:",
        "- name: sweep",
        "  cluster:",
        "    server: http://127.0.0.1:" + kubeServer.getPort(),
        "contexts:",
        "- name: sweep",
        "  context:",
        "    cluster: sweep",
        "    user: anonymous",
        "users:",
        "- name: anonymous",
        "  user: {}",
        "current-context: sweep",
        ""));
    kube = KubeClient.create(kubeconfig);
    samples = new Samples(kube, kubeconfig, config, clusters, pools);
    probe = new Probe(sim, kubeServer);
  }

  @AfterAll
  static void stop() throws Exception {
    kube.close();
    mesh.close();
    elastic.close();
    scheduling.close();
    pools.close();
    clusters.close();
    kubeServer.shutdown();
    sim.close();
    System.out.println("bad input: methods=" + methodsSwept + " cases=" + probe.cases()
        + " validationExceptions=" + probe.validationExceptions() + " requestsOnWire=" + probe.requestsOnWire()
        + " (left out: " + generatedContainerNulls + " null containers passed to generated builder setters)");
  }

  @Test
  void everyPublicMethodWithInputIsSwept() {
    Map<Class<?>, Supplier<Object>> clients = clientSurfaces();
    List<String> unswept = new ArrayList<>();
    for (Class<?> type : ApiSurface.publicTypes()) {
      for (Method method : ApiSurface.publicMethods(type)) {
        if (method.getParameterCount() > 0 && !NOT_SWEPT.containsKey(ApiSurface.signature(method))
            && !covered(type, method, clients)) {
          unswept.add(ApiSurface.signature(method));
        }
      }
    }
    assertEquals(List.of(), unswept, "public methods with neither generated cases nor a reason on NOT_SWEPT");
  }

  @Test
  void clientMethodsRefuseBadInputBeforeTheWire() {
    for (Map.Entry<Class<?>, Supplier<Object>> surface : clientSurfaces().entrySet()) {
      for (Method method : ApiSurface.publicMethods(surface.getKey())) {
        if (!ApiSurface.isStatic(method) && method.getParameterCount() > 0) {
          sweepMethod(method, surface.getValue(), true);
        }
      }
    }
    assertNoDefects();
  }

  @Test
  void buildersFactoriesAndPoliciesRefuseNulls() {
    for (Class<?> type : ApiSurface.publicTypes()) {
      for (Method method : ApiSurface.publicMethods(type)) {
        if (ApiSurface.isStatic(method) && method.getParameterCount() > 0 && method.getDeclaringClass() == type
            && !isEnumValueOf(method) && !isOpenEnumParser(method)
            && !NOT_SWEPT.containsKey(ApiSurface.signature(method))) {
          sweepMethod(method, () -> null, false);
        }
      }
      builder(type).ifPresent(builder -> {
        probe.expectRejectedOrBuilt(ApiSurface.simpleName(type) + ".builder().build()", builder);
        for (Method setter : ApiSurface.publicMethods(builder.get().getClass())) {
          if (!ApiSurface.isStatic(setter) && setter.getParameterCount() > 0 && !isEquals(setter)) {
            sweepMethod(setter, () -> samples.filled(builder.get()), false);
          }
        }
      });
      if (samples.hasInstance(type) && !clientSurfaces().containsKey(type)) {
        for (Method method : ApiSurface.publicMethods(type)) {
          if (!ApiSurface.isStatic(method) && method.getParameterCount() > 0 && !isEquals(method)) {
            sweepMethod(method, () -> samples.instance(type), false);
          }
        }
      }
    }
    assertNoDefects();
  }

  @Test
  void anAsyncMethodThatThrowsOnBadInputIsADefect() throws Exception {
    Probe local = new Probe(sim, kubeServer);
    for (Method method : List.of(ThrowingAsync.class.getMethod("describe", String.class),
        ThrowingAsync.class.getMethod("list", String.class))) {
      assertTrue(isAsync(method), method.getName());
      local.expectRejected(method.getName(), () -> method.invoke(new ThrowingAsync(), (Object) null), isAsync(method));
    }
    assertEquals(2, local.defects().stream().filter(d -> d.contains("threw instead of failing")).count(),
        String.join("\n", local.defects()));
  }

  /** What the sweep must catch: asynchronous methods that throw where they should fail what they return. */
  public static final class ThrowingAsync {
    /**
     * Throws on a null id.
     *
     * @param id anything
     * @return never
     */
    public CompletableFuture<String> describe(String id) {
      throw new ValidationException("id", "must not be null");
    }

    /**
     * Throws on a null id.
     *
     * @param id anything
     * @return never
     */
    public AsyncPaginator<String> list(String id) {
      throw new ValidationException("id", "must not be null");
    }
  }

  @Test
  void semanticRulesNameTheirFieldAndRule() {
    for (SemanticRules.Rule rule : SemanticRules.table(clusters, pools, mesh, kube, config)) {
      ValidationException rejected = probe.expectRejected("rule: " + rule.label(), rule.call(), false);
      if (rejected != null && !rejected.field().equals(rule.field())) {
        probe.defect("rule: " + rule.label() + ": named " + rejected.field() + " instead of " + rule.field());
      }
      if (rejected != null && !rejected.getMessage().contains(rule.ruleWords())) {
        probe.defect("rule: " + rule.label() + ": \"" + rejected.getMessage() + "\" does not state \""
            + rule.ruleWords() + "\"");
      }
    }
    assertNoDefects();
  }

  private static void assertNoDefects() {
    List<String> defects = new ArrayList<>(new TreeSet<>(probe.defects()));
    probe.defects().clear();
    assertTrue(defects.isEmpty(), defects.size() + " defects:\n" + String.join("\n", defects));
  }

  /** Runs every generated case of one method: each argument in turn made bad, the others valid. */
  private static void sweepMethod(Method method, Supplier<Object> target, boolean clientCases) {
    String signature = ApiSurface.signature(method);
    Class<?>[] types = method.getParameterTypes();
    List<Map<String, Object>> cases = new ArrayList<>();
    for (Class<?> type : types) {
      cases.add(badValues(type, clientCases));
    }
    // An argument needs a valid stand-in only when another argument has a case.
    for (int j = 0; j < types.length; j++) {
      boolean needed = false;
      for (int i = 0; i < types.length; i++) {
        needed |= i != j && !cases.get(i).isEmpty();
      }
      if (needed && samples.valid(types[j], method.getGenericParameterTypes()[j]).isEmpty()) {
        probe.defect(signature + ": the sweep has no valid " + types[j].getName() + " to pass");
        return;
      }
    }
    methodsSwept++;
    boolean async = isAsync(method);
    for (int i = 0; i < types.length; i++) {
      for (Map.Entry<String, Object> bad : cases.get(i).entrySet()) {
        String key = signature + "#" + i + ":" + bad.getKey();
        if (ACCEPTS.containsKey(key) || accepted(method, i, bad.getKey()) || generatedContainerNull(method, i, bad)) {
          continue;
        }
        Object[] args = new Object[types.length];
        for (int j = 0; j < args.length; j++) {
          if (j != i) {
            args[j] = samples.valid(types[j], method.getGenericParameterTypes()[j]).orElseThrow();
          }
        }
        args[i] = bad.getValue();
        probe.expectRejected(key, () -> finish(method.invoke(target.get(), args)), async);
      }
    }
  }

  /**
   * Tells whether a method is held to the SDK's one rule for asynchronous methods: it never throws,
   * a returned future fails instead, and a returned paginator fails its passes. Only the paginator's
   * own factories are exempt: they make the value that clients return and start nothing. So a new
   * asynchronous method that throws on bad input fails the sweep.
   */
  private static boolean isAsync(Method method) {
    Class<?> result = method.getReturnType();
    return CompletableFuture.class.isAssignableFrom(result)
        || AsyncPaginator.class.isAssignableFrom(result) && method.getDeclaringClass() != AsyncPaginator.class;
  }

  /**
   * Tells whether a case passes null as an {@code Optional}, collection or map to a setter that
   * Immutables generated. That code dereferences the container without a check its style can
   * route to the SDK's exception; a null container is a programming error the compiler's types
   * already flag, so these cases are left out and counted as a known gap in the figures.
   */
  private static boolean generatedContainerNull(Method method, int index, Map.Entry<String, Object> bad) {
    Class<?> type = method.getParameterTypes()[index];
    boolean container = type == Optional.class || type == OptionalLong.class || Iterable.class.isAssignableFrom(type)
        || Map.class.isAssignableFrom(type) || type == Map.Entry.class || type.isArray();
    if (bad.getValue() == null && container && method.getDeclaringClass().getName().contains(".Immutable")) {
      generatedContainerNulls++;
      return true;
    }
    return false;
  }

  /** Completes what a fluent or builder call started, so a rule checked late still counts. */
  private static Object finish(Object result) throws Exception {
    if (result == null || result instanceof CompletableFuture || result.getClass().getName().startsWith("java.")) {
      return result;
    }
    for (String last : List.of("build", "validate")) {
      try {
        Method step = result.getClass().getMethod(last);
        if (step.getParameterCount() == 0 && !ApiSurface.isStatic(step)) {
          return step.invoke(result);
        }
      } catch (NoSuchMethodException e) {
        // try the next way to finish; a value with neither is already complete
      }
    }
    return result;
  }

  private static Map<String, Object> badValues(Class<?> type, boolean clientCases) {
    Map<String, Object> bad = new LinkedHashMap<>();
    if (!type.isPrimitive()) {
      bad.put("null", null);
    }
    if (!clientCases) {
      return bad;
    }
    if (type == String.class) {
      bad.put("empty", "");
      bad.put("blank", "  \t ");
      bad.put("control", "c-1\u0000x");
      bad.put("header-injection", "c-1\r\nX-Injected: 1");
      bad.put("oversize", "c" + "a".repeat(100_000));
      bad.put("non-ASCII", "c-集群");
      bad.put("path-traversal", "../../etc/passwd");
    } else if (type == int.class || type == long.class) {
      bad.put("-1", type == int.class ? (Object) (-1) : (Object) (-1L));
      bad.put("min", type == int.class ? (Object) Integer.MIN_VALUE : (Object) Long.MIN_VALUE);
      bad.put("huge", type == int.class ? (Object) Integer.MAX_VALUE : (Object) Long.MAX_VALUE);
    } else if (type == Duration.class) {
      bad.put("zero", Duration.ZERO);
      bad.put("negative", Duration.ofSeconds(-5));
      bad.put("overflowing", Duration.ofSeconds(Long.MAX_VALUE));
    } else if (type == YearMonth.class) {
      bad.put("future", YearMonth.of(9999, 12));
    } else if (type == List.class) {
      bad.put("null-element", Arrays.asList((Object) null));
    }
    return bad;
  }

  /**
   * Tells whether the sweep calls a method. {@code Enum.valueOf} and {@code equals} are left out by
   * their JDK contracts (a null name is an NPE; a null is simply unequal).
   */
  private static boolean covered(Class<?> type, Method method, Map<Class<?>, Supplier<Object>> clients) {
    if (isEnumValueOf(method) || isEquals(method) || isOpenEnumParser(method)) {
      return true;
    }
    return ApiSurface.isStatic(method) || clients.containsKey(type) || samples.hasInstance(type)
        || builderClasses().stream().anyMatch(type::isAssignableFrom);
  }

  private static List<Class<?>> builderClasses() {
    if (builderClasses.isEmpty()) {
      for (Class<?> type : ApiSurface.publicTypes()) {
        builder(type).ifPresent(b -> builderClasses.add(b.get().getClass()));
      }
    }
    return builderClasses;
  }

  /** Open enums map a missing or unknown wire value, null included, to UNKNOWN by design. */
  private static boolean isOpenEnumParser(Method method) {
    return method.getDeclaringClass().isEnum()
        && (method.getName().equals("fromWire") || method.getName().equals("fromValue"));
  }

  private static boolean isEquals(Method method) {
    return method.getName().equals("equals") && method.getParameterCount() == 1;
  }

  private static boolean isEnumValueOf(Method method) {
    return method.getDeclaringClass().isEnum() && method.getName().equals("valueOf");
  }

  private static Optional<Supplier<Object>> builder(Class<?> type) {
    try {
      Method start = type.getMethod("builder");
      if (!ApiSurface.isStatic(start) || start.getParameterCount() != 0 || start.getDeclaringClass() != type) {
        return Optional.empty();
      }
      return Optional.of(() -> {
        try {
          return start.invoke(null);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      });
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** The client objects a user calls, each made the way a user reaches it. */
  private static Map<Class<?>, Supplier<Object>> clientSurfaces() {
    Map<Class<?>, Supplier<Object>> surfaces = new LinkedHashMap<>();
    surfaces.put(ClusterClient.class, () -> clusters);
    surfaces.put(ClusterAsyncClient.class, () -> clusters.async());
    surfaces.put(ClusterWaiters.class, () -> clusters.waiters());
    surfaces.put(ClusterAsyncWaiters.class, () -> clusters.async().waiters());
    surfaces.put(BillingClient.class, () -> clusters.billing());
    surfaces.put(BillingAsyncClient.class, () -> clusters.billing().async());
    surfaces.put(NodePoolClient.class, () -> pools);
    surfaces.put(NodePoolAsyncClient.class, () -> pools.async());
    surfaces.put(NodePoolWaiters.class, () -> pools.waiters());
    surfaces.put(NodePoolAsyncWaiters.class, () -> pools.async().waiters());
    surfaces.put(SchedulingClient.class, () -> scheduling);
    surfaces.put(SchedulingAsyncClient.class, () -> scheduling.async());
    surfaces.put(SchedulingPolicies.class, () -> scheduling.policies());
    surfaces.put(ElasticCapacity.class, () -> elastic);
    surfaces.put(ElasticCapacityAsync.class, () -> elastic.async());
    surfaces.put(MeshClient.class, () -> mesh);
    surfaces.put(MeshAsyncClient.class, () -> mesh.async());
    surfaces.put(MeshWaiters.class, () -> mesh.waiters());
    surfaces.put(MeshAsyncWaiters.class, () -> mesh.async().waiters());
    surfaces.put(KubeClient.class, () -> kube);
    return surfaces;
  }
}
