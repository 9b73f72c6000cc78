package io.github.ackhybrid.benchmarks.baseline;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;

/** The baseline's Jackson setup: one plain mapper that ignores unknown fields, readers cached. */
public final class PlainJson {
  /** The baseline's mapper. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  /** Reads a {@code DescribeClusterDetail} answer. */
  public static final ObjectReader CLUSTER = MAPPER.readerFor(PlainCluster.class);
  /** Reads a {@code DescribeClusterNodePools} answer. */
  public static final ObjectReader NODE_POOLS = MAPPER.readerFor(PlainNodePools.class);
  static final ObjectReader ENDPOINTS = MAPPER.readerFor(PlainEndpoints.class);
  static final ObjectReader MAP = MAPPER.readerFor(Map.class);

  private PlainJson() {}

  static Instant instant(String text) {
    return text == null || text.isEmpty() ? null : OffsetDateTime.parse(text).toInstant();
  }
}
