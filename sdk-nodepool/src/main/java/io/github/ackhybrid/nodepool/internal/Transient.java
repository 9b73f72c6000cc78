package io.github.ackhybrid.nodepool.internal;

import io.github.ackhybrid.core.exception.ResourceNotFoundException;
import io.github.ackhybrid.core.exception.ServiceException;
import io.github.ackhybrid.core.exception.ThrottlingException;
import io.github.ackhybrid.core.exception.TransportException;

/** How long-running waits judge a failed poll. */
final class Transient {
  private Transient() {}

  /**
   * Tells whether a failed poll is worth repeating in a wait that lasts minutes: the pipeline's own
   * retries are exhausted, but throttling, a 5xx or a lost connection say nothing about the
   * resource, so the wait goes on until its timeout.
   */
  static boolean isTransient(Throwable error) {
    return error instanceof ThrottlingException || error instanceof TransportException
        || (error instanceof ServiceException s && s.statusCode() >= 500);
  }

  /**
   * Tells whether an error says the node pool (not the cluster) was not found, which the service
   * briefly answers right after the pool was created (reference §2, §7.2).
   */
  static boolean isPoolNotFound(Throwable error) {
    if (!(error instanceof ResourceNotFoundException e)) {
      return false;
    }
    return e.errorCode().equals("ErrorNodePoolNotFound") || e.errorCode().isEmpty();
  }
}
