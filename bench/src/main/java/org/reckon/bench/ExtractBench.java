package org.reckon.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;

/**
 * A timed harness: extracts a folder of articles with one engine, on N threads, after warm-up,
 * and prints one table row: articles/s, characters/s and peak heap. Run once per engine in its
 * own JVM (bench/run.sh does), so that peak heap belongs to that engine alone.
 *
 * <p>Engines: {@code reckon} (Reckon's extractor, all facts) and {@code corenlp} (Stanford
 * CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner} pipeline, one pipeline per thread).
 */
public final class ExtractBench {
  private ExtractBench() {}

  public static void main(String[] args) throws Exception {
    String engine = args[0];
    Path folder = Path.of(args[1]);
    int threads = Integer.parseInt(args[2]);
    double seconds = Double.parseDouble(args[3]);
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        texts.add(TextNormalizer.normalize(Files.readString(f)));
      }
    }
    long chars = texts.stream().mapToLong(String::length).sum();
    Runnable[] workers = new Runnable[threads];
    for (int t = 0; t < threads; t++) {
      workers[t] = worker(engine, texts);
    }
    run(workers, Math.max(2.0, seconds / 3)); // warm-up: JIT, caches, model loading is done before
    resetPeaks();
    AtomicLong passes = new AtomicLong();
    long start = System.nanoTime();
    run(workers, seconds, passes);
    double elapsed = (System.nanoTime() - start) / 1e9;
    double articles = passes.get() * texts.size() / elapsed;
    System.out.printf(Locale.ROOT, "| %-44s | %7d | %10.2f | %12.0f | %9.0f MB |%n", label(engine), threads, articles,
        passes.get() * chars / elapsed, peakHeapMb());
  }

  private static String label(String engine) {
    return engine.equals("reckon") ? "Reckon rules (" + Extractor.VERSION + ")" : "CoreNLP tokenize,ssplit,pos,lemma,ner";
  }

  private static Runnable worker(String engine, List<String> texts) {
    if (engine.equals("reckon")) {
      Extractor extractor = new Extractor();
      List<Document> docs = texts.stream().map(t -> new Document(TextNormalizer.sha256(t), "bench", null, null, null,
          null, null, null, PublishedBasis.UNKNOWN, t, Map.of())).toList();
      return () -> docs.forEach(extractor::extract);
    }
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    return () -> texts.forEach(t -> pipeline.annotate(new Annotation(t)));
  }

  private static void run(Runnable[] workers, double seconds) throws Exception {
    run(workers, seconds, new AtomicLong());
  }

  /** Runs every worker in its own thread, pass after pass, until {@code seconds} have passed. */
  private static void run(Runnable[] workers, double seconds, AtomicLong passes) throws Exception {
    long deadline = System.nanoTime() + (long) (seconds * 1e9);
    ExecutorService pool = Executors.newFixedThreadPool(workers.length);
    List<Future<?>> futures = new ArrayList<>();
    for (Runnable w : workers) {
      futures.add(pool.submit(() -> {
        do {
          w.run();
          passes.incrementAndGet();
        } while (System.nanoTime() < deadline);
      }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
  }

  private static void resetPeaks() {
    System.gc();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static double peakHeapMb() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak / 1e6;
  }

}
