package org.reckon.server;

import java.io.Flushable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The one place Reckon writes CSV (the web UI's downloads and {@code reckon export --format csv}):
 * RFC 4180 with a header row, and text cells made safe to open in a spreadsheet.
 *
 * <p>Article text reaches many cells (titles, places, claims, speakers), and a spreadsheet runs a
 * cell that starts with {@code = + - @}, a tab or a carriage return as a formula
 * ({@code =HYPERLINK(...)}, {@code =cmd|...}). Following OWASP's CSV-injection guidance, such a text
 * cell is written with a single quote in front ({@code '=HYPERLINK(...)}), which a spreadsheet
 * shows as text; the CSV quoting is then applied to the result, so a quote or separator in the
 * cell cannot end it early. Only text ({@link CharSequence}) is changed: numbers and booleans are
 * Reckon's own (counts, flags) and a negative number must stay a number. Not thread-safe: one
 * writer per output.
 */
public final class Csv implements Flushable {
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final CSVPrinter printer;

  private Csv(CSVPrinter printer) {
    this.printer = printer;
  }

  /** A writer to {@code out} that has written the header row {@code columns}. */
  public static Csv open(Appendable out, List<String> columns) throws IOException {
    return new Csv(CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get().print(out));
  }

  /** Writes one row; a null cell is empty. */
  public void row(Iterable<?> cells) throws IOException {
    List<@Nullable Object> safe = new ArrayList<>();
    for (Object cell : cells) {
      safe.add(neutralise(cell));
    }
    printer.printRecord(safe);
  }

  public void row(@Nullable Object... cells) throws IOException {
    row(java.util.Arrays.asList(cells));
  }

  @Override
  public void flush() throws IOException {
    printer.flush();
  }

  /** {@code cell} as a spreadsheet shows it as text: a text cell that starts like a formula gets a leading {@code '}. */
  static @Nullable Object neutralise(@Nullable Object cell) {
    if (cell instanceof CharSequence text && !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return cell;
  }
}
