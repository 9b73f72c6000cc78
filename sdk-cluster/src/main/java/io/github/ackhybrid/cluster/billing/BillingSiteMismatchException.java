package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.exception.ServiceErrorDetails;
import io.github.ackhybrid.core.exception.ServiceException;

/**
 * The billing API answered {@code NotApplicable} ("This API is not applicable for caller"), which
 * typically means the client called the other site's endpoint: an account belongs to either the
 * China site or the international site, whatever region its clusters run in. Build the client with
 * the other {@link BillingSite}.
 *
 * @serial exclude
 */
public class BillingSiteMismatchException extends ServiceException {
  private static final long serialVersionUID = 1L;

  private final BillingSite site;

  /**
   * Creates the exception.
   *
   * @param details what the service answered
   * @param site the site whose endpoint was called
   */
  public BillingSiteMismatchException(ServiceErrorDetails details, BillingSite site) {
    super(details);
    this.site = site;
  }

  /**
   * Returns the site whose endpoint was called.
   *
   * @return the site
   */
  public BillingSite site() {
    return site;
  }

  /** Adds what to do next to the service's message. */
  @Override
  public String getMessage() {
    BillingSite other = site == BillingSite.CHINA ? BillingSite.INTERNATIONAL : BillingSite.CHINA;
    return super.getMessage() + "; the account may belong to the other billing site: this client called "
        + site + " (" + site.host() + "), try BillingClient.builder().site(BillingSite." + other + ")";
  }
}
