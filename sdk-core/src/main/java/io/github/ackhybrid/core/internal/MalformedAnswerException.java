package io.github.ackhybrid.core.internal;

import java.io.IOException;

/**
 * Thrown by a {@link ResponseDecoder} whose answer arrived whole but is not what the operation
 * answers, for bodies that are not JSON (a plain-text script, say). The pipeline reports it like a
 * body that is not the expected JSON: a {@link io.github.ackhybrid.core.exception.ServiceException}
 * with the status and request id, retried for retry-safe calls only. The message is shown to users,
 * so it must say what is missing without quoting the body, which may hold secrets.
 */
public final class MalformedAnswerException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the failure.
   *
   * @param problem what the answer lacks, never the answer's text
   */
  public MalformedAnswerException(String problem) {
    super(problem);
  }
}
