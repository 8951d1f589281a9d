package org.reckon.spark;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.PageFetcher;
import org.reckon.ingest.PayloadFilter;

/**
 * The job's first pass alone, on one thread, for {@code bench/corpus.sh}: uncompress a WARC.gz,
 * parse its records and run the prefilter over every page, parsing no page. Prints the best of
 * {@code runs} as "seconds pages passed". Not a test.
 */
public final class PrefilterBench {
  private PrefilterBench() {}

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    KeywordPrefilter prefilter = KeywordPrefilter.campaign();
    DocumentReader reader = new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES, PageFetcher.offline());
    double best = Double.MAX_VALUE;
    long[] counts = new long[2];
    for (int run = 0; run < runs; run++) {
      counts[0] = 0;
      counts[1] = 0;
      PayloadFilter counting = bytes -> {
        counts[0]++;
        counts[1] += prefilter.keep(bytes) ? 1 : 0;
        return false; // measure the pass, not the parsing of what it keeps
      };
      long started = System.nanoTime();
      try (InputStream in = Files.newInputStream(file)) {
        reader.read(file.toString(), in, counting, document -> true);
      }
      best = Math.min(best, (System.nanoTime() - started) / 1e9);
    }
    System.out.println(String.format(Locale.ROOT, "%.3f %d %d", best, counts[0], counts[1]));
  }
}
