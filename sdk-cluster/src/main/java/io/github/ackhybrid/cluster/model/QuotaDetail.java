package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.cluster.internal.BlankAsEmpty;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** One quota from the {@code quotas} map of {@code DescribeUserQuota}. */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = QuotaDetail.Builder.class)
public abstract class QuotaDetail {

  /**
   * Returns the quota's limit as the service wrote it.
   *
   * @return for example {@code 50}
   */
  @JsonProperty("quota")
  @BlankAsEmpty
  public abstract Optional<String> quota();

  /**
   * Returns the Quota Center code to ask for a higher limit with.
   *
   * @return for example {@code q_Kubernetes_Cluster}
   */
  @JsonProperty("operation_code")
  @BlankAsEmpty
  public abstract Optional<String> operationCode();

  /**
   * Returns whether the limit can be raised in Quota Center.
   *
   * @return whether adjustable, when reported
   */
  @JsonProperty("adjustable")
  public abstract Optional<Boolean> adjustable();

  /**
   * Returns what the quota counts.
   *
   * @return for example {@code Cluster}
   */
  @JsonProperty("unit")
  @BlankAsEmpty
  public abstract Optional<String> unit();

  /**
   * Starts a quota value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link QuotaDetail}. */
  public static final class Builder extends ImmutableQuotaDetail.Builder {}
}
