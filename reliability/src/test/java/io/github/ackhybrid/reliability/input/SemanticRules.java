package io.github.ackhybrid.reliability.input;

import io.github.ackhybrid.cluster.ClusterClient;
import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.RetryPolicy;
import io.github.ackhybrid.core.auth.Credentials;
import io.github.ackhybrid.kube.KubeClient;
import io.github.ackhybrid.kube.KubernetesNames;
import io.github.ackhybrid.kube.ResourceKind;
import io.github.ackhybrid.mesh.CanaryRelease;
import io.github.ackhybrid.mesh.MeshClient;
import io.github.ackhybrid.nodepool.NodePoolClient;
import io.github.ackhybrid.nodepool.model.TaintEffect;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The table of semantic rules: each row breaks one rule of the cloud or of Kubernetes through a
 * public entry point, and names the field the SDK must report and words of the rule its message
 * must state. Rows go through the clients where the rule guards a call, so the sweep's zero-request
 * check covers them too.
 */
final class SemanticRules {
  private SemanticRules() {}

  /**
   * One row.
   *
   * @param label what the row breaks
   * @param field the field the failure must name
   * @param ruleWords words the message must hold
   * @param call the call that must be refused
   */
  record Rule(String label, String field, String ruleWords, Probe.Call call) {}

  static List<Rule> table(ClusterClient clusters, NodePoolClient pools, MeshClient mesh, KubeClient kube,
      CloudConfig config) {
    String cluster = Samples.ID;
    List<Rule> rules = new ArrayList<>();
    // CIDRs
    rules.add(new Rule("pod CIDR prefix /33", "registerCluster.podCidr", "IPv4 CIDR",
        () -> clusters.registerCluster(r -> r.name("idc").podCidr("10.0.0.0/33"))));
    rules.add(new Rule("pod CIDR octet 300", "registerCluster.podCidr", "IPv4 CIDR",
        () -> clusters.registerCluster(r -> r.name("idc").podCidr("300.1.0.0/16"))));
    rules.add(new Rule("service CIDR inside the pod CIDR", "registerCluster.serviceCidr", "overlap",
        () -> clusters.registerCluster(r -> r.name("idc").podCidr("10.0.0.0/8").serviceCidr("10.1.0.0/16"))));
    // Kubernetes labels and taints
    rules.add(new Rule("label key starting with '-'", "nodePool.label.key", "label key",
        () -> pools.createHybridPool(cluster, p -> p.name("idc").label("-gpu", "true"))));
    rules.add(new Rule("label key name of 64 characters", "nodePool.label.key", "label key",
        () -> pools.createHybridPool(cluster, p -> p.name("idc").label("k".repeat(64), "true"))));
    rules.add(new Rule("label key prefix of 254 characters", "nodePool.label.key",
        "DNS subdomain", () -> pools.createHybridPool(cluster, p -> p.name("idc").label("a".repeat(254) + "/k", "v"))));
    rules.add(new Rule("label value of 64 characters", "nodePool.label.value", "1-63",
        () -> pools.createHybridPool(cluster, p -> p.name("idc").label("workload", "v".repeat(64)))));
    rules.add(new Rule("label value with a space", "nodePool.label.value", "1-63",
        () -> pools.createHybridPool(cluster, p -> p.name("idc").label("workload", "gpu training"))));
    rules.add(new Rule("taint key with a space", "nodePool.taint.key", "must",
        () -> pools.createHybridPool(cluster, p -> p.name("idc").taint("gpu key", "true", TaintEffect.NO_SCHEDULE))));
    rules.add(new Rule("subset label key with '!'", "canaryRelease.subsets[v1].labels", "label",
        () -> mesh.applyPolicy(cluster, CanaryRelease.forService("reviews", "default")
            .subset("v1", Map.of("bad key!", "v1")).weight("v1", 100))));
    rules.add(new Rule("label key prefix in upper case", "deployment.labels", "DNS subdomain",
        () -> KubernetesNames.labels(Map.of("Example.com/team", "a"), "deployment.labels")));
    rules.add(new Rule("Service name starting with a digit", "service.name", "starting with a letter",
        () -> KubernetesNames.dns1035Label("1reviews", "service.name")));
    rules.add(new Rule("annotations over 256 KiB", "deployment.annotations", "262144 bytes",
        () -> KubernetesNames.annotations(Map.of("note", "n".repeat(256 * 1024)), "deployment.annotations")));
    // Weights
    rules.add(new Rule("canary weight 101", "canaryRelease.weights[v1]", "0-100",
        () -> mesh.applyPolicy(cluster, CanaryRelease.forService("reviews", "default").weight("v1", 101))));
    rules.add(new Rule("canary weight -1", "canaryRelease.weights[v1]", "0-100",
        () -> mesh.applyPolicy(cluster, CanaryRelease.forService("reviews", "default").weight("v1", -1))));
    rules.add(new Rule("canary weights summing to 90", "canaryRelease.weights", "sum to 100",
        () -> mesh.applyPolicy(cluster, CanaryRelease.forService("reviews", "default").weight("v1", 80)
            .weight("v2", 10))));
    // Bounds
    rules.add(new Rule("auto scaling min above max", "nodePool.autoScaling.min", "must not exceed max",
        () -> pools.createPool(cluster, p -> p.name("ecs").ecs(s -> s.addVSwitchId("vsw-1").addInstanceTypes("ecs.g7.large"))
            .autoScaling(5, 2))));
    rules.add(new Rule("scale to -1 nodes", "scaleTo.desiredSize", "must",
        () -> pools.scaleTo(cluster, "np-1", -1)));
    rules.add(new Rule("bill page size 0", "queryBillRequest.pageSize", "1-300",
        () -> clusters.billing().queryBill(r -> r.billingCycle(YearMonth.of(2026, 10)).pageSize(0)).first()));
    rules.add(new Rule("bill page size 301", "queryBillRequest.pageSize", "1-300",
        () -> clusters.billing().queryBill(r -> r.billingCycle(YearMonth.of(2026, 10)).pageSize(301)).first()));
    rules.add(new Rule("zero lifetime", "costEstimator.lifetime", "must be positive",
        () -> clusters.billing().estimate(io.github.ackhybrid.cluster.billing.ClusterEdition.MANAGED_PRO,
            Duration.ZERO)));
    rules.add(new Rule("retry policy of 0 attempts", "retryPolicy.maxAttempts", "must",
        () -> RetryPolicy.builder().maxAttempts(0).build()));
    rules.add(new Rule("negative connect timeout", "cloudConfig.connectTimeout", "must be positive",
        () -> config.toBuilder().connectTimeout(Duration.ofSeconds(-1)).build()));
    // Ids, names and tags
    rules.add(new Rule("cluster id with '/'", "clusterId", "without '/'", () -> clusters.describeCluster("c1/../c2")));
    rules.add(new Rule("cluster id of 129 characters", "clusterId", "1-128",
        () -> clusters.describeCluster("c".repeat(129))));
    rules.add(new Rule("cluster name starting with '-'", "registerCluster.name", "1-63",
        () -> clusters.registerCluster(r -> r.name("-idc"))));
    rules.add(new Rule("cluster name of 64 characters", "registerCluster.name", "1-63",
        () -> clusters.registerCluster(r -> r.name("a".repeat(64)))));
    rules.add(new Rule("21 cluster tags", "registerCluster.tags", "at most 19 tags",
        () -> clusters.registerCluster(r -> {
          r.name("idc");
          for (int i = 0; i < 21; i++) {
            r.tag("k" + i, "v");
          }
        })));
    rules.add(new Rule("reserved tag prefix", "registerCluster.tags[0].key", "aliyun",
        () -> clusters.registerCluster(r -> r.name("idc").tag("aliyun:owner", "me"))));
    rules.add(new Rule("pool name with '.'", "nodePool.name", "[A-Za-z0-9_-]",
        () -> pools.createHybridPool(cluster, p -> p.name("idc.pool"))));
    rules.add(new Rule("mesh id with '/'", "meshId", "must", () -> mesh.describeMesh("m/1")));
    rules.add(new Rule("namespace in upper case", "namespace", "[a-z0-9-]",
        () -> kube.list(ResourceKind.VIRTUAL_SERVICE_V1, "Default")));
    rules.add(new Rule("empty region", "cloudConfig.region", "must", () -> config.toBuilder().region("").build()));
    rules.add(new Rule("blank access key secret", "credentials.accessKeySecret", "must not be null or blank",
        () -> Credentials.of("LTAIkey", " ")));
    return rules;
  }
}
