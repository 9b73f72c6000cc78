package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import io.github.ackhybrid.core.internal.Validate;
import org.immutables.value.Value;

/** A Kubernetes node taint as a node pool carries it ({@code {key, value, effect}} on the wire). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Taint.Builder.class)
public abstract class Taint {

  /**
   * Returns the taint key, such as {@code nodepool-type}.
   *
   * @return the key
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the taint value, possibly empty.
   *
   * @return the value
   */
  @JsonProperty("value")
  @Value.Default
  public String value() {
    return "";
  }

  /**
   * Returns the effect exactly as the service sent it; the service's default, {@code NoSchedule},
   * when it sent none.
   *
   * @return the raw effect
   */
  @JsonProperty("effect")
  @Value.Default
  public String effectAsString() {
    return TaintEffect.NO_SCHEDULE.wireValue();
  }

  /**
   * Returns the effect.
   *
   * @return the effect, {@link TaintEffect#UNKNOWN} for a value this SDK does not know
   */
  public TaintEffect effect() {
    return TaintEffect.fromWire(effectAsString());
  }

  /**
   * Creates a taint. Validation against the Kubernetes rules happens where taints enter a request.
   *
   * @param key the key
   * @param value the value, may be empty
   * @param effect the effect
   * @return the taint
   */
  public static Taint of(String key, String value, TaintEffect effect) {
    return builder().key(key).value(value).effectAsString(Validate.notNull(effect, "taint.effect").wireValue()).build();
  }

  /**
   * Starts a taint.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Taint}. */
  public static final class Builder extends ImmutableTaint.Builder {}

  @Override
  public String toString() {
    return key() + "=" + value() + ":" + effectAsString();
  }
}
