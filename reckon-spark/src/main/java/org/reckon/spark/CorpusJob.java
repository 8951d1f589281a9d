package org.reckon.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.jspecify.annotations.Nullable;
import org.reckon.ingest.DocumentReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code reckon-spark extract}: the corpus job. A {@code main} for {@code spark-submit} (and for
 * {@code ./reckon corpus extract} in local mode).
 *
 * <p>The plan: the driver lists the input files and cuts big WARC.gz archives into slices (see
 * {@link InputPlan}); each task reads one slice with the ingest readers, drops what the keyword
 * prefilter rules out, and extracts the rest ({@link SliceReader}); the task's lines are kept
 * (memory, spilling to disk) while the outputs are written from them, all under {@code OUTPUT}:
 * <pre>
 *   jsonl/batch=ID/      §2 JSON Lines, with the document under stored_document (what reckon import reads)
 *   documents/batch=ID/  Parquet, one row per document, its facts as nested columns
 *   incidents/batch=ID/  Parquet, one row per incident, with its document's id
 *   tallies/batch=ID/    Parquet, one row per tally, with its document's id
 *   rejects/batch=ID/    JSON Lines: input, problem, fix, message
 *   _inputs/batch=ID.tsv the files this batch read (written last)
 * </pre>
 * Spark reads each table's folder as one table partitioned by {@code batch}.
 */
@Command(name = "reckon-spark", mixinStandardHelpOptions = true, subcommands = CorpusJob.Extract.class,
    description = "Reckon's corpus job on Apache Spark.")
public final class CorpusJob implements Runnable {
  /** Every document's row (§2, with the stored document), as Parquet columns. */
  static final StructType DOCUMENT_SCHEMA = StructType.fromDDL(String.join(",",
      "document STRUCT<id: STRING, source: STRING, title: STRING, outlet: STRING, language: STRING, published: STRING,"
          + " published_range: ARRAY<STRING>, published_basis: STRING, extractor_version: STRING>",
      "incidents ARRAY<STRUCT<date: STRING, date_precision: STRING, date_basis: STRING, region: STRING, place: STRING,"
          + " vessels: INT, killed: STRUCT<min: INT, max: INT>, survivors: STRUCT<min: INT, max: INT>,"
          + " follow_up_strike: BOOLEAN, claimed_affiliation: ARRAY<STRING>, claimed_cargo: ARRAY<STRING>, evidence: "
          + evidence() + ">>",
      "tallies ARRAY<STRUCT<metric: STRING, value: INT, bound: STRING, as_of: STRING, evidence: " + evidence() + ">>",
      "claims ARRAY<STRUCT<speaker: STRING, speaker_mention: STRING, speaker_type: STRING, kind: STRING, text: STRING,"
          + " about: STRING, evidence: " + evidence() + ">>",
      "actors ARRAY<STRUCT<name: STRING, type: STRING, aliases: ARRAY<STRING>, roles: ARRAY<STRING>, evidence: "
          + evidence() + ">>",
      "instruments ARRAY<STRUCT<name: STRING, date: STRING, evidence: " + evidence() + ">>",
      "stored_document STRUCT<url: STRING, characters: INT, metadata: MAP<STRING, STRING>, text: STRING>"));

  private static String evidence() {
    return "ARRAY<STRUCT<start: INT, `end`: INT, text: STRING>>";
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(new CommandLine(this), "name a command: extract");
  }

  public static void main(String[] args) {
    int status = new CommandLine(new CorpusJob()).setExitCodeExceptionMapper(e -> 2).execute(args);
    if (status != 0) {
      System.exit(status);
    }
  }

  @Command(name = "extract", mixinStandardHelpOptions = true,
      description = {
        "Reads WARC/WARC.gz archives (each capture one document), text and HTML files and JSON Lines of",
        "{url, published, text} from any Hadoop path (local, hdfs://, s3a:// with its connector), drops pages",
        "without a trigger word of the campaign, extracts the others and writes Parquet and JSON Lines",
        "under --output as a new batch. Files an earlier run into the same output read are not read again.",
        "Bad records are written to OUTPUT/rejects with the reason; they never stop the job."
      })
  static final class Extract implements Callable<Integer> {
    @Option(names = "--input", arity = "1..*", required = true, paramLabel = "PATH",
        description = "Files, directories or glob patterns, as Hadoop paths")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Where the batches go (a Hadoop path)")
    String output = "";

    @Option(names = "--master", paramLabel = "URL",
        description = "Spark master, e.g. local[2]; by default the one spark-submit gives, else local[*]")
    @Nullable String master;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "20000000",
        description = "Largest file or WARC capture read (default: ${DEFAULT-VALUE})")
    long maxBytes = DocumentReader.DEFAULT_MAX_BYTES;

    @Option(names = "--time-budget", paramLabel = "SECONDS", defaultValue = "20",
        description = "Longest extraction of one document (default: ${DEFAULT-VALUE})")
    double budgetSeconds = 20;

    @Option(names = "--slice-size", paramLabel = "BYTES",
        description = "Cut WARC.gz files into slices of about this many bytes (default: the input over 4 slices a core, 1 MB to 64 MB)")
    @Nullable Long sliceBytes;

    @Option(names = "--no-prefilter", description = "Extract every page, not only those with a trigger word")
    boolean noPrefilter;

    @Override
    public Integer call() throws IOException {
      if (maxBytes <= 0 || budgetSeconds <= 0 || sliceBytes != null && sliceBytes <= 0) {
        throw new CommandLine.ParameterException(new CommandLine(this),
            "--max-size, --time-budget and --slice-size must be positive");
      }
      long started = System.nanoTime();
      SparkSession.Builder builder = SparkSession.builder().appName("reckon corpus extract");
      if (master != null) {
        builder.master(master);
      } else if (!System.getProperties().containsKey("spark.master")) {
        builder.master("local[*]");
      }
      try (SparkSession spark = builder.getOrCreate()) {
        return run(spark, started, System.nanoTime());
      }
    }

    /** @param started when the command started; @param running when Spark was up */
    private int run(SparkSession spark, long started, long running) throws IOException {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      Configuration conf = jsc.hadoopConfiguration();
      Path out = new Path(output);
      InputPlan plan = InputPlan.expand(inputs, out, conf);
      PrintWriter err = new PrintWriter(System.err, true);
      if (plan.files.isEmpty()) {
        plan.rejects.forEach(r -> err.println(message(r)));
        err.println(String.format(Locale.ROOT,
            "reckon corpus extract: nothing new to read (%d file(s) already read into %s, %d reject(s)); %.1f s",
            plan.alreadyRead, output, plan.rejects.size(), seconds(started)));
        return plan.rejects.isEmpty() ? 0 : 1;
      }
      long totalBytes = plan.files.stream().mapToLong(f -> f.status().getLen()).sum();
      long slice = sliceBytes != null ? sliceBytes
          : Math.max(1L << 20, Math.min(64L << 20, (totalBytes + 4L * jsc.defaultParallelism() - 1) / (4L * jsc.defaultParallelism())));
      List<Slice> slices = plan.slices(slice);
      String batch = plan.batch();
      Map<String, String> hadoop = new HashMap<>();
      conf.forEach(e -> hadoop.put(e.getKey(), e.getValue()));
      SliceReader.Settings settings = new SliceReader.Settings(maxBytes, Math.round(budgetSeconds * 1000), !noPrefilter, hadoop);

      JavaRDD<String> lines = jsc.parallelize(slices, slices.size())
          .flatMap(s -> SliceReader.read(s, settings).iterator())
          .persist(StorageLevel.MEMORY_AND_DISK_SER());
      try {
        Dataset<String> documents = spark.createDataset(
            lines.filter(l -> l.charAt(0) == SliceReader.DOCUMENT).map(l -> l.substring(1)).rdd(), Encoders.STRING());
        documents.write().mode(SaveMode.Overwrite).text(table(out, "jsonl", batch));
        Dataset<Row> rows = spark.read().schema(DOCUMENT_SCHEMA).json(documents).persist(StorageLevel.MEMORY_AND_DISK_SER());
        rows.write().mode(SaveMode.Overwrite).parquet(table(out, "documents", batch));
        rows.selectExpr("document.id AS document_id", "document.source AS source", "document.published AS published",
                "inline(incidents)")
            .write().mode(SaveMode.Overwrite).parquet(table(out, "incidents", batch));
        rows.selectExpr("document.id AS document_id", "document.source AS source", "inline(tallies)")
            .write().mode(SaveMode.Overwrite).parquet(table(out, "tallies", batch));
        rows.unpersist();

        List<String> rejected = new ArrayList<>(plan.rejects);
        rejected.addAll(lines.filter(l -> l.charAt(0) == SliceReader.REJECT).map(l -> l.substring(1)).collect());
        spark.createDataset(rejected, Encoders.STRING()).coalesce(1)
            .write().mode(SaveMode.Overwrite).text(table(out, "rejects", batch));
        long[] totals = new long[6];
        for (String line : lines.filter(l -> l.charAt(0) == SliceReader.COUNTS).map(l -> l.substring(1)).collect()) {
          JsonNode c = JSON.readTree(line);
          String[] fields = {"pages", "passed", "skipped", "documents", "facts", "rejects"};
          for (int i = 0; i < fields.length; i++) {
            totals[i] += c.path(fields[i]).asLong();
          }
        }
        plan.writeManifest(out, batch, conf);
        rejected.forEach(r -> err.println(message(r)));
        err.println(String.format(Locale.ROOT,
            "reckon corpus extract: %d file(s) in %d slice(s), %d pages read, %d passed the prefilter (%d dropped),"
                + " %d documents, %d facts, %d rejects, %d other records skipped; %.1f s extracting after %.1f s"
                + " starting Spark; batch %s in %s",
            plan.files.size(), slices.size(), totals[0], totals[1], totals[0] - totals[1], totals[3], totals[4],
            rejected.size(), totals[2], seconds(running), (running - started) / 1e9, batch, output));
        return rejected.isEmpty() ? 0 : 1;
      } finally {
        lines.unpersist();
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String table(Path out, String table, String batch) {
    return new Path(new Path(out, table), "batch=" + batch).toString();
  }

  private static String message(String rejectJson) {
    try {
      return JSON.readTree(rejectJson).path("message").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }
}
