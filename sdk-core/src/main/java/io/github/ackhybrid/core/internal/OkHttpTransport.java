package io.github.ackhybrid.core.internal;

import io.github.ackhybrid.core.CloudConfig;
import io.github.ackhybrid.core.HttpTransport;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;

/**
 * The OkHttp-backed {@link HttpTransport}. The dispatcher's limits are raised to the configured
 * concurrency (OkHttp allows only 5 requests per host by default), calls beyond the limit wait in
 * the dispatcher's queue without holding a thread, no more threads exist than calls may be in
 * flight ({@link CallThreads}), and the pool keeps as many idle connections as can be busy at once.
 * OkHttp's own silent retry is off: retries are the pipeline's decision. Requests are signed as they
 * start ({@link SigningInterceptor}), after any wait in the dispatcher's queue.
 */
public final class OkHttpTransport implements HttpTransport {
  private final OkHttpClient client;
  private final ExecutorService dispatcherThreads;
  private final int maxConcurrency;
  private final AtomicBoolean closed = new AtomicBoolean();

  /**
   * Creates a transport from the HTTP settings of a configuration.
   *
   * @param config the settings
   */
  public OkHttpTransport(CloudConfig config) {
    this.maxConcurrency = config.maxConcurrency();
    this.dispatcherThreads = CallThreads.newPool(maxConcurrency, "ackhybrid-http");
    Dispatcher dispatcher = new Dispatcher(dispatcherThreads);
    dispatcher.setMaxRequests(maxConcurrency);
    dispatcher.setMaxRequestsPerHost(maxConcurrency);
    OkHttpClient.Builder builder = new OkHttpClient.Builder()
        .dispatcher(dispatcher)
        .addInterceptor(new SigningInterceptor())
        .connectionPool(new ConnectionPool(Math.min(maxConcurrency, 256), 5, TimeUnit.MINUTES))
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .writeTimeout(config.readTimeout())
        .retryOnConnectionFailure(false)
        .followRedirects(false)
        .followSslRedirects(false);
    ProxySettings.apply(config, builder);
    this.client = builder.build();
  }

  /**
   * Returns the OkHttp client behind this transport.
   *
   * @return the client
   */
  public OkHttpClient client() {
    return client;
  }

  @Override
  public int maxConcurrency() {
    return maxConcurrency;
  }

  /**
   * Returns whether {@link #close()} was called.
   *
   * @return true once closed
   */
  public boolean isClosed() {
    return closed.get();
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) {
      client.dispatcher().cancelAll();
      dispatcherThreads.shutdown();
      client.connectionPool().evictAll();
    }
  }
}
