package org.reckon.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reckon.extract.ExtractionJson;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.store.Database;
import org.reckon.store.DocumentRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code reckon import}: loads what the corpus job ({@code reckon corpus extract}, reckon-spark)
 * wrote into the database, as if the documents had been ingested here: each document with its
 * facts, stored once by its text's hash.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    header = "Load the output of the corpus job (reckon corpus extract) into the database",
    description = {
      "Reads the JSON Lines under DIR/jsonl (every batch the job wrote) and stores each",
      "document with its facts, as ingest does, in transactions of --batch-size documents. A",
      "document already stored is left as it is, so importing the same output again adds",
      "nothing. A bad line is named on standard error and skipped. Exit status 1 when a line",
      "failed."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(names = "--batch-size", defaultValue = "500", paramLabel = "N",
      description = "Documents per transaction (default: ${DEFAULT-VALUE})")
  int batchSize = 500;

  @Parameters(index = "0", paramLabel = "DIR", description = "The job's --output directory")
  Path directory = Path.of(".");

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (batchSize < 1) {
      err.println("--batch-size must be at least 1, got " + batchSize);
      return ReckonCommand.CANNOT_RUN;
    }
    Path lines = directory.resolve("jsonl");
    if (!Files.isDirectory(lines)) {
      err.println(directory + ": no 'jsonl' folder in it; pass the --output directory of 'reckon corpus extract'");
      return ReckonCommand.CANNOT_RUN;
    }
    try (Database db = database.open()) {
      DocumentRepository documents = db.documents();
      List<Extraction> batch = new ArrayList<>();
      int[] counts = new int[3]; // read, new, failed
      for (Path file : parts(lines)) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          String line;
          for (int number = 1; (line = in.readLine()) != null; number++) {
            if (line.isBlank()) {
              continue;
            }
            try {
              batch.add(extraction(DocumentJson.MAPPER.readTree(line)));
              counts[0]++;
            } catch (IOException | IllegalArgumentException | NullPointerException e) {
              counts[2]++;
              err.println(TerminalText.escape(file + ":" + number + ": not a line of the corpus job (" + e.getMessage()
                  + "); skipped it: run the job again to rewrite the file"));
            }
            if (batch.size() >= batchSize) {
              counts[1] += documents.addAll(batch);
              batch.clear();
            }
          }
        }
      }
      counts[1] += documents.addAll(batch);
      err.println("Imported " + IngestCommand.plural(counts[0], "document") + " from " + directory + " into "
          + db.description() + ": " + counts[1] + " new, " + (counts[0] - counts[1]) + " already present, "
          + counts[2] + " failed.");
      err.flush();
      return counts[2] == 0 ? ReckonCommand.OK : ReckonCommand.SOME_INPUTS_FAILED;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A line of the job: §2's facts and, under {@code stored_document}, the document itself. */
  private static Extraction extraction(JsonNode root) {
    JsonNode stored = root.get(ExtractionJson.STORED_DOCUMENT);
    if (stored == null || !stored.isObject()) {
      throw new IllegalArgumentException("no \"" + ExtractionJson.STORED_DOCUMENT + "\" object");
    }
    Document document = ExtractionJson.readDocument(stored);
    return ExtractionJson.read(root, document);
  }

  /** The job's part files, batch by batch, in name order; Spark's _SUCCESS and .crc files are not data. */
  private static List<Path> parts(Path directory) throws IOException {
    try (Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !p.getFileName().toString().startsWith("_") && !p.getFileName().toString().startsWith("."))
          .sorted()
          .toList();
    }
  }
}
