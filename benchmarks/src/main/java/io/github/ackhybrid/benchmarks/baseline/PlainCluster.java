package io.github.ackhybrid.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A {@code DescribeClusterDetail} answer bound the way a careful hand-written client would: public
 * fields, the same fields the SDK's {@code Cluster} model reads, timestamps parsed to
 * {@link Instant} and the two JSON-in-a-string fields parsed, so both sides do the same work.
 */
public final class PlainCluster {
  /** The cluster id. */
  @JsonProperty("cluster_id")
  public String clusterId;
  /** The name. */
  @JsonProperty("name")
  public String name;
  /** The cluster type as sent. */
  @JsonProperty("cluster_type")
  public String clusterType;
  /** The edition as sent. */
  @JsonProperty("cluster_spec")
  public String clusterSpec;
  /** The profile as sent. */
  @JsonProperty("profile")
  public String profile;
  /** The state as sent. */
  @JsonProperty("state")
  public String state;
  /** The region. */
  @JsonProperty("region_id")
  public String regionId;
  /** The node count. */
  @JsonProperty("size")
  public Integer size;
  /** The running Kubernetes version. */
  @JsonProperty("current_version")
  public String currentVersion;
  /** The initial Kubernetes version. */
  @JsonProperty("init_version")
  public String initVersion;
  /** The next Kubernetes version. */
  @JsonProperty("next_version")
  public String nextVersion;
  /** The creation time. */
  public Instant created;
  /** The last update time. */
  public Instant updated;
  /** The VPC. */
  @JsonProperty("vpc_id")
  public String vpcId;
  /** The control-plane vSwitches. */
  @JsonProperty("vswitch_ids")
  public List<String> vswitchIds;
  /** The security group. */
  @JsonProperty("security_group_id")
  public String securityGroupId;
  /** The resource group. */
  @JsonProperty("resource_group_id")
  public String resourceGroupId;
  /** The pod CIDR. */
  @JsonProperty("container_cidr")
  public String containerCidr;
  /** The Service CIDR. */
  @JsonProperty("service_cidr")
  public String serviceCidr;
  /** The API server endpoints, parsed from {@code master_url}. */
  public PlainEndpoints masterUrl;
  /** The metadata, parsed from {@code meta_data}. */
  public Map<String, Object> metaData;
  /** Whether deletion protection is on. */
  @JsonProperty("deletion_protection")
  public boolean deletionProtection;
  /** The tags. */
  @JsonProperty("tags")
  public List<PlainTag> tags;
  /** The time zone. */
  @JsonProperty("timezone")
  public String timezone;

  @JsonProperty("created")
  void created(String text) {
    this.created = PlainJson.instant(text);
  }

  @JsonProperty("updated")
  void updated(String text) {
    this.updated = PlainJson.instant(text);
  }

  @JsonProperty("master_url")
  void masterUrl(String text) throws IOException {
    this.masterUrl = PlainJson.ENDPOINTS.readValue(text);
  }

  @JsonProperty("meta_data")
  void metaData(String text) throws IOException {
    this.metaData = PlainJson.MAP.readValue(text);
  }
}
