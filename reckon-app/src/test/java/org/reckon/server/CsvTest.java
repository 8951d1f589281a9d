package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV writer every export goes through: formula cells neutralised, quoting intact. */
class CsvTest {
  private static List<String> writeAndParse(Object... cells) throws Exception {
    StringWriter out = new StringWriter();
    Csv csv = Csv.open(out, IntStream.range(0, cells.length).mapToObj(i -> "column" + i).toList());
    csv.row(cells);
    csv.flush();
    CSVRecord row = CSVFormat.RFC4180.parse(new StringReader(out.toString())).getRecords().get(1);
    return row.toList();
  }

  @Test
  void row_textStartingLikeAFormula_isPrefixedWithSingleQuote() throws Exception {
    assertThat(writeAndParse("=HYPERLINK(\"http://evil.example/\",\"x\")", "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)",
        "\t=1+1", "\r=1+1"))
        .containsExactly("'=HYPERLINK(\"http://evil.example/\",\"x\")", "'+1+cmd|' /C calc'!A0", "'-2+3", "'@SUM(A1)",
            "'\t=1+1", "'\r=1+1");
  }

  @Test
  void row_quoteAndSeparatorInsideFormula_cannotEndTheCellEarly() throws Exception {
    assertThat(writeAndParse("=1+1\",=2+2", "ordinary, text")).containsExactly("'=1+1\",=2+2", "ordinary, text");
  }

  @Test
  void row_numbersBooleansAndOrdinaryText_areUnchanged() throws Exception {
    assertThat(writeAndParse(-3, 11, true, "2025-09-02-caribbean", "", "in the Caribbean = sea", null))
        .containsExactly("-3", "11", "true", "2025-09-02-caribbean", "", "in the Caribbean = sea", "");
  }
}
