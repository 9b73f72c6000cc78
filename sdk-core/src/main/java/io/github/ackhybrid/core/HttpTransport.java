package io.github.ackhybrid.core;

import io.github.ackhybrid.core.internal.OkHttpTransport;
import io.github.ackhybrid.core.internal.Validate;

/**
 * The HTTP machinery behind clients: a connection pool, a dispatcher that bounds concurrent
 * requests, and the timeouts. Every client creates its own unless it is given one; create one
 * yourself to let many clients share a pool and a concurrency limit, and close it when all those
 * clients are done. A client never closes a transport it was given.
 *
 * <pre>{@code
 * try (HttpTransport shared = HttpTransport.create(cloud);
 *      ClusterClient clusters = ClusterClient.builder().config(cloud).transport(shared).build();
 *      NodePoolClient pools = NodePoolClient.builder().config(cloud).transport(shared).build()) {
 *   ...
 * }
 * }</pre>
 */
public interface HttpTransport extends AutoCloseable {

  /**
   * Creates a transport with the timeouts, concurrency limit and proxy of a configuration.
   *
   * @param config the settings to take the HTTP values from
   * @return a new transport, which the caller must close
   */
  static HttpTransport create(CloudConfig config) {
    return new OkHttpTransport(Validate.notNull(config, "config"));
  }

  /**
   * Returns how many requests this transport keeps in flight at once.
   *
   * @return the concurrency limit
   */
  int maxConcurrency();

  /**
   * Releases the connection pool and the dispatcher threads. Calls still in flight fail with a
   * {@link io.github.ackhybrid.core.exception.TransportException}. Idempotent.
   */
  @Override
  void close();
}
