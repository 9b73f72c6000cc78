package io.github.ackhybrid.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;

/**
 * A {@code DescribeClusterNodePools} answer bound the way a careful hand-written client would:
 * public fields for the same pool fields the SDK's {@code NodePool} model reads (in
 * {@code nodepool_info}, {@code status}, {@code scaling_group}, {@code kubernetes_config},
 * {@code auto_scaling}, {@code management}), timestamps parsed to {@link Instant}.
 */
public final class PlainNodePools {
  /** The pools. */
  @JsonProperty("nodepools")
  public List<Pool> nodepools;
  /** The request id. */
  @JsonProperty("request_id")
  public String requestId;

  /** One pool. */
  public static final class Pool {
    /** Identity and placement. */
    @JsonProperty("nodepool_info")
    public Info info;
    /** State and node counters. */
    @JsonProperty("status")
    public Status status;
    /** The machines. */
    @JsonProperty("scaling_group")
    public ScalingGroup scalingGroup;
    /** What Kubernetes sees. */
    @JsonProperty("kubernetes_config")
    public KubernetesConfig kubernetesConfig;
    /** Auto scaling. */
    @JsonProperty("auto_scaling")
    public AutoScaling autoScaling;
    /** Managed-pool settings. */
    @JsonProperty("management")
    public Management management;
    /** How edge nodes reach the cloud. */
    @JsonProperty("interconnect_mode")
    public String interconnectMode;
  }

  /** {@code nodepool_info}. */
  public static final class Info {
    /** The pool id. */
    @JsonProperty("nodepool_id")
    public String id;
    /** The name. */
    @JsonProperty("name")
    public String name;
    /** The type as sent. */
    @JsonProperty("type")
    public String type;
    /** Whether this is the default pool. */
    @JsonProperty("is_default")
    public boolean isDefault;
    /** The region. */
    @JsonProperty("region_id")
    public String regionId;
    /** The resource group. */
    @JsonProperty("resource_group_id")
    public String resourceGroupId;
    /** The creation time. */
    public Instant created;
    /** The last update time. */
    public Instant updated;

    @JsonProperty("created")
    void created(String text) {
      this.created = PlainJson.instant(text);
    }

    @JsonProperty("updated")
    void updated(String text) {
      this.updated = PlainJson.instant(text);
    }
  }

  /** {@code status}. */
  public static final class Status {
    /** The state as sent. */
    @JsonProperty("state")
    public String state;
    /** Every node. */
    @JsonProperty("total_nodes")
    public int totalNodes;
    /** Nodes serving. */
    @JsonProperty("serving_nodes")
    public int servingNodes;
    /** Healthy nodes. */
    @JsonProperty("healthy_nodes")
    public int healthyNodes;
    /** Nodes still joining. */
    @JsonProperty("initial_nodes")
    public int initialNodes;
    /** Failed nodes. */
    @JsonProperty("failed_nodes")
    public int failedNodes;
    /** Offline nodes. */
    @JsonProperty("offline_nodes")
    public int offlineNodes;
    /** Nodes being removed. */
    @JsonProperty("removing_nodes")
    public int removingNodes;
  }

  /** {@code scaling_group}. */
  public static final class ScalingGroup {
    /** The scaling group id. */
    @JsonProperty("scaling_group_id")
    public String scalingGroupId;
    /** The vSwitches. */
    @JsonProperty("vswitch_ids")
    public List<String> vswitchIds;
    /** The instance types. */
    @JsonProperty("instance_types")
    public List<String> instanceTypes;
    /** The charge type. */
    @JsonProperty("instance_charge_type")
    public String instanceChargeType;
    /** The desired size. */
    @JsonProperty("desired_size")
    public Long desiredSize;
    /** The image. */
    @JsonProperty("image_id")
    public String imageId;
    /** The image type. */
    @JsonProperty("image_type")
    public String imageType;
    /** The system disk category. */
    @JsonProperty("system_disk_category")
    public String systemDiskCategory;
    /** The system disk size in GiB. */
    @JsonProperty("system_disk_size")
    public Long systemDiskSize;
    /** The key pair. */
    @JsonProperty("key_pair")
    public String keyPair;
    /** The security groups. */
    @JsonProperty("security_group_ids")
    public List<String> securityGroupIds;
  }

  /** {@code kubernetes_config}. */
  public static final class KubernetesConfig {
    /** Node labels. */
    @JsonProperty("labels")
    public List<PlainTag> labels;
    /** Node taints. */
    @JsonProperty("taints")
    public List<Taint> taints;
    /** The container runtime. */
    @JsonProperty("runtime")
    public String runtime;
    /** The runtime version. */
    @JsonProperty("runtime_version")
    public String runtimeVersion;
    /** The CPU policy. */
    @JsonProperty("cpu_policy")
    public String cpuPolicy;
    /** Whether nodes join cordoned. */
    @JsonProperty("unschedulable")
    public boolean unschedulable;
  }

  /** {@code kubernetes_config.taints[]}. */
  public static final class Taint {
    /** The key. */
    @JsonProperty("key")
    public String key;
    /** The value. */
    @JsonProperty("value")
    public String value;
    /** The effect. */
    @JsonProperty("effect")
    public String effect;
  }

  /** {@code auto_scaling}. */
  public static final class AutoScaling {
    /** Whether on. */
    @JsonProperty("enable")
    public boolean enable;
    /** The minimum. */
    @JsonProperty("min_instances")
    public long minInstances;
    /** The maximum. */
    @JsonProperty("max_instances")
    public long maxInstances;
    /** The type. */
    @JsonProperty("type")
    public String type;
  }

  /** {@code management}. */
  public static final class Management {
    /** Whether managed. */
    @JsonProperty("enable")
    public boolean enable;
    /** Whether nodes are repaired. */
    @JsonProperty("auto_repair")
    public boolean autoRepair;
    /** Whether nodes are upgraded. */
    @JsonProperty("auto_upgrade")
    public boolean autoUpgrade;
  }
}
