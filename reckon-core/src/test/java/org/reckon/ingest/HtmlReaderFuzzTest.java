package org.reckon.ingest;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reading of {@code .html} files: jsoup's parse, the choice of the article text, and the
 * metadata (meta tags, JSON-LD, {@code lang}). Seeds and past findings: {@code
 * HtmlReaderFuzzTestInputs/}.
 */
class HtmlReaderFuzzTest {
  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"<html lang=\"", "<meta property=\"article:published_time\" content=\"", "<meta property=\"og:",
      "<script type=\"application/ld+json\">", "\"datePublished\":", "<article>", "<main>", "<p>", "</p>", "<h1>",
      "<link rel=canonical href=", "itemprop=articleBody", "class=\"nav\"", "<time itemprop=datePublished datetime="})
  void read_anyBytesAsHtml_givesCheckedDocumentsOrABadInput(byte[] input) throws Exception {
    ReaderFuzzing.read(input, "fuzz.html");
  }
}
