package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The hybrid settings of a hybrid cloud node pool ({@code hybrid_config}). The public API documents
 * no such field (reference §5.2, §11 question 1): this object is the SDK's and the simulator's
 * convention for carrying the Terway Hybrid mode, kept in one place so it can follow the real API
 * once it is known.
 */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = HybridConfig.Builder.class)
public abstract class HybridConfig {

  /**
   * Returns the Terway Hybrid mode exactly as the service sent it.
   *
   * @return the raw mode
   */
  @JsonProperty("network_mode")
  public abstract Optional<String> networkModeAsString();

  /**
   * Returns the Terway Hybrid mode.
   *
   * @return the mode, {@link TerwayHybridMode#UNKNOWN} for a value this SDK does not know, empty
   *     if the service sent none
   */
  public Optional<TerwayHybridMode> networkMode() {
    return networkModeAsString().map(TerwayHybridMode::fromWire);
  }

  /**
   * Starts a value, mainly for tests.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link HybridConfig}. */
  public static final class Builder extends ImmutableHybridConfig.Builder {}
}
