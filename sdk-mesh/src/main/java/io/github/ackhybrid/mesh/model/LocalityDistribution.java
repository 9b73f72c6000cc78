package io.github.ackhybrid.mesh.model;

import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.internal.Validate;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One weighted distribution entry: callers in locality {@code from} send traffic to the localities
 * in {@code to} by weight. Localities use Istio's {@code region[/zone[/subzone]]} syntax with an
 * optional trailing {@code *}. Immutable.
 */
@ModelStyle
@Value.Immutable
public abstract class LocalityDistribution {

  /**
   * Returns the callers' locality.
   *
   * @return the locality, such as {@code cn-hangzhou/*}
   */
  public abstract String from();

  /**
   * Returns the target localities and their weights, in the order given.
   *
   * @return weight by locality
   */
  public abstract Map<String, Integer> to();

  /**
   * Creates an entry. Rules are checked where the entry is sent, in {@code LocalityLbConfig}.
   *
   * @param from the callers' locality
   * @param to weight by target locality; iteration order is kept on the wire
   * @return the entry
   */
  public static LocalityDistribution of(String from, Map<String, Integer> to) {
    return builder().from(from).putAllTo(Validate.notNull(to, "localityDistribution.to")).build();
  }

  /**
   * Starts an entry.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder preset with this value's fields.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder().from(from()).putAllTo(to());
  }

  /** Builds a {@link LocalityDistribution}. */
  public static final class Builder extends ImmutableLocalityDistribution.Builder {}
}
