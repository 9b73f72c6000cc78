package io.github.ackhybrid.cluster.billing.internal;

import java.util.ArrayList;
import java.util.List;

/** Lays out rows of text in columns two spaces apart, for reports read in a terminal. */
final class TextTable {
  private TextTable() {}

  /**
   * Appends an aligned table, each line ending in {@code \n} with no trailing blanks.
   *
   * @param out where to write
   * @param header the column titles, or null for none
   * @param rows the cells, each row as wide as the header
   * @param rightAligned the indexes of the columns aligned to the right (numbers, amounts)
   */
  static void render(StringBuilder out, List<String> header, List<List<String>> rows, int... rightAligned) {
    List<List<String>> all = new ArrayList<>();
    if (header != null) {
      all.add(header);
    }
    all.addAll(rows);
    int columns = all.isEmpty() ? 0 : all.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : all) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).codePointCount(0, row.get(c).length()));
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(width[c] - cell.codePointCount(0, cell.length()));
        if (c > 0) {
          line.append("  ");
        }
        line.append(isRight(c, rightAligned) ? pad + cell : cell + pad);
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
  }

  private static boolean isRight(int column, int[] rightAligned) {
    for (int r : rightAligned) {
      if (r == column) {
        return true;
      }
    }
    return false;
  }
}
