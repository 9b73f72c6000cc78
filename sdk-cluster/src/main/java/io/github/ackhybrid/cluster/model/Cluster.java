package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.cluster.internal.JsonText;
import io.github.ackhybrid.cluster.internal.WireInstant;
import io.github.ackhybrid.core.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An ACK cluster as {@code DescribeClusterDetail} and {@code DescribeClustersV1} report it: a
 * registered cluster ({@link ClusterType#EXTERNAL_KUBERNETES}) or a managed one. Fields that do not
 * apply to a cluster are absent; enums are open, with the raw value kept alongside.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Cluster.Builder.class)
public abstract class Cluster {

  /**
   * Returns the cluster id.
   *
   * @return for example {@code c82e6987e2961451182edacd74faf****}
   */
  @JsonProperty("cluster_id")
  public abstract String id();

  /**
   * Returns the cluster name.
   *
   * @return the name, empty if the service reported none
   */
  @JsonProperty("name")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the cluster type as the service spelled it.
   *
   * @return for example {@code ExternalKubernetes}; empty if none was reported
   */
  @JsonProperty("cluster_type")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public String typeAsString() {
    return "";
  }

  /**
   * Returns the cluster type.
   *
   * @return the type, {@link ClusterType#UNKNOWN} if unrecognised
   */
  public ClusterType type() {
    return ClusterType.fromValue(typeAsString());
  }

  /**
   * Returns the edition of a managed cluster as the service spelled it.
   *
   * @return for example {@code ack.pro.small}; empty for registered clusters
   */
  @JsonProperty("cluster_spec")
  @BlankAsEmpty
  public abstract Optional<String> specAsString();

  /**
   * Returns the edition of a managed cluster.
   *
   * @return the edition, empty for registered clusters
   */
  public Optional<ClusterSpec> spec() {
    return specAsString().map(ClusterSpec::fromValue);
  }

  /**
   * Returns the scenario of a managed cluster as the service spelled it.
   *
   * @return for example {@code Default}
   */
  @JsonProperty("profile")
  @BlankAsEmpty
  public abstract Optional<String> profileAsString();

  /**
   * Returns the scenario of a managed cluster.
   *
   * @return the profile, empty when none was reported
   */
  public Optional<ClusterProfile> profile() {
    return profileAsString().map(ClusterProfile::fromValue);
  }

  /**
   * Returns the state as the service spelled it.
   *
   * @return for example {@code waiting}; empty if none was reported
   */
  @JsonProperty("state")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public String stateAsString() {
    return "";
  }

  /**
   * Returns the state.
   *
   * @return the state, {@link ClusterState#UNKNOWN} if unrecognised
   */
  public ClusterState state() {
    return ClusterState.fromValue(stateAsString());
  }

  /**
   * Returns the region the cluster lives in.
   *
   * @return for example {@code cn-beijing}
   */
  @JsonProperty("region_id")
  @BlankAsEmpty
  public abstract Optional<String> regionId();

  /**
   * Returns the number of nodes, control plane included.
   *
   * @return the node count, when reported
   */
  @JsonProperty("size")
  public abstract Optional<Integer> size();

  /**
   * Returns the Kubernetes version the cluster runs.
   *
   * @return for example {@code 1.33.1-aliyun.1}
   */
  @JsonProperty("current_version")
  @BlankAsEmpty
  public abstract Optional<String> currentVersion();

  /**
   * Returns the Kubernetes version the cluster was created with.
   *
   * @return the initial version, when reported
   */
  @JsonProperty("init_version")
  @BlankAsEmpty
  public abstract Optional<String> initVersion();

  /**
   * Returns the Kubernetes version the cluster can be upgraded to next.
   *
   * @return the next version, when one is offered
   */
  @JsonProperty("next_version")
  @BlankAsEmpty
  public abstract Optional<String> nextVersion();

  /**
   * Returns when the cluster was created.
   *
   * @return the creation time, when reported
   */
  @JsonProperty("created")
  @WireInstant
  public abstract Optional<Instant> created();

  /**
   * Returns when the cluster was last changed.
   *
   * @return the update time, when reported
   */
  @JsonProperty("updated")
  @WireInstant
  public abstract Optional<Instant> updated();

  /**
   * Returns the VPC the cluster belongs to.
   *
   * @return for example {@code vpc-2zecuu62b9zw7a7qn****}
   */
  @JsonProperty("vpc_id")
  @BlankAsEmpty
  public abstract Optional<String> vpcId();

  /**
   * Returns the vSwitches of the control plane.
   *
   * @return the vSwitch ids, possibly empty
   */
  @JsonProperty("vswitch_ids")
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract List<String> vSwitchIds();

  /**
   * Returns the security group of the control plane.
   *
   * @return the security group id, when reported
   */
  @JsonProperty("security_group_id")
  @BlankAsEmpty
  public abstract Optional<String> securityGroupId();

  /**
   * Returns the resource group the cluster belongs to.
   *
   * @return the resource group id, when reported
   */
  @JsonProperty("resource_group_id")
  @BlankAsEmpty
  public abstract Optional<String> resourceGroupId();

  /**
   * Returns the pod CIDR block ({@code container_cidr}).
   *
   * @return for example {@code 172.20.0.0/16}
   */
  @JsonProperty("container_cidr")
  @BlankAsEmpty
  public abstract Optional<String> podCidr();

  /**
   * Returns the Service CIDR block.
   *
   * @return for example {@code 172.21.0.0/20}
   */
  @JsonProperty("service_cidr")
  @BlankAsEmpty
  public abstract Optional<String> serviceCidr();

  /**
   * Returns where the cluster's API server can be reached, parsed from the {@code master_url} JSON
   * text.
   *
   * @return the endpoints, when reported
   */
  @JsonProperty("master_url")
  @JsonDeserialize(contentUsing = JsonText.class)
  public abstract Optional<ApiServerEndpoints> apiServerEndpoints();

  /**
   * Returns the cluster's metadata, parsed from the {@code meta_data} JSON text. Its keys are not
   * documented and change with the service; read it for diagnostics, not as a contract.
   *
   * @return the metadata as unmodifiable maps, lists and scalars; empty when none was reported
   */
  @JsonProperty("meta_data")
  @JsonDeserialize(using = JsonText.class)
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract Map<String, Object> metaData();

  /**
   * Returns whether deletion protection is on: a protected cluster refuses to be deleted.
   *
   * @return true if protected
   */
  @JsonProperty("deletion_protection")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public boolean deletionProtection() {
    return false;
  }

  /**
   * Returns the cluster's tags.
   *
   * @return the tags, possibly empty
   */
  @JsonProperty("tags")
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract List<Tag> tags();

  /**
   * Returns the cluster's time zone.
   *
   * @return for example {@code Asia/Shanghai}
   */
  @JsonProperty("timezone")
  @BlankAsEmpty
  public abstract Optional<String> timezone();

  /**
   * Starts a cluster value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this cluster's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(this);
  }

  /** Builds a {@link Cluster}. */
  public static final class Builder extends ImmutableCluster.Builder {}
}
