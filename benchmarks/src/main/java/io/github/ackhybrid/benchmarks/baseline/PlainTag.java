package io.github.ackhybrid.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A {@code {key, value}} pair as a hand-written client would bind it. */
public final class PlainTag {
  /** The key. */
  @JsonProperty("key")
  public String key;
  /** The value. */
  @JsonProperty("value")
  public String value;
}
