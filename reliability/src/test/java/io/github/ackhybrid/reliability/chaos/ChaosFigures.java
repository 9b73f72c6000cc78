package io.github.ackhybrid.reliability.chaos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The suite's figures, summed per journey and in all; thread-confined to the test class. */
final class ChaosFigures {
  private static final String[] NAMES = {"runs", "calls", "faults", "retries", "surfacedFailures", "reconciled",
      "checkedByListing", "refusedScripts", "corruptScripts", "invariantViolations", "ms"};

  private final Map<String, long[]> byJourney = new LinkedHashMap<>();
  private final List<String> violations = new ArrayList<>();

  void add(String journey, ChaosRun run, long calls, long faults, long millis) {
    long[] f = byJourney.computeIfAbsent(journey, j -> new long[NAMES.length]);
    long[] add = {1, calls, faults, run.retries(), run.surfaced(), run.reconciledCount(), run.checkedByListing(),
        run.refusedScripts(), run.corruptScripts(), run.violations().size(), millis};
    for (int i = 0; i < f.length; i++) {
      f[i] += add[i];
    }
    violations.addAll(run.violations());
  }

  List<String> violations() {
    return violations;
  }

  /** One block: a line per journey, then the totals; {@code millis} is the whole suite's wall time. */
  String report(long millis) {
    StringBuilder out = new StringBuilder();
    long[] total = new long[NAMES.length];
    byJourney.forEach((journey, f) -> {
      out.append("chaos[").append(journey).append("]: ").append(line(f)).append('\n');
      for (int i = 0; i < f.length; i++) {
        total[i] += f[i];
      }
    });
    total[NAMES.length - 1] = millis;
    out.append("chaos: ").append(line(total));
    violations.stream().limit(20).forEach(v -> out.append("\n  violation ").append(v));
    return out.toString();
  }

  private static String line(long[] f) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < NAMES.length; i++) {
      s.append(i == 0 ? "" : " ").append(NAMES[i]).append('=').append(f[i]);
    }
    return s.toString();
  }
}
