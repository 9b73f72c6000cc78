/**
 * An in-process simulator of the ACK, ASM and billing APIs, for tests and demos with no account and no network.
 */
package io.github.ackhybrid.testing;
