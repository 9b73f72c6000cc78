package io.github.ackhybrid.testing;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that gives a test class one {@link CloudSimulator}: started before the
 * class's first use of it, {@linkplain CloudSimulator#reset() reset} before each test, injected
 * into any {@code CloudSimulator} parameter of test methods, constructors and lifecycle methods,
 * and closed when the class's tests are done. Nested test classes share their outer class's
 * simulator. Use it with {@code @ExtendWith(CloudSimulatorExtension.class)} or {@link SimulatedCloud}.
 *
 * <pre>{@code
 * @SimulatedCloud
 * class ClusterJourneyTest {
 *   @Test
 *   void registers(CloudSimulator sim) { ... }
 * }
 * }</pre>
 *
 * <p>The simulator lives in the class's {@link ExtensionContext.Store}, which closes it when the
 * class context ends, right after the {@code @AfterAll} methods; no after-all callback is needed.
 */
public final class CloudSimulatorExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CloudSimulatorExtension.class);
  private static final String KEY = "simulator";

  /** Wraps the simulator so the store closes it with the class context. */
  private static final class Resource implements ExtensionContext.Store.CloseableResource {
    private final CloudSimulator simulator = CloudSimulator.start();

    @Override
    public void close() {
      simulator.close();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    simulator(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    simulator(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return parameterContext.getParameter().getType() == CloudSimulator.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
    return simulator(extensionContext);
  }

  /**
   * Returns the simulator of the test class a context belongs to, starting it on first use. The
   * store lookup consults enclosing classes first, so nested classes share their outer simulator.
   */
  private static CloudSimulator simulator(ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext.getStore(NAMESPACE)
        .getOrComputeIfAbsent(KEY, key -> new Resource(), Resource.class)
        .simulator;
  }
}
