package org.reckon.ingest;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reading of RSS and Atom feeds with ROME, offline: an entry that links to its page
 * is refused by the offline fetcher, so no input reaches the network. Seeds and past findings:
 * {@code FeedReaderFuzzTestInputs/}.
 */
class FeedReaderFuzzTest {
  @FuzzTest(maxDuration = "25s")
  @DictionaryEntries({"<?xml version=\"1.0\" encoding=\"UTF-8\"?>", "<rss version=\"2.0\">", "<channel>", "<item>",
      "<title>", "<link>https://", "<description>", "<pubDate>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
      "<entry>", "<content type=\"html\">", "<updated>2025-09-03T00:00:00Z</updated>", "<![CDATA[", "<!DOCTYPE"})
  void read_anyBytesAsFeed_givesCheckedDocumentsOrABadInput(byte[] input) throws Exception {
    ReaderFuzzing.read(input, "fuzz.rss");
  }
}
