package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.nodepool.internal.WireTime;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/** The identity part of a node pool ({@code nodepool_info}). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = NodePoolInfo.Builder.class)
public abstract class NodePoolInfo {

  /**
   * Returns the pool id, such as {@code np615c0e0966124216a0412e10afe0a1b2}.
   *
   * @return the id
   */
  @JsonProperty("nodepool_id")
  public abstract String nodePoolId();

  /**
   * Returns the pool name.
   *
   * @return the name, empty if the service sent none
   */
  @JsonProperty("name")
  @Value.Default
  public String name() {
    return "";
  }

  /**
   * Returns the pool type exactly as the service sent it.
   *
   * @return the raw type, empty if the service sent none
   */
  @JsonProperty("type")
  @Value.Default
  public String typeAsString() {
    return "";
  }

  /**
   * Returns the pool type.
   *
   * @return the type, {@link NodePoolType#UNKNOWN} for a value this SDK does not know
   */
  public NodePoolType type() {
    return NodePoolType.fromWire(typeAsString());
  }

  /**
   * Returns whether this is the cluster's default pool.
   *
   * @return true for the default pool
   */
  @JsonProperty("is_default")
  @Value.Default
  public boolean isDefault() {
    return false;
  }

  /**
   * Returns the region of the pool.
   *
   * @return the region id
   */
  @JsonProperty("region_id")
  public abstract Optional<String> regionId();

  /**
   * Returns the resource group of the pool.
   *
   * @return the resource group id
   */
  @JsonProperty("resource_group_id")
  public abstract Optional<String> resourceGroupId();

  /**
   * Returns the creation time exactly as the service sent it.
   *
   * @return the raw timestamp
   */
  @JsonProperty("created")
  public abstract Optional<String> createdAsString();

  /**
   * Returns the last update time exactly as the service sent it.
   *
   * @return the raw timestamp
   */
  @JsonProperty("updated")
  public abstract Optional<String> updatedAsString();

  /**
   * Returns when the pool was created.
   *
   * @return the instant, empty if absent or unreadable
   */
  public Optional<Instant> created() {
    return createdAsString().flatMap(WireTime::parse);
  }

  /**
   * Returns when the pool last changed.
   *
   * @return the instant, empty if absent or unreadable
   */
  public Optional<Instant> updated() {
    return updatedAsString().flatMap(WireTime::parse);
  }

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodePoolInfo}. */
  public static final class Builder extends ImmutableNodePoolInfo.Builder {}
}
