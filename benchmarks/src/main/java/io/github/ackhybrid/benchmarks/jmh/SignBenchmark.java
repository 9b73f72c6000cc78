package io.github.ackhybrid.benchmarks.jmh;

import io.github.ackhybrid.core.internal.signing.AcsV3Signer;
import io.github.ackhybrid.core.internal.signing.Digests;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Signing one request with ACS3-HMAC-SHA256, the work both sides share per call: the
 * {@code Authorization} value over the headers the SDK sends for a GET, and the payload hash of a
 * typical 1 KB JSON body.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SignBenchmark {
  private final Map<String, String> headers = new LinkedHashMap<>();
  private final Map<String, String> query = Map.of("page_number", "3", "page_size", "100");
  private final byte[] body = "{\"name\":\"idc-gpu\",\"labels\":[{\"key\":\"workload\",\"value\":\"training\"}]}"
      .repeat(14).getBytes(StandardCharsets.UTF_8);

  /** Fills in the headers the SDK signs for a GET. */
  public SignBenchmark() {
    headers.put("host", "cs.cn-hangzhou.aliyuncs.com");
    headers.put("x-acs-action", "DescribeClusterNodePools");
    headers.put("x-acs-version", "2015-12-15");
    headers.put("x-acs-date", "2026-11-23T08:53:14Z");
    headers.put("x-acs-signature-nonce", "3f1a5b7c9d2e4f6a8b0c1d3e5f7a9b2c");
    headers.put("x-acs-content-sha256", Digests.EMPTY_SHA256_HEX);
  }

  /**
   * Computes the {@code Authorization} header value.
   *
   * @return the value
   */
  @Benchmark
  public String authorization() {
    return AcsV3Signer.authorization("bench-access-key-id", "bench-access-key-secret", "GET",
        "/clusters/c82e6987e2961451182edacd74faf1a2b/nodepools", query, headers, Digests.EMPTY_SHA256_HEX);
  }

  /**
   * Hashes a 1 KB body for {@code x-acs-content-sha256}.
   *
   * @return the hex digest
   */
  @Benchmark
  public String payloadHash() {
    return Digests.sha256Hex(body);
  }
}
