package io.github.ackhybrid.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The results as a Markdown table: figure, SDK, baseline, ratio, target and whether it was met. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();

  /** Adds a comparison; the ratio is SDK over baseline. */
  void compare(String figure, double sdk, double baseline, String unit, double target, boolean lowerIsBetter) {
    double ratio = sdk / baseline;
    boolean met = lowerIsBetter ? ratio <= target : ratio >= target;
    rows.add(new String[] {figure, format(sdk) + " " + unit, format(baseline) + " " + unit,
        String.format(Locale.ROOT, "%.2fx", ratio),
        Double.isNaN(target) ? "" : (lowerIsBetter ? "<= " : ">= ") + String.format(Locale.ROOT, "%.2fx", target),
        Double.isNaN(target) ? "" : met ? "met" : "MISSED"});
  }

  /** Adds a figure measured on the SDK alone. */
  void single(String figure, String value, String target, String verdict) {
    rows.add(new String[] {figure, value, "", "", target, verdict});
  }

  String render() {
    String[] header = {"figure", "SDK", "baseline", "ratio", "target", ""};
    int[] widths = new int[header.length];
    for (int i = 0; i < header.length; i++) {
      widths[i] = header[i].length();
      for (String[] row : rows) {
        widths[i] = Math.max(widths[i], row[i].length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, header, widths);
    String[] rule = new String[header.length];
    for (int i = 0; i < rule.length; i++) {
      rule[i] = "-".repeat(widths[i]);
    }
    line(out, rule, widths);
    for (String[] row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  static String format(double value) {
    if (value >= 100) {
      return String.format(Locale.ROOT, "%,.0f", value);
    }
    return String.format(Locale.ROOT, value >= 10 ? "%.1f" : "%.2f", value);
  }

  private static void line(StringBuilder out, String[] cells, int[] widths) {
    out.append('|');
    for (int i = 0; i < cells.length; i++) {
      out.append(' ').append(cells[i]).append(" ".repeat(widths[i] - cells[i].length())).append(" |");
    }
    out.append('\n');
  }
}
