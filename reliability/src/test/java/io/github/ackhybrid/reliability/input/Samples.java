package io.github.ackhybrid.reliability.input;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.ackhybrid.cluster.AddonInstallation;
import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.cluster.ModifyClusterRequest;
import io.github.ackhybrid.cluster.billing.ClusterEdition;
import io.github.ackhybrid.cluster.billing.FeeStatus;
import io.github.ackhybrid.cluster.billing.HybridNodeFee;
import io.github.ackhybrid.cluster.billing.Money;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.cluster.model.InstalledAddon;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.Kubeconfig;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.Failover;
import io.github.ackhybrid.mesh.NearestAccess;
import io.github.ackhybrid.mesh.RouteMatch;
import io.github.ackhybrid.mesh.StringMatch;
import io.github.ackhybrid.mesh.TrafficPolicy;
import io.github.ackhybrid.mesh.model.LaneMatch;
import io.github.ackhybrid.nodepool.AttachInstancesRequest;
import io.github.ackhybrid.nodepool.HybridPoolSpec;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.NodePoolSpec;
import io.github.ackhybrid.nodepool.NodePoolUpdate;
import io.github.ackhybrid.nodepool.OnboardingOptions;
import io.github.ackhybrid.nodepool.PreflightInput;
import io.github.ackhybrid.nodepool.RemoveNodesRequest;
import io.github.ackhybrid.nodepool.ServerRunner;
import io.github.ackhybrid.nodepool.model.NodePool;
import io.github.ackhybrid.nodepool.model.NodePoolInfo;
import io.github.ackhybrid.nodepool.model.ServerSpec;
import io.github.ackhybrid.nodepool.scheduling.AutoscalerConfig;
import io.github.ackhybrid.nodepool.scheduling.BurstPool;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityPlan;
import io.github.ackhybrid.nodepool.scheduling.ElasticCapacityResult;
import io.github.ackhybrid.nodepool.scheduling.ElasticWorkload;
import io.github.ackhybrid.nodepool.scheduling.PriorityScheduling;
import io.github.ackhybrid.nodepool.scheduling.SchedulingUnit;
import java.lang.reflect.Array;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Valid values for every parameter type of the public API the sweep calls. A bad-input case swaps
 * one argument for a bad value and keeps these for the others, so the failure it expects can only
 * come from the value under test. Fresh objects per call: fluent policies are mutable.
 */
final class Samples {
  /** A string every id, name and namespace rule of the SDK accepts. */
  static final String ID = "c0123456789abcdef";

  private final Map<Class<?>, Supplier<?>> values = new HashMap<>();
  private final Map<Class<?>, Consumer<Object>> fills = new HashMap<>();

  Samples(KubeClient kube, Kubeconfig kubeconfig, CloudConfig config, ClusterClient clusters, NodePoolClient pools) {
    put(CloudConfig.class, () -> config);
    put(ClusterClient.class, () -> clusters);
    put(ResponseMetadata.class, () -> ResponseMetadata.empty("DescribeClusterDetail"));
    put(NodePoolClient.class, () -> pools);
    put(StringMatch.class, () -> StringMatch.exact("v2"));
    put(RouteMatch.class, () -> RouteMatch.header("x-canary", StringMatch.exact("on")));
    put(LaneMatch.class, () -> LaneMatch.exact("on"));
    put(Money.class, () -> Money.of("1.00", "CNY"));
    put(HybridNodeFee.class, () -> HybridNodeFee.builder().status(FeeStatus.CHARGED)
        .pricePerVcpuDay(Money.of("0.10", "CNY")).source(URI.create("https://www.alibabacloud.com/help/en/ack")).build());
    put(String.class, () -> ID);
    put(int.class, () -> 1);
    put(long.class, () -> 1L);
    put(boolean.class, () -> Boolean.FALSE);
    put(Duration.class, () -> Duration.ofSeconds(1));
    put(Instant.class, () -> Instant.parse("2026-11-01T00:00:00Z"));
    put(YearMonth.class, () -> YearMonth.of(2026, 10));
    put(ClusterEdition.class, () -> ClusterEdition.MANAGED_PRO);
    put(ResourceKind.class, () -> ResourceKind.VIRTUAL_SERVICE_V1);
    put(ObjectNode.class, () -> {
      ObjectNode manifest = JsonNodeFactory.instance.objectNode();
      manifest.putObject("metadata").put("name", "reviews");
      return manifest;
    });
    put(KubeClient.class, () -> kube);
    put(Kubeconfig.class, () -> kubeconfig);
    put(Credentials.class, () -> Credentials.of("LTAIsample", "sample-secret"));
    put(NodePool.class, () -> NodePool.builder().info(NodePoolInfo.builder().nodePoolId("np-1").build()).build());
    put(PreflightInput.class, () -> PreflightInput.builder().build());
    put(Cluster.class, () -> Cluster.builder().id(ID).build());
    put(InstalledAddon.class, () -> InstalledAddon.builder().name("cloud-node-controller").build());
    put(ElasticCapacityPlan.class, Samples::elasticPlan);
    put(ElasticCapacityResult.class, () -> ElasticCapacityResult.builder().clusterId(ID).registeredCluster(false)
        .burstPoolId("np-1").build());
    put(ServerRunner.class, () -> (ServerRunner) (server, script) -> CompletableFuture.completedFuture(null));
    put(OnboardingOptions.class, OnboardingOptions::defaults);
    put(ServerSpec.class, () -> ServerSpec.of("host-1"));
    put(AddonInstallation.class, AddonInstallation::terwayHybrid);
    put(SchedulingUnit.class, () -> SchedulingUnit.hybridPool("np-1"));
    put(PriorityScheduling.class, () -> PriorityScheduling.create("training", "default")
        .addSelectorLabel("app", "training").addUnit(SchedulingUnit.hybridPool("np-1")));
    put(CanaryRelease.class, () -> CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10));
    put(Failover.class, () -> Failover.forService("reviews", "default").between("cn-hangzhou", "cn-shanghai"));
    put(NearestAccess.class, () -> NearestAccess.forService("reviews", "default"));
    put(TrafficPolicy.class, () -> CanaryRelease.forService("reviews", "default").weight("v1", 90).weight("v2", 10));
    fill(ModifyClusterRequest.Builder.class, b -> b.name("renamed"));
    fill(HybridPoolSpec.Builder.class, b -> b.name("idc-pool"));
    fill(NodePoolSpec.Builder.class, b -> b.name("edge-pool").edge("basic"));
    fill(NodePoolUpdate.Builder.class, b -> b.name("renamed"));
    fill(AttachInstancesRequest.Builder.class, b -> b.addInstanceId("i-1"));
    fill(RemoveNodesRequest.Builder.class, b -> b.addInstanceId("i-1"));
    fill(AutoscalerConfig.Builder.class, b -> b.scaleDownEnabled(true));
    fill(ElasticCapacityPlan.Builder.class, b -> b.from(elasticPlan()));
  }

  private static ElasticCapacityPlan elasticPlan() {
    return ElasticCapacityPlan.builder().clusterId(ID).hybridPoolId("np-idc")
        .burstPool(BurstPool.builder().name("burst").addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge")
            .maxInstances(5).build())
        .addWorkload(ElasticWorkload.of("default", Map.of("app", "web")))
        .build();
  }

  /**
   * Returns a valid value for a parameter.
   *
   * @param type the parameter's class
   * @param generic the parameter's generic type, for consumers and lists
   * @return the value, or empty when the sweep knows none
   */
  Optional<Object> valid(Class<?> type, Type generic) {
    Supplier<?> known = values.get(type);
    if (known != null) {
      return Optional.of(known.get());
    }
    if (type == Consumer.class) {
      return argument(generic).map(builder -> {
        Consumer<Object> fill = fills.getOrDefault(builder, b -> {});
        return (Consumer<Object>) fill::accept;
      });
    }
    if (type == List.class) {
      Optional<Class<?>> element = argument(generic);
      return element.isPresent() ? valid(element.get(), element.get()).map(List::of) : Optional.of(List.of());
    }
    if (type == String[].class) {
      return Optional.of(new String[] {"topology.kubernetes.io/region"});
    }
    if (type == Map.class) {
      return Optional.of(Map.of("app", "reviews"));
    }
    return fallback(type).or(() -> built(type));
  }

  /**
   * Tells whether the sweep knows a ready-made instance of a type, whose instance methods it can then call.
   *
   * @param type the type
   * @return true if {@link #instance} can make one
   */
  boolean hasInstance(Class<?> type) {
    return !type.isPrimitive() && type != String.class && !type.isEnum() && !type.isInterface()
        && valid(type, type).isPresent();
  }

  /**
   * Makes a fresh instance of a type {@link #hasInstance} knows.
   *
   * @param type the type
   * @return the instance
   */
  Object instance(Class<?> type) {
    return valid(type, type).orElseThrow();
  }

  /**
   * Returns a builder with the minimal valid content of its request, or an empty one.
   *
   * @param builder a builder made by the type's {@code builder()}
   * @return the same builder, filled
   */
  Object filled(Object builder) {
    fills.getOrDefault(builder.getClass(), b -> {}).accept(builder);
    return builder;
  }

  /** Plain values for the types that appear only beside the argument under test. */
  private static Optional<Object> fallback(Class<?> type) {
    if (type.isEnum()) {
      return Optional.of(type.getEnumConstants()[0]);
    }
    if (type == Optional.class) {
      return Optional.of(Optional.empty());
    }
    if (type == Iterable.class || type == Collection.class) {
      return Optional.of(List.of());
    }
    if (type.isArray()) {
      return Optional.of(Array.newInstance(type.getComponentType(), 0));
    }
    if (type == BigDecimal.class) {
      return Optional.of(BigDecimal.ONE);
    }
    if (type == LocalDate.class) {
      return Optional.of(LocalDate.of(2026, 10, 1));
    }
    if (type == URI.class) {
      return Optional.of(URI.create("https://example.com"));
    }
    if (type == Object.class) {
      return Optional.of(ID);
    }
    if (type == Map.Entry.class) {
      return Optional.of(Map.entry("app", "reviews"));
    }
    return Optional.empty();
  }

  private Optional<Object> built(Class<?> type) {
    try {
      Method start = type.getMethod("builder");
      Object builder = filled(start.invoke(null));
      return Optional.of(builder.getClass().getMethod("build").invoke(builder));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<Class<?>> argument(Type generic) {
    if (generic instanceof ParameterizedType) {
      Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
      if (arg instanceof Class) {
        return Optional.of((Class<?>) arg);
      }
    }
    return Optional.empty();
  }

  private <T> void put(Class<T> type, Supplier<?> value) {
    values.put(type, value);
  }

  @SuppressWarnings("unchecked")
  private <B> void fill(Class<B> builder, Consumer<B> fill) {
    fills.put(builder, b -> fill.accept((B) b));
  }
}
