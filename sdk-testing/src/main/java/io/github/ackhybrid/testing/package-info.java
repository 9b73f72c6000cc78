/**
 * An in-process simulator of the ACK API (later also ASM and billing), for tests and demos with no
 * account and no network: {@link io.github.ackhybrid.testing.CloudSimulator}, its fault injection
 * and expectations, the JUnit 5 extension {@link io.github.ackhybrid.testing.SimulatedCloud}, and
 * a standalone {@link io.github.ackhybrid.testing.SimulatorMain}.
 */
package io.github.ackhybrid.testing;
