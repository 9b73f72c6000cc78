package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.BillingSite;
import io.github.ackhybrid.cluster.billing.BillingSiteMismatchException;
import io.github.ackhybrid.core.exception.ServiceException;

/** Gives the billing API's errors their billing meaning. */
final class BssErrors {
  /** The code BSS answers with when the caller's account does not belong to the endpoint's site. */
  static final String NOT_APPLICABLE = "NotApplicable";

  private BssErrors() {}

  /**
   * Turns {@code NotApplicable} into a {@link BillingSiteMismatchException}; leaves anything else as
   * it is.
   *
   * @param error the failure
   * @param site the site that was called
   * @return the failure to report
   */
  static Throwable translate(Throwable error, BillingSite site) {
    if (error instanceof ServiceException && NOT_APPLICABLE.equals(((ServiceException) error).errorCode())) {
      return new BillingSiteMismatchException(((ServiceException) error).details(), site);
    }
    return error;
  }

  /** Like {@link #translate(Throwable, BillingSite)} for a service error thrown on the caller's thread. */
  static RuntimeException translate(ServiceException error, BillingSite site) {
    return (RuntimeException) translate((Throwable) error, site);
  }
}
