package org.reckon.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.jspecify.annotations.Nullable;
import org.reckon.extract.ExtractionJson;
import org.reckon.extract.Extractor;
import org.reckon.ingest.BadInputException;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.PageFetcher;
import org.reckon.ingest.PayloadFilter;
import org.reckon.model.Document;
import org.reckon.model.Extraction;

/**
 * Runs on an executor: reads one slice with the ingest readers, passes each page through the
 * prefilter, extracts each document with the executor's one {@link Extractor} within the time
 * budget, and gives the task's lines: {@code D} + a document's §2 JSON (with the document itself
 * under {@code stored_document}), {@code R} + a reject, and one {@code C} + the slice's counts.
 * Nothing here throws for bad input: it becomes a reject.
 */
final class SliceReader {
  static final char DOCUMENT = 'D';
  static final char REJECT = 'R';
  static final char COUNTS = 'C';
  private static final ObjectMapper JSON = new ObjectMapper();
  /** One per executor JVM: stateless and thread-safe, and its lexicons load once. */
  private static final Extractor EXTRACTOR = new Extractor();

  /** What the driver tells every task. */
  record Settings(long maxBytes, long budgetMillis, boolean prefilter, Map<String, String> hadoop) implements Serializable {
    Configuration configuration() {
      Configuration conf = new Configuration();
      hadoop.forEach(conf::set);
      return conf;
    }
  }

  /** The slice's counts, one {@code C} line. */
  record Counts(long pages, long passed, long skipped, long documents, long facts, long rejects) {}

  private SliceReader() {}

  static List<String> read(Slice slice, Settings settings) {
    List<String> lines = new ArrayList<>();
    long[] counts = new long[6]; // pages, passed, skipped, documents, facts, rejects
    PayloadFilter prefilter = settings.prefilter() ? KeywordPrefilter.campaign() : PayloadFilter.ALL;
    PayloadFilter counting = bytes -> {
      counts[0]++;
      boolean keep = prefilter.keep(bytes);
      counts[1] += keep ? 1 : 0;
      return keep;
    };
    // the job never fetches: a feed's linked pages would be fetched from every executor
    DocumentReader reader = new DocumentReader(settings.maxBytes(), PageFetcher.offline());
    ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "reckon-extract");
      t.setDaemon(true);
      return t;
    });
    try {
      DocumentReader.FileOutcome outcome;
      org.reckon.ingest.DocumentSink sink = document -> {
        String failure = extract(worker, document, settings.budgetMillis(), lines, counts);
        if (failure != null) {
          lines.add(REJECT + InputPlan.reject(document.source(), failure,
              "split the document, or raise --time-budget"));
          counts[5]++;
        }
        return true;
      };
      try {
        outcome = open(slice, settings, reader, counting, sink);
        for (BadInputException problem : outcome.problems()) {
          lines.add(REJECT + InputPlan.reject(problem.input(), problem.problem(), problem.fix()));
          counts[5]++;
        }
        counts[2] += outcome.skipped();
      } catch (BadInputException e) {
        String input = e.input().equals(slice.name()) ? slice.describe() : e.input();
        lines.add(REJECT + InputPlan.reject(input, e.problem(), e.fix()));
        counts[5]++;
      } catch (IOException | RuntimeException e) {
        lines.add(REJECT + InputPlan.reject(slice.describe(), "cannot be read (" + e + ")",
            "check that it exists and is readable"));
        counts[5]++;
      }
    } finally {
      worker.shutdownNow();
    }
    counts[2] -= counts[0] - counts[1]; // a page the prefilter dropped is counted as dropped, not as skipped
    Counts c = new Counts(counts[0], counts[1], Math.max(0, counts[2]), counts[3], counts[4], counts[5]);
    lines.add(COUNTS + JSON.valueToTree(c).toString());
    return lines;
  }

  private static DocumentReader.FileOutcome open(Slice slice, Settings settings, DocumentReader reader, PayloadFilter filter,
      org.reckon.ingest.DocumentSink sink) throws IOException, BadInputException {
    Path path = new Path(slice.path());
    FileSystem fs = path.getFileSystem(settings.configuration());
    if (!fs.getFileStatus(path).isFile()) {
      throw new BadInputException(slice.name(), "not a regular file", "the job reads only regular files: copy its content to one");
    }
    try (FSDataInputStream in = fs.open(path)) {
      if (slice.whole() || slice.start() == 0 && !isGzip(in)) {
        return slice.start() == 0 ? reader.read(slice.name(), in, filter, sink) : new DocumentReader.FileOutcome(0, 0, List.of());
      }
      long from = slice.start();
      if (from > 0) {
        in.seek(from);
        long at = DocumentReader.findWarcRecord(in, slice.end() - from);
        if (at < 0) {
          return new DocumentReader.FileOutcome(0, 0, List.of()); // no record starts in this slice
        }
        from += at;
      }
      in.seek(from);
      return reader.readWarcGzSlice(slice.name(), in, slice.end() - from, filter, sink);
    }
  }

  private static boolean isGzip(FSDataInputStream in) throws IOException {
    long at = in.getPos();
    int a = in.read();
    int b = in.read();
    in.seek(at);
    return a == 0x1F && b == 0x8B;
  }

  /** Extracts {@code document} into {@code lines}; the reason when it could not be, else null. */
  private static @Nullable String extract(ExecutorService worker, Document document, long budgetMillis, List<String> lines,
      long[] counts) {
    Future<Extraction> future = worker.submit(() -> EXTRACTOR.extract(document));
    Extraction extraction;
    try {
      extraction = future.get(budgetMillis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      future.cancel(true); // the rules check for interruption often and stop
      return String.format(java.util.Locale.ROOT, "extraction stopped after the time budget of %.1f s", budgetMillis / 1000.0);
    } catch (ExecutionException e) {
      return "extraction failed (" + e.getCause() + ")";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "extraction interrupted (the task was stopped)";
    }
    ObjectNode line = ExtractionJson.tree(extraction);
    line.set(ExtractionJson.STORED_DOCUMENT, ExtractionJson.document(document));
    lines.add(DOCUMENT + line.toString());
    counts[3]++;
    counts[4] += extraction.incidents().size() + extraction.tallies().size() + extraction.claims().size()
        + extraction.actors().size() + extraction.instruments().size();
    return null;
  }
}
