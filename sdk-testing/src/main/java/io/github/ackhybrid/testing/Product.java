package io.github.ackhybrid.testing;

import java.util.Optional;

/**
 * A cloud product the simulator serves, told apart on the wire by its API version: the
 * {@code x-acs-version} header (signature V3 and ROA V2) or the {@code Version} parameter (RPC V2).
 */
public enum Product {
  /** Container Service for Kubernetes (ACK, product code CS), ROA style. */
  ACK("2015-12-15"),
  /** Alibaba Cloud Service Mesh (ASM, product code servicemesh), RPC style. */
  ASM("2020-01-11"),
  /** Billing and cost (BSS OpenAPI), RPC style. */
  BSS("2017-12-14");

  private final String apiVersion;

  Product(String apiVersion) {
    this.apiVersion = apiVersion;
  }

  /**
   * Returns the API version requests to this product carry.
   *
   * @return the version, such as {@code 2015-12-15}
   */
  public String apiVersion() {
    return apiVersion;
  }

  /**
   * Finds the product an API version belongs to.
   *
   * @param apiVersion the version a request carried, may be null
   * @return the product, empty for an unknown or missing version
   */
  public static Optional<Product> forApiVersion(String apiVersion) {
    for (Product product : values()) {
      if (product.apiVersion.equals(apiVersion)) {
        return Optional.of(product);
      }
    }
    return Optional.empty();
  }
}
