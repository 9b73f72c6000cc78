package io.github.ackhybrid.cluster.billing;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an account has left to spend ({@code QueryAccountBalance}).
 */
@ModelStyle
@Value.Immutable
public abstract class AccountBalance {
  /**
   * Returns the available balance, credit included.
   *
   * @return the amount
   */
  public abstract Money availableAmount();

  /**
   * Returns the available cash balance.
   *
   * @return the amount, if the service sent one
   */
  public abstract Optional<Money> availableCashAmount();

  /**
   * Returns the credit line.
   *
   * @return the amount, if the service sent one
   */
  public abstract Optional<Money> creditAmount();

  /**
   * Returns the MYbank credit line.
   *
   * @return the amount, if the service sent one
   */
  public abstract Optional<Money> mybankCreditAmount();

  /**
   * Returns the quota limit.
   *
   * @return the amount, if the service sent one
   */
  public abstract Optional<Money> quotaLimit();

  /**
   * Returns the service's id for the request, to quote to support.
   *
   * @return the value, if the service sent one
   */
  public abstract Optional<String> requestId();

  /**
   * Starts a value; the SDK builds these from the service's answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link AccountBalance}. */
  public static final class Builder extends ImmutableAccountBalance.Builder {}
}
