package io.github.ackhybrid.reliability.secrets;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.Logger;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * The reliability module's SLF4J 2 provider: while {@link #capture()} is armed, every logger is
 * enabled at every level, TRACE included, and every event is kept as the line a real backend would
 * print (formatted message, then the stack trace of its throwable). Disarmed, every level is off, so
 * the module's other suites pay nothing. Chosen over slf4j-simple on a captured stream because it
 * sees each event whole, arguments and throwable included, whatever a backend's format would drop.
 */
public final class CapturingLoggerProvider implements SLF4JServiceProvider {
  private static final List<String> LINES = new ArrayList<>();
  private static volatile boolean armed;

  private final ConcurrentMap<String, Logger> loggers = new ConcurrentHashMap<>();
  private final ILoggerFactory factory = name -> loggers.computeIfAbsent(name, CapturingLogger::new);
  private final IMarkerFactory markers = new BasicMarkerFactory();
  private final MDCAdapter mdc = new BasicMDCAdapter();

  /** Starts recording, dropping what an earlier capture kept. */
  static void capture() {
    synchronized (LINES) {
      LINES.clear();
    }
    armed = true;
  }

  /**
   * Stops recording and returns the lines recorded since {@link #capture()}.
   *
   * @return the log lines
   */
  static List<String> release() {
    armed = false;
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  @Override
  public ILoggerFactory getLoggerFactory() {
    return factory;
  }

  @Override
  public IMarkerFactory getMarkerFactory() {
    return markers;
  }

  @Override
  public MDCAdapter getMDCAdapter() {
    return mdc;
  }

  @Override
  public String getRequestedApiVersion() {
    return "2.0.99";
  }

  @Override
  public void initialize() {
    // Nothing to set up: loggers are made on demand.
  }

  /** A logger that records through the provider while it is armed. */
  private static final class CapturingLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    CapturingLogger(String name) {
      this.name = name;
    }

    @Override
    public boolean isTraceEnabled() {
      return armed;
    }

    @Override
    public boolean isDebugEnabled() {
      return armed;
    }

    @Override
    public boolean isInfoEnabled() {
      return armed;
    }

    @Override
    public boolean isWarnEnabled() {
      return armed;
    }

    @Override
    public boolean isErrorEnabled() {
      return armed;
    }

    @Override
    protected String getFullyQualifiedCallerName() {
      return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
        Throwable throwable) {
      if (!armed) {
        return;
      }
      StringBuilder line = new StringBuilder().append(level).append(' ').append(name).append(" - ")
          .append(MessageFormatter.basicArrayFormat(pattern, arguments));
      // Two-argument calls hand over a trailing throwable as an argument; backends print it too.
      Throwable thrown = throwable != null ? throwable : MessageFormatter.getThrowableCandidate(arguments);
      if (thrown != null) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        line.append(System.lineSeparator()).append(trace);
      }
      synchronized (LINES) {
        LINES.add(line.toString());
      }
    }
  }
}
