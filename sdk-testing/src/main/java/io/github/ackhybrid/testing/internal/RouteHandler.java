package io.github.ackhybrid.testing.internal;

import java.time.Instant;

/** Carries out one simulated operation, under the simulator's state lock. */
@FunctionalInterface
public interface RouteHandler {
  /**
   * Handles a request.
   *
   * @param request the request, with the route's path parameters
   * @param now the simulated time of the call; due state changes have already happened
   * @return the answer
   * @throws ApiError for an error the cloud would answer
   */
  SimResponse handle(SimRequest request, Instant now);
}
