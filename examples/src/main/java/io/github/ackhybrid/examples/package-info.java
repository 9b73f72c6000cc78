/**
 * Runnable examples: the hybrid cloud tour and small programs to copy.
 */
package io.github.ackhybrid.examples;
