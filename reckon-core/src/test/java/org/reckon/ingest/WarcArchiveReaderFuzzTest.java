package org.reckon.ingest;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes the reading of WARC files with jwarc: record headers (bounded by the size limit), HTTP
 * responses inside them, content types and charsets, and, for inputs that open with the gzip magic,
 * {@link GunzipStream}. Seeds and past findings: {@code WarcArchiveReaderFuzzTestInputs/}.
 */
class WarcArchiveReaderFuzzTest {
  @FuzzTest(maxDuration = "25s")
  @DictionaryFile(resourcePath = "warc.dict")
  void read_anyBytesAsWarc_givesCheckedDocumentsOrABadInput(byte[] input) throws Exception {
    boolean gzip = input.length >= 2 && (input[0] & 0xFF) == 0x1F && (input[1] & 0xFF) == 0x8B;
    ReaderFuzzing.read(input, gzip ? "fuzz.warc.gz" : "fuzz.warc");
  }
}
