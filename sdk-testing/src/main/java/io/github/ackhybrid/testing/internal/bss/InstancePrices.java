package io.github.ackhybrid.testing.internal.bss;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Simulated pay-as-you-go ECS prices, not real ones: 0.50 per vCPU-hour in the account currency,
 * the vCPUs read from the instance type's size as ECS names them ({@code small} and {@code medium}
 * 1, {@code large} 2, {@code xlarge} 4, {@code <n>xlarge} 4 n). A type whose size cannot be read
 * counts as 4 vCPUs, so {@code ecs.g7.xlarge} and an unknown type both cost 2.00 an hour.
 */
final class InstancePrices {
  /** The simulated price of one vCPU for one hour. */
  static final BigDecimal PER_VCPU_HOUR = new BigDecimal("0.50");
  private static final Pattern MULTIPLE = Pattern.compile("(\\d+)xlarge");
  private static final int DEFAULT_VCPUS = 4;

  private InstancePrices() {}

  static BigDecimal perHour(String instanceType) {
    return PER_VCPU_HOUR.multiply(BigDecimal.valueOf(vcpus(instanceType)));
  }

  private static int vcpus(String instanceType) {
    String size = instanceType.substring(instanceType.lastIndexOf('.') + 1);
    Matcher m = MULTIPLE.matcher(size);
    if (m.matches()) {
      return 4 * Integer.parseInt(m.group(1));
    }
    return switch (size) {
      case "small", "medium" -> 1;
      case "large" -> 2;
      default -> DEFAULT_VCPUS;
    };
  }
}
