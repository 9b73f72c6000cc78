/**
 * What the node pool service returns: node pools, nodes, attach scripts, task references,
 * onboarding and preflight reports. Every model is immutable; values the service may extend are
 * open enums that keep the raw string.
 */
package io.github.ackhybrid.nodepool.model;
