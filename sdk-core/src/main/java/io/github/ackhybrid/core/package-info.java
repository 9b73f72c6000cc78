/**
 * Settings shared by every client of the SDK: {@link io.github.ackhybrid.core.CloudConfig},
 * {@link io.github.ackhybrid.core.RetryPolicy} and the shareable HTTP transport.
 */
package io.github.ackhybrid.core;
