/**
 * The simulated ACK node pool API (CS 2015-12-15, ROA): ECS, edge, Lingjun and hybrid cloud node
 * pools, attach scripts and their tokens, nodes, scaling and node removal. Not part of the public
 * API.
 */
package io.github.ackhybrid.testing.internal.pool;
