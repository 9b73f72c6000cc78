package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The account's ACK limits ({@code DescribeUserQuota}), to check before creating clusters or node
 * pools. Raise them in Quota Center.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = UserQuota.Builder.class)
public abstract class UserQuota {

  /**
   * Returns how many clusters the account may have (default 50).
   *
   * @return the limit, when reported
   */
  @JsonProperty("cluster_quota")
  public abstract Optional<Integer> clusterQuota();

  /**
   * Returns how many ACK managed clusters the account may have (default 20).
   *
   * @return the limit, when reported
   */
  @JsonProperty("amk_cluster_quota")
  public abstract Optional<Integer> managedClusterQuota();

  /**
   * Returns how many ACK Serverless clusters the account may have (default 20).
   *
   * @return the limit, when reported
   */
  @JsonProperty("ask_cluster_quota")
  public abstract Optional<Integer> serverlessClusterQuota();

  /**
   * Returns how many node pools one cluster may have (default 20).
   *
   * @return the limit, when reported
   */
  @JsonProperty("cluster_nodepool_quota")
  public abstract Optional<Integer> nodePoolQuotaPerCluster();

  /**
   * Returns how many nodes one cluster may have (default 100).
   *
   * @return the limit, when reported
   */
  @JsonProperty("node_quota")
  public abstract Optional<Integer> nodeQuotaPerCluster();

  /**
   * Returns every quota the service reports, by name.
   *
   * @return the quotas, possibly empty
   */
  @JsonProperty("quotas")
  @JsonSetter(nulls = Nulls.SKIP)
  public abstract Map<String, QuotaDetail> quotas();

  /**
   * Starts a quota value, as tests and fakes need.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UserQuota}. */
  public static final class Builder extends ImmutableUserQuota.Builder {}
}
