package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.exception.ValidationException;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Locale;

/**
 * The Alibaba Cloud site an account belongs to, which decides the billing (BSS) endpoint and the
 * currency of list prices. The endpoint follows the account's site, not the region of its
 * clusters: an international account with clusters in {@code cn-hangzhou} still calls the
 * Singapore endpoint.
 */
public enum BillingSite {
  /** The China site (aliyun.com): {@code business.aliyuncs.com}, prices in CNY. */
  CHINA("business.aliyuncs.com", "CNY"),
  /** The international site (alibabacloud.com): {@code business.ap-southeast-1.aliyuncs.com}, prices in USD. */
  INTERNATIONAL("business.ap-southeast-1.aliyuncs.com", "USD");

  private final String host;
  private final String currency;

  BillingSite(String host, String currency) {
    this.host = host;
    this.currency = currency;
  }

  /**
   * Returns the BSS OpenAPI endpoint host of this site.
   *
   * @return the host name
   */
  public String host() {
    return host;
  }

  /**
   * Returns the currency of this site's list prices, assumed for a bill line that names none.
   *
   * @return an ISO 4217 code
   */
  public String currency() {
    return currency;
  }

  /**
   * Guesses the site from a region the way the official BSS client's endpoint map does: every
   * {@code cn-*} region (Hong Kong included) is the China site; {@code ap-*}, {@code eu-*},
   * {@code us-*}, {@code me-east-1} and {@code rus-west-1-pop} are the international site. The
   * guess is only a default: an account's site is what counts, so set it explicitly when the
   * account and the region disagree.
   *
   * @param region a region id such as {@code cn-hangzhou}
   * @return the site
   * @throws ValidationException if the region maps to no site
   */
  public static BillingSite forRegion(String region) {
    Validate.notBlank(region, "billingSite.region");
    if (region.startsWith("cn-")) {
      return CHINA;
    }
    if (region.startsWith("ap-") || region.startsWith("eu-") || region.startsWith("us-")
        || region.equals("me-east-1") || region.equals("rus-west-1-pop")) {
      return INTERNATIONAL;
    }
    throw new ValidationException("billingSite", "is unknown for region " + Validate.quote(region)
        + ": the BSS endpoint map has no entry for it; choose BillingSite.CHINA or BillingSite.INTERNATIONAL");
  }

  /**
   * Reads a site name as written in a configuration file: {@code china} or {@code international}
   * (also {@code intl}), in any case.
   *
   * @param name the name
   * @return the site
   * @throws ValidationException if the name is blank or names no site
   */
  public static BillingSite of(String name) {
    Validate.notBlank(name, "billingSite");
    switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "china":
        return CHINA;
      case "international":
      case "intl":
        return INTERNATIONAL;
      default:
        throw new ValidationException("billingSite", "must be CHINA or INTERNATIONAL, was " + Validate.quote(name));
    }
  }
}
