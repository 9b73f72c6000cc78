package io.github.ackhybrid.cluster.billing.internal;

import io.github.ackhybrid.cluster.billing.CostLine;
import io.github.ackhybrid.cluster.billing.CostReport;
import io.github.ackhybrid.cluster.billing.Money;
import io.github.ackhybrid.cluster.billing.ProductCost;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Renders a {@link CostReport} as an aligned text table or as CSV, and groups its lines by product. */
public final class CostReportFormat {
  private static final String NONE = "-";

  private CostReportFormat() {}

  /**
   * Adds up lines per product code and currency.
   *
   * @param lines the lines
   * @return one total per product and currency, sorted by product code then currency
   */
  public static List<ProductCost> byProduct(List<CostLine> lines) {
    Map<String, ProductCost> totals = new TreeMap<>();
    for (CostLine line : lines) {
      String key = line.productCode() + "\u0000" + line.amount().currency();
      totals.merge(key, ProductCost.builder().productCode(line.productCode()).productName(line.productName())
          .amount(line.amount()).lineCount(line.billLines()).build(), CostReportFormat::combine);
    }
    return Collections.unmodifiableList(new ArrayList<>(totals.values()));
  }

  /**
   * Adds two totals of the same product and currency.
   *
   * @param a one total
   * @param b the other
   * @return the sum, keeping the first product name found
   */
  static ProductCost combine(ProductCost a, ProductCost b) {
    return ProductCost.builder().productCode(a.productCode())
        .productName(a.productName().isPresent() ? a.productName() : b.productName())
        .amount(a.amount().plus(b.amount())).lineCount(a.lineCount() + b.lineCount()).build();
  }

  /**
   * Renders the report as text.
   *
   * @param report the report
   * @return the table
   */
  public static String table(CostReport report) {
    StringBuilder out = new StringBuilder();
    out.append("Cluster ").append(report.clusterId()).append(", billing cycle ").append(report.billingCycle())
        .append(", ").append(report.site()).append(" site, from ").append(report.source())
        .append(report.provisional() ? " (provisional until " : " (final since ")
        .append(report.finalAfter()).append(")\n\n");
    if (report.lines().isEmpty()) {
      out.append("No bill line was attributed to the cluster.\n");
    } else {
      List<List<String>> rows = new ArrayList<>();
      for (CostLine line : report.lines()) {
        rows.add(List.of(line.kind().name(), line.basis().name(), orNone(line.productCode()),
            line.instanceId().orElse(NONE), line.nodePoolId().orElse(NONE), line.amount().toString()));
      }
      TextTable.render(out, List.of("KIND", "BASIS", "PRODUCT", "INSTANCE", "NODE POOL", "AMOUNT"), rows,
          5);
      out.append('\n');
      products(out, "PRODUCT", report.byProduct());
      out.append('\n');
      List<List<String>> totals = new ArrayList<>();
      for (Money total : report.totals().values()) {
        totals.add(List.of("TOTAL", total.toString()));
      }
      TextTable.render(out, null, totals, 1);
    }
    if (!report.unattributed().isEmpty()) {
      out.append('\n');
      products(out, "NOT ATTRIBUTED", report.unattributed());
    }
    if (!report.notes().isEmpty()) {
      out.append("\nNOTES\n");
      for (String note : report.notes()) {
        out.append("- ").append(note).append('\n');
      }
    }
    return out.toString();
  }

  private static void products(StringBuilder out, String title, List<ProductCost> products) {
    List<List<String>> rows = new ArrayList<>();
    for (ProductCost p : products) {
      rows.add(List.of(orNone(p.productCode()), Integer.toString(p.lineCount()), p.amount().toString()));
    }
    TextTable.render(out, List.of(title, "LINES", "AMOUNT"), rows, 1, 2);
  }

  /**
   * Renders the report's lines as RFC 4180 CSV.
   *
   * @param report the report
   * @return the CSV text
   */
  public static String csv(CostReport report) {
    StringBuilder out = new StringBuilder(
        "kind,basis,product_code,product_name,instance_id,node_pool_id,amount,currency\r\n");
    for (CostLine line : report.lines()) {
      row(out, line.kind().name(), line.basis().name(), line.productCode(), line.productName().orElse(""),
          line.instanceId().orElse(""), line.nodePoolId().orElse(""), line.amount().amount().toPlainString(),
          line.amount().currency());
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      String f = fields[i];
      if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\r') >= 0 || f.indexOf('\n') >= 0) {
        out.append('"').append(f.replace("\"", "\"\"")).append('"');
      } else {
        out.append(f);
      }
    }
    out.append("\r\n");
  }

  private static String orNone(String text) {
    return Optional.ofNullable(text).filter(t -> !t.isEmpty()).orElse(NONE);
  }
}
