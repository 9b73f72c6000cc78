/**
 * The simulator's machinery: request pipeline, routing, authentication, faults, expectations,
 * simulated time and the shared task store. Not part of the public API.
 */
package io.github.ackhybrid.testing.internal;
