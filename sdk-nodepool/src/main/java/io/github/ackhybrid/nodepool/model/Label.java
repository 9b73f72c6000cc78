package io.github.ackhybrid.nodepool.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** A Kubernetes node label as a node pool carries it ({@code {key, value}} on the wire). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Label.Builder.class)
public abstract class Label {

  /**
   * Returns the label key, such as {@code alibabacloud.com/nodepool-type}.
   *
   * @return the key
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the label value, possibly empty.
   *
   * @return the value
   */
  @JsonProperty("value")
  @Value.Default
  public String value() {
    return "";
  }

  /**
   * Creates a label. Validation against the Kubernetes rules happens where labels enter a request.
   *
   * @param key the key
   * @param value the value
   * @return the label
   */
  public static Label of(String key, String value) {
    return builder().key(key).value(value).build();
  }

  /**
   * Starts a label.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Label}. */
  public static final class Builder extends ImmutableLabel.Builder {}

  @Override
  public String toString() {
    return key() + "=" + value();
  }
}
