/**
 * Settings and building blocks shared by every client of the SDK:
 * {@link io.github.ackhybrid.core.CloudConfig}, {@link io.github.ackhybrid.core.RetryPolicy}, the
 * shareable HTTP transport, {@link io.github.ackhybrid.core.Waiter waiters},
 * {@link io.github.ackhybrid.core.Paginator paginators} (and their
 * {@link io.github.ackhybrid.core.AsyncPaginator asynchronous twin}) and the
 * {@link io.github.ackhybrid.core.ResponseMetadata metadata} attached to results.
 */
package io.github.ackhybrid.core;
