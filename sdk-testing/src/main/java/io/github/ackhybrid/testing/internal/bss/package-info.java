/** The simulated BSS OpenAPI (2017-12-14): bills generated from cluster lifetimes, balance and prices. */
package io.github.ackhybrid.testing.internal.bss;
