package io.github.ackhybrid.core.internal;

import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * One cloud product as the pipeline sees it: its API version, style and how a region maps to its
 * endpoint host. Service modules declare one constant each.
 *
 * @param product the product code, e.g. {@code cs}
 * @param version the API version sent as {@code x-acs-version}, e.g. {@code 2015-12-15}
 * @param style ROA or RPC
 * @param hostForRegion maps a region id to the public endpoint host
 */
public record ServiceDefinition(
    String product, String version, ApiStyle style, UnaryOperator<String> hostForRegion) {

  /** Checks that no part is missing. */
  public ServiceDefinition {
    Objects.requireNonNull(product, "product");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(hostForRegion, "hostForRegion");
  }

  /**
   * Defines a product whose endpoint is {@code <product>.<region>.aliyuncs.com}.
   *
   * @param product the product code
   * @param version the API version
   * @param style the API style
   * @return the definition
   */
  public static ServiceDefinition regional(String product, String version, ApiStyle style) {
    return new ServiceDefinition(product, version, style, region -> product + "." + region + ".aliyuncs.com");
  }

  /**
   * Defines a product with one central endpoint for every region.
   *
   * @param product the product code
   * @param version the API version
   * @param style the API style
   * @param host the central host, e.g. {@code servicemesh.aliyuncs.com}
   * @return the definition
   */
  public static ServiceDefinition central(String product, String version, ApiStyle style, String host) {
    return new ServiceDefinition(product, version, style, region -> host);
  }
}
