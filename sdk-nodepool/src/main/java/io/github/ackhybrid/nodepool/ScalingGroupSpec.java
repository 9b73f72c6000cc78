package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import io.github.ackhybrid.nodepool.internal.Ids;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * The ECS essentials of a node pool the cloud fills with instances ({@code scaling_group}): where
 * instances go, what they are, how many, and their system disk.
 *
 * <pre>{@code
 * s -> s.addVSwitchId("vsw-1").addInstanceType("ecs.g7.xlarge").desiredSize(3).systemDisk("cloud_essd", 120)
 * }</pre>
 */
@ModelStyle
@Value.Immutable
public abstract class ScalingGroupSpec {
  private static final Pattern INSTANCE_TYPE = Pattern.compile("ecs\\.[a-z0-9-]+(\\.[a-z0-9-]+)+");
  private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9_]*");

  /**
   * Returns the vSwitches instances are placed in; 1-8, in different zones for resilience.
   *
   * @return the vSwitch ids
   */
  public abstract List<String> vSwitchIds();

  /**
   * Returns the instance types to create, in order of preference; 1-10.
   *
   * @return the instance types, such as {@code ecs.g7.xlarge}
   */
  public abstract List<String> instanceTypes();

  /**
   * Returns whether instances are pay-as-you-go ({@code PostPaid}, the default) or subscription
   * ({@code PrePaid}).
   *
   * @return the charge type
   */
  @Value.Default
  public String instanceChargeType() {
    return "PostPaid";
  }

  /**
   * Returns how many nodes the pool should hold once created; 0 is allowed.
   *
   * @return the desired size
   */
  public abstract Optional<Long> desiredSize();

  /**
   * Returns the system disk category, such as {@code cloud_essd}; the service defaults to
   * {@code cloud_efficiency}.
   *
   * @return the category
   */
  public abstract Optional<String> systemDiskCategory();

  /**
   * Returns the system disk size in GiB.
   *
   * @return the size
   */
  public abstract Optional<Long> systemDiskSizeGiB();

  /**
   * Returns the security groups of new instances.
   *
   * @return the security group ids
   */
  public abstract List<String> securityGroupIds();

  /**
   * Returns the name of the SSH key pair of new instances.
   *
   * @return the key pair name
   */
  public abstract Optional<String> keyPair();

  /**
   * Returns the image type, such as {@code AliyunLinux3}.
   *
   * @return the image type
   */
  public abstract Optional<String> imageType();

  /**
   * Starts a spec.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    String f = "nodePool.scalingGroup";
    if (vSwitchIds().isEmpty() || vSwitchIds().size() > 8) {
      throw new ValidationException(f + ".vSwitchIds", "must hold 1-8 vSwitch ids, had " + vSwitchIds().size());
    }
    vSwitchIds().forEach(id -> Ids.id(id, f + ".vSwitchIds"));
    if (instanceTypes().isEmpty() || instanceTypes().size() > 10) {
      throw new ValidationException(f + ".instanceTypes", "must hold 1-10 instance types, had "
          + instanceTypes().size());
    }
    for (String type : instanceTypes()) {
      Validate.matches(type, f + ".instanceTypes", 5, 64, INSTANCE_TYPE, "like ecs.g7.xlarge");
    }
    if (!instanceChargeType().equals("PostPaid") && !instanceChargeType().equals("PrePaid")) {
      throw new ValidationException(f + ".instanceChargeType", "must be PostPaid or PrePaid, was "
          + Validate.quote(instanceChargeType()));
    }
    desiredSize().ifPresent(n -> Validate.inRange(n, f + ".desiredSize", 0, 2000));
    systemDiskCategory().ifPresent(c -> Validate.matches(c, f + ".systemDiskCategory", 1, 64, WORD,
        "such as cloud_essd"));
    systemDiskSizeGiB().ifPresent(n -> Validate.inRange(n, f + ".systemDiskSizeGiB", 20, 2048));
    securityGroupIds().forEach(id -> Ids.id(id, f + ".securityGroupIds"));
    keyPair().ifPresent(k -> Validate.notBlank(k, f + ".keyPair"));
    imageType().ifPresent(t -> Validate.matches(t, f + ".imageType", 1, 64, WORD, "such as AliyunLinux3"));
  }

  /** Builds a {@link ScalingGroupSpec}; {@code build()} throws {@link ValidationException} for bad values. */
  public static final class Builder extends ImmutableScalingGroupSpec.Builder {
    /**
     * Sets the system disk.
     *
     * @param category the disk category, such as {@code cloud_essd}
     * @param sizeGiB the size in GiB, 20-2048
     * @return this builder
     */
    public Builder systemDisk(String category, long sizeGiB) {
      systemDiskCategory(category);
      systemDiskSizeGiB(sizeGiB);
      return this;
    }
  }
}
