package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;

/**
 * The checks an auto scaling ECS pool must pass (reference elastic-scheduling §4.1, §7.2), shared by
 * pool creation and by ModifyClusterNodePool so both refuse the same input with the same words.
 */
public final class AutoScalingRules {
  /** The largest {@code max_instances} the service accepts. */
  public static final long MAX_INSTANCES = 2000;
  // The autoscaler turns labels and taints into scaling group tags, which are capped: past the
  // limit scale-out fails long after the pool was created.
  private static final int TAG_LIMIT = 12;

  private AutoScalingRules() {}

  /**
   * Checks the bounds: {@code 0 <= min <= max <= 2000} and {@code max >= 1}.
   *
   * @param min the least number of instances
   * @param max the greatest number of instances
   * @param field the field prefix, such as {@code nodePool.autoScaling}
   * @throws ValidationException naming {@code <field>.min} or {@code <field>.max}
   */
  public static void bounds(long min, long max, String field) {
    Validate.inRange(min, field + ".min", 0, MAX_INSTANCES);
    if (min > max) {
      throw new ValidationException(field + ".min", "must not exceed max (" + max + "), was " + min);
    }
    Validate.inRange(max, field + ".max", Math.max(1, min), MAX_INSTANCES);
  }

  /**
   * Checks that labels and taints together stay under the scaling group tag limit.
   *
   * @param labels the number of node labels
   * @param taints the number of node taints
   * @param field the field to name, such as {@code nodePool.labels}
   * @throws ValidationException if they number 12 or more together
   */
  public static void tagBudget(int labels, int taints, String field) {
    if (labels + taints >= TAG_LIMIT) {
      throw new ValidationException(field, "and taints of an auto scaling pool must number fewer than " + TAG_LIMIT
          + " together (they become scaling group tags), had " + (labels + taints));
    }
  }

  /**
   * Checks that the pool is pay-as-you-go: the autoscaler removes subscription nodes on scale-in
   * without releasing them, so they keep costing money.
   *
   * @param instanceChargeType the scaling group's charge type
   * @param field the field to name
   * @throws ValidationException if the charge type is {@code PrePaid}
   */
  public static void payAsYouGo(String instanceChargeType, String field) {
    if ("PrePaid".equals(instanceChargeType)) {
      throw new ValidationException(field, "needs a pay-as-you-go (PostPaid) pool: the autoscaler removes"
          + " subscription (PrePaid) nodes on scale-in without releasing them");
    }
  }
}
