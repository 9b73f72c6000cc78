/**
 * Hybrid cloud node pools: add your own servers to ACK managed Pro clusters and manage them like cloud nodes.
 */
package io.github.ackhybrid.nodepool;
