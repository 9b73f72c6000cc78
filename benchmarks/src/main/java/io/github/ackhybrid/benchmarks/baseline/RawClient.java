package io.github.ackhybrid.benchmarks.baseline;

import com.fasterxml.jackson.databind.ObjectReader;
import io.github.ackhybrid.core.internal.signing.AcsV3Signer;
import io.github.ackhybrid.core.internal.signing.Digests;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The floor the SDK is measured against: the same ACK calls written by hand with OkHttp and
 * Jackson. Each request carries the headers the SDK sends and is signed with the same V3 signer
 * over the same header set; the answer is bound from the response stream into plain classes with a
 * cached reader. No validation, retries, metadata or immutable models: only what it takes to make
 * the call. The OkHttp client gets the same dispatcher limits and pool size the SDK gives its own.
 */
public final class RawClient implements AutoCloseable {
  private static final DateTimeFormatter ACS_DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
  private static final Map<String, String> NO_QUERY = Map.of();

  private final OkHttpClient http;
  private final HttpUrl base;
  private final String host;
  private final String accessKeyId;
  private final String accessKeySecret;

  /**
   * Creates a client for one endpoint.
   *
   * @param endpoint for example {@code http://127.0.0.1:40123}
   * @param accessKeyId the AccessKey ID
   * @param accessKeySecret the AccessKey secret
   * @param maxConcurrency how many calls may be in flight at once
   */
  public RawClient(URI endpoint, String accessKeyId, String accessKeySecret, int maxConcurrency) {
    this.base = HttpUrl.get(endpoint);
    this.host = base.host() + ":" + base.port();
    this.accessKeyId = accessKeyId;
    this.accessKeySecret = accessKeySecret;
    Dispatcher dispatcher = new Dispatcher();
    dispatcher.setMaxRequests(maxConcurrency);
    dispatcher.setMaxRequestsPerHost(maxConcurrency);
    this.http = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .connectionPool(new ConnectionPool(Math.min(maxConcurrency, 256), 5, TimeUnit.MINUTES))
        .retryOnConnectionFailure(false)
        .build();
  }

  /**
   * Calls {@code DescribeClusterDetail}.
   *
   * @param clusterId the cluster
   * @return the bound answer
   * @throws IOException if the call fails or the status is not 2xx
   */
  public PlainCluster describeCluster(String clusterId) throws IOException {
    return execute(request("DescribeClusterDetail", "/clusters/" + clusterId), PlainJson.CLUSTER);
  }

  /**
   * Calls {@code DescribeClusterDetail} without blocking; the future completes on OkHttp's thread.
   *
   * @param clusterId the cluster
   * @return the bound answer
   */
  public CompletableFuture<PlainCluster> describeClusterAsync(String clusterId) {
    return enqueue(request("DescribeClusterDetail", "/clusters/" + clusterId), PlainJson.CLUSTER);
  }

  /**
   * Calls {@code DescribeClusterNodePools}.
   *
   * @param clusterId the cluster
   * @return the bound answer
   * @throws IOException if the call fails or the status is not 2xx
   */
  public PlainNodePools describeNodePools(String clusterId) throws IOException {
    return execute(request("DescribeClusterNodePools", "/clusters/" + clusterId + "/nodepools"),
        PlainJson.NODE_POOLS);
  }

  /**
   * Calls {@code DescribeClusterNodePools} without blocking.
   *
   * @param clusterId the cluster
   * @return the bound answer
   */
  public CompletableFuture<PlainNodePools> describeNodePoolsAsync(String clusterId) {
    return enqueue(request("DescribeClusterNodePools", "/clusters/" + clusterId + "/nodepools"),
        PlainJson.NODE_POOLS);
  }

  /** Drops idle connections and stops the dispatcher's threads. */
  @Override
  public void close() {
    http.dispatcher().executorService().shutdown();
    http.connectionPool().evictAll();
  }

  private Request request(String action, String path) {
    Map<String, String> headers = new HashMap<>(8);
    headers.put("host", host);
    headers.put("x-acs-action", action);
    headers.put("x-acs-version", "2015-12-15");
    headers.put("x-acs-date", ACS_DATE.format(Instant.now()));
    ThreadLocalRandom random = ThreadLocalRandom.current();
    headers.put("x-acs-signature-nonce", Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong()));
    headers.put("x-acs-content-sha256", Digests.EMPTY_SHA256_HEX);
    String authorization = AcsV3Signer.authorization(accessKeyId, accessKeySecret, "GET", path, NO_QUERY,
        headers, Digests.EMPTY_SHA256_HEX);
    Request.Builder b = new Request.Builder().url(base.newBuilder().encodedPath(path).build());
    headers.forEach(b::addHeader);
    return b.addHeader("accept", "application/json")
        .addHeader("user-agent", "bench-baseline/1.0")
        .addHeader("authorization", authorization)
        .build();
  }

  private <T> T execute(Request request, ObjectReader reader) throws IOException {
    try (Response response = http.newCall(request).execute()) {
      return read(response, reader);
    }
  }

  private <T> CompletableFuture<T> enqueue(Request request, ObjectReader reader) {
    CompletableFuture<T> result = new CompletableFuture<>();
    http.newCall(request).enqueue(new Callback() {
      @Override
      public void onFailure(Call call, IOException e) {
        result.completeExceptionally(e);
      }

      @Override
      public void onResponse(Call call, Response response) {
        try (response) {
          result.complete(read(response, reader));
        } catch (IOException | RuntimeException e) {
          result.completeExceptionally(e);
        }
      }
    });
    return result;
  }

  private static <T> T read(Response response, ObjectReader reader) throws IOException {
    if (!response.isSuccessful()) {
      throw new IOException("HTTP " + response.code());
    }
    try (InputStream in = response.body().byteStream()) {
      return reader.readValue(in);
    }
  }
}
