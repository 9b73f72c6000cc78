package io.github.ackhybrid.benchmarks.jmh;

import io.github.ackhybrid.benchmarks.Payloads;
import io.github.ackhybrid.benchmarks.baseline.PlainCluster;
import io.github.ackhybrid.benchmarks.baseline.PlainJson;
import io.github.ackhybrid.benchmarks.baseline.PlainNodePools;
import io.github.ackhybrid.cluster.model.Cluster;
import io.github.ackhybrid.core.ResponseMetadata;
import io.github.ackhybrid.core.internal.Decoders;
import io.github.ackhybrid.core.internal.ResponseDecoder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Binding the canned answers from bytes, without the network: the SDK's decoder into its immutable
 * models against Jackson into the baseline's plain classes. Run with {@code -prof gc} for
 * allocation per operation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DecodeBenchmark {
  private static final ResponseDecoder<Cluster> SDK_CLUSTER = Decoders.json(Cluster.class);
  private static final ResponseMetadata METADATA =
      ResponseMetadata.of("DescribeClusterDetail", 200, "BENCH-1", 1, Duration.ofMillis(1));

  private final byte[] clusterDetail = Payloads.clusterDetail();
  private final byte[] nodePools = Payloads.nodePools();

  /**
   * The SDK binds {@code DescribeClusterDetail} into {@link Cluster}.
   *
   * @return the model
   * @throws IOException never, the bytes are valid
   */
  @Benchmark
  public Cluster sdkClusterDetail() throws IOException {
    return SDK_CLUSTER.decode(new ByteArrayInputStream(clusterDetail), METADATA);
  }

  /**
   * The baseline binds {@code DescribeClusterDetail} into {@link PlainCluster}.
   *
   * @return the plain object
   * @throws IOException never, the bytes are valid
   */
  @Benchmark
  public PlainCluster baselineClusterDetail() throws IOException {
    return PlainJson.CLUSTER.readValue(new ByteArrayInputStream(clusterDetail));
  }

  /**
   * The baseline binds the 16 KB {@code DescribeClusterNodePools} answer.
   *
   * @return the plain object
   * @throws IOException never, the bytes are valid
   */
  @Benchmark
  public PlainNodePools baselineNodePools() throws IOException {
    return PlainJson.NODE_POOLS.readValue(new ByteArrayInputStream(nodePools));
  }
}
