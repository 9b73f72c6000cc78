package io.github.ackhybrid.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against a {@link CloudSimulator}: shorthand for
 * {@code @ExtendWith(CloudSimulatorExtension.class)}. Declare a {@code CloudSimulator} parameter
 * wherever the test needs it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(CloudSimulatorExtension.class)
public @interface SimulatedCloud {}
