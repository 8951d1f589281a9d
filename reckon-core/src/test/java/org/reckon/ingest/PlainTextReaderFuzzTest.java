package org.reckon.ingest;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reading of {@code .txt} files: decoding (UTF-8, UTF-16 by its mark, binary and PDF
 * sniffing), the header of data-contract §1, the date line, and the hand-over to the HTML and feed
 * readers when a text file opens like one. Seeds and past findings: {@code
 * PlainTextReaderFuzzTestInputs/}.
 */
class PlainTextReaderFuzzTest {
  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"published: ", "language: ", "title: ", "url: ", "outlet: ", " date 2025-",
      "\uFEFF", "%PDF-", "<html", "<?xml", "<rss"})
  void read_anyBytesAsText_givesCheckedDocumentsOrABadInput(byte[] input) throws Exception {
    ReaderFuzzing.read(input, "fuzz.txt");
  }
}
