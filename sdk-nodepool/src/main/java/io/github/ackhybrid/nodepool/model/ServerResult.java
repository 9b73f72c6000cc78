package io.github.ackhybrid.nodepool.model;

import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/** How onboarding ended for one server, and why. */
@ModelStyle
@Value.Immutable
public abstract class ServerResult {

  /**
   * Returns the server.
   *
   * @return the server
   */
  public abstract ServerSpec server();

  /**
   * Returns the outcome.
   *
   * @return the outcome
   */
  public abstract ServerOutcome outcome();

  /**
   * Returns the node the server became, when one was seen.
   *
   * @return the last observed node
   */
  public abstract Optional<Node> node();

  /**
   * Returns why the server did not join; never contains the join token.
   *
   * @return the reason, empty for joined servers
   */
  public abstract Optional<String> reason();

  /**
   * Starts a value.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ServerResult}. */
  public static final class Builder extends ImmutableServerResult.Builder {}

  @Override
  public String toString() {
    return server().name() + ": " + outcome() + node().map(n -> " as " + n.nodeName()).orElse("")
        + reason().map(r -> " (" + r + ")").orElse("");
  }
}
