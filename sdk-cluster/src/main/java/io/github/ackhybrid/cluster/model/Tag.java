package io.github.ackhybrid.cluster.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import io.github.ackhybrid.core.ModelStyle;
import org.immutables.value.Value;

/** A key-value tag on a cluster, as ACK reports and accepts it ({@code {key, value}}). */
@ModelStyle
@Value.Immutable
@JsonDeserialize(builder = Tag.Builder.class)
public abstract class Tag {

  /**
   * Returns the tag key.
   *
   * @return the key
   */
  @JsonProperty("key")
  public abstract String key();

  /**
   * Returns the tag value.
   *
   * @return the value, empty when the tag has none
   */
  @JsonProperty("value")
  @JsonSetter(nulls = Nulls.SKIP)
  @Value.Default
  public String value() {
    return "";
  }

  /**
   * Creates a tag.
   *
   * @param key the key
   * @param value the value
   * @return the tag
   * @throws io.github.ackhybrid.core.exception.ValidationException if either is null
   */
  public static Tag of(String key, String value) {
    return builder().key(key).value(value).build();
  }

  /**
   * Starts a tag.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tag}. */
  public static final class Builder extends ImmutableTag.Builder {}
}
