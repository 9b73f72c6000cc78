/** Wire operations, JSON mapping, validation and the default clients. Not part of the API. */
package io.github.ackhybrid.nodepool.internal;
