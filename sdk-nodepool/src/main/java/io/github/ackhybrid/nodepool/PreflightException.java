package io.github.ackhybrid.nodepool;

import io.github.ackhybrid.core.exception.ValidationException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The cluster is not ready for what was asked of it. Raised before anything is changed; the
 * message and {@link #failures()} list every reason, each with what to do about it.
 */
public class PreflightException extends ValidationException {
  private static final long serialVersionUID = 1L;

  private final transient List<PreflightFailure> failures;

  /**
   * Creates the exception.
   *
   * @param purpose what the cluster was checked for, such as {@code a cloud burst pool}
   * @param failures every failed condition, at least one
   */
  public PreflightException(String purpose, List<PreflightFailure> failures) {
    super("cluster", "is not ready for " + purpose + " (" + failures.size()
        + (failures.size() == 1 ? " problem): " : " problems): ") + numbered(failures));
    this.failures = List.copyOf(failures);
  }

  /**
   * Returns every condition the cluster failed.
   *
   * @return the failures
   */
  public List<PreflightFailure> failures() {
    return failures;
  }

  private static String numbered(List<PreflightFailure> failures) {
    return IntStream.range(0, failures.size())
        .mapToObj(i -> (i + 1) + ") " + failures.get(i).message())
        .collect(Collectors.joining("; "));
  }
}
