package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ECS side of a node pool ({@code scaling_group}): where and what instances the cloud creates.
 * Secrets the service may echo, such as the login password, are deliberately not bound.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = ScalingGroup.Builder.class)
public abstract class ScalingGroup {

  /**
   * Returns the id of the auto scaling group behind the pool.
   *
   * @return the scaling group id
   */
  @JsonProperty("scaling_group_id")
  public abstract Optional<String> scalingGroupId();

  /**
   * Returns the vSwitches new instances are placed in.
   *
   * @return the vSwitch ids
   */
  @JsonProperty("vswitch_ids")
  public abstract List<String> vSwitchIds();

  /**
   * Returns the instance types new instances are created with.
   *
   * @return the instance types, such as {@code ecs.g7.xlarge}
   */
  @JsonProperty("instance_types")
  public abstract List<String> instanceTypes();

  /**
   * Returns how instances are paid for, {@code PostPaid} or {@code PrePaid}.
   *
   * @return the charge type
   */
  @JsonProperty("instance_charge_type")
  public abstract Optional<String> instanceChargeType();

  /**
   * Returns how many nodes the pool is meant to hold.
   *
   * @return the desired size
   */
  @JsonProperty("desired_size")
  public abstract Optional<Long> desiredSize();

  /**
   * Returns the system disk category, such as {@code cloud_essd}.
   *
   * @return the category
   */
  @JsonProperty("system_disk_category")
  public abstract Optional<String> systemDiskCategory();

  /**
   * Returns the system disk size in GiB.
   *
   * @return the size
   */
  @JsonProperty("system_disk_size")
  public abstract Optional<Long> systemDiskSizeGiB();

  /**
   * Returns the security groups of new instances.
   *
   * @return the security group ids
   */
  @JsonProperty("security_group_ids")
  public abstract List<String> securityGroupIds();

  /**
   * Returns the image type, such as {@code AliyunLinux3}.
   *
   * @return the image type
   */
  @JsonProperty("image_type")
  public abstract Optional<String> imageType();

  /**
   * Returns the custom image id.
   *
   * @return the image id
   */
  @JsonProperty("image_id")
  public abstract Optional<String> imageId();

  /**
   * Returns the name of the SSH key pair of new instances.
   *
   * @return the key pair name
   */
  @JsonProperty("key_pair")
  public abstract Optional<String> keyPair();

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ScalingGroup}. */
  public static final class Builder extends ImmutableScalingGroup.Builder {}
}
