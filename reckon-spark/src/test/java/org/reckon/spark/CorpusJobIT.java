package org.reckon.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.cli.ReckonCommand;
import picocli.CommandLine;

/**
 * The corpus job in Spark's local mode on two cores, against {@code reckon extract}, {@code
 * reckon ingest} and {@code reckon import} on the same inputs: a generated WARC.gz of 300
 * captures cut into many slices (reports, unrelated pages, requests, images, 404s, a binary page,
 * a truncated last record), a JSON Lines file, an HTML page and a binary file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusJobIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Path dir;
  private Path inputs;
  private Path output;
  private Run job;

  record Run(int status, String out, String err) {}

  @BeforeAll
  void runTheJob(@TempDir Path temp) throws Exception {
    dir = temp;
    inputs = Files.createDirectories(dir.resolve("inputs"));
    CorpusWarc.write(inputs.resolve("crawl.warc.gz"), 300, true, 7);
    Files.writeString(inputs.resolve("feed.jsonl"),
        "{\"url\":\"https://wire.example/1\",\"published\":\"2025-10-22\",\"text\":\"The US military struck a boat in the"
            + " eastern Pacific on Tuesday, killing three people, Defense Secretary Pete Hegseth said.\"}\n"
            + "{\"url\":\"https://wire.example/2\",\"text\":\"The choir sang in the old church on Sunday evening.\"}\n"
            + "{\"url\":\"https://wire.example/3\",\"published\":\"someday\",\"text\":\"A boat was hit.\"}\n",
        StandardCharsets.UTF_8);
    Files.writeString(inputs.resolve("story.html"), "<html><head><title>Strike</title>"
        + "<meta property='article:published_time' content='2025-09-03'></head><body><article><p>The US military"
        + " struck a vessel off the coast of Venezuela on Tuesday, killing 11 people, officials said.</p></article>"
        + "</body></html>", StandardCharsets.UTF_8);
    Files.write(inputs.resolve("blob.txt"), new byte[] {0, 1, 2, 3, (byte) 0xFF, 0, 0, 7});
    output = dir.resolve("out");
    job = job(output, "--slice-size", "20000");
  }

  @Test
  @Order(1)
  void extract_sameInputs_factsEqualReckonExtractFieldForField() throws Exception {
    Map<String, JsonNode> extracted = byId(reckon("extract", inputs.toString()).out().lines().toList());
    Map<String, JsonNode> jobbed = byId(jobLines(output));

    assertThat(jobbed).isNotEmpty();
    assertThat(extracted).containsAllEntriesOf(jobbed);
    // what the prefilter dropped had nothing to extract about the campaign
    extracted.keySet().stream().filter(id -> !jobbed.containsKey(id)).map(extracted::get).forEach(dropped -> {
      assertThat(dropped.get("incidents")).as(dropped.path("document").path("source").asText()).isEmpty();
      assertThat(dropped.get("tallies")).isEmpty();
    });
    assertThat(job.err()).containsPattern("\\d+ pages read, \\d+ passed the prefilter \\(\\d+ dropped\\), "
        + jobbed.size() + " documents, \\d+ facts, 3 rejects");

    Path all = dir.resolve("all");
    job(all, "--slice-size", "20000", "--no-prefilter");
    assertThat(byId(jobLines(all))).isEqualTo(extracted);
  }

  @Test
  @Order(2)
  void extract_badRecords_areListedInRejectsWithTheReason() throws Exception {
    List<JsonNode> rejects = new ArrayList<>();
    for (String line : lines(output.resolve("rejects"))) {
      rejects.add(JSON.readTree(line));
    }
    assertThat(rejects).extracting(r -> r.get("input").asText()).containsExactlyInAnyOrder(
        inputs.resolve("blob.txt").toString(), inputs.resolve("feed.jsonl") + ":3",
        rejects.stream().map(r -> r.get("input").asText()).filter(i -> i.contains("crawl.warc.gz (bytes ")).findFirst()
            .orElse("a slice of crawl.warc.gz"));
    assertThat(rejects).anySatisfy(r -> assertThat(r.get("problem").asText()).startsWith("truncated or corrupt WARC"));
    assertThat(rejects).anySatisfy(r -> assertThat(r.get("message").asText())
        .isEqualTo(inputs.resolve("feed.jsonl") + ":3: 'published' value 'someday' is not an ISO date or date-time;"
            + " write it as YYYY-MM-DD, or leave it out"));
    assertThat(job.status()).isEqualTo(1);
  }

  @Test
  @Order(3)
  void importThenRecord_sameDocuments_giveTheRecordIngestGives() throws Exception {
    String imported = dir.resolve("imported.db").toString();
    String ingested = dir.resolve("ingested.db").toString();
    Run load = reckon("import", output.toString(), "--db", imported, "--batch-size", "7");
    assertThat(load.err()).contains(": " + jobLines(output).size() + " new, 0 already present, 0 failed.");
    assertThat(reckon("import", output.toString(), "--db", imported).err()).contains(": 0 new, ");
    reckon("ingest", inputs.toString(), "--db", ingested);

    assertSameRecord(imported, ingested);
  }

  @Test
  @Order(4)
  void importIntoPostgres_givesTheRecordOfImportIntoSqlite() throws Exception {
    String sqlite = dir.resolve("imported-for-postgres.db").toString();
    reckon("import", output.toString(), "--db", sqlite);
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start()) {
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE reckon_import");
      }
      String url = postgres.getJdbcUrl("postgres", "reckon_import");
      Run load = reckon("import", output.toString(), "--db", url, "--batch-size", "5");
      assertThat(load.status()).as(load.err()).isZero();
      assertThat(load.err()).contains(": " + jobLines(output).size() + " new, 0 already present, 0 failed.");
      assertThat(reckon("import", output.toString(), "--db", url).err()).contains(": 0 new, ");
      assertSameRecord(url, sqlite);
    }
  }

  @Test
  @Order(5)
  void extract_rerun_addsNothingForTheSameInputsAndABatchForNewOnes() throws Exception {
    List<Path> before = batches(output);
    Run again = job(output);
    assertThat(again.err()).contains("nothing new to read (4 file(s) already read into " + output);
    assertThat(batches(output)).isEqualTo(before);

    Files.writeString(inputs.resolve("later.txt"), "published: 2025-11-05\n\nThe US military struck a boat in the"
        + " eastern Pacific on Tuesday, killing two people.\n", StandardCharsets.UTF_8);
    job(output);
    assertThat(batches(output)).hasSize(before.size() + 5).containsAll(before);
    assertThat(jobLines(output)).anySatisfy(l -> assertThat(l).contains("later.txt"));
  }

  /** Every export and {@code reckon record} of database {@code db} equal those of {@code expected}. */
  private static void assertSameRecord(String db, String expected) {
    for (String what : List.of("incidents", "tallies", "claims", "contradictions", "actors")) {
      assertThat(reckon("export", "--what", what, "--format", "json", "--db", db).out())
          .as(what).isEqualTo(reckon("export", "--what", what, "--format", "json", "--db", expected).out());
    }
    assertThat(reckon("record", "--db", db).out()).isEqualTo(reckon("record", "--db", expected).out());
  }

  private Run job(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("extract", "--master", "local[2]", "--input", inputs.toString(),
        "--output", out.toString()));
    args.addAll(List.of(more));
    java.io.PrintStream saved = System.err;
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int status = new CommandLine(new CorpusJob()).execute(args.toArray(String[]::new));
      return new Run(status, "", err.toString(StandardCharsets.UTF_8));
    } finally {
      System.setErr(saved);
      System.err.print(err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("reckon"))
          .reduce("", (a, b) -> a + b + "\n"));
    }
  }

  private static Run reckon(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = ReckonCommand.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int status = cli.execute(args);
    return new Run(status, out.toString(), err.toString());
  }

  /** §2 objects by document id (the job's without the stored document; ids are unique in these inputs). */
  private static Map<String, JsonNode> byId(List<String> lines) throws IOException {
    Map<String, JsonNode> byId = new HashMap<>();
    for (String line : lines) {
      ObjectNode node = (ObjectNode) JSON.readTree(line);
      node.remove("stored_document");
      assertThat(byId.put(node.path("document").path("id").asText(), node)).as("one line per document").isNull();
    }
    return byId;
  }

  private static List<String> jobLines(Path out) throws IOException {
    return lines(out.resolve("jsonl"));
  }

  private static List<String> lines(Path folder) throws IOException {
    List<String> lines = new ArrayList<>();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path part : files.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
        lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList());
      }
    }
    return lines;
  }

  private static List<Path> batches(Path out) throws IOException {
    try (Stream<Path> tables = Files.list(out)) {
      List<Path> batches = new ArrayList<>();
      for (Path table : tables.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> b = Files.list(table)) {
          b.filter(Files::isDirectory).sorted().forEach(batches::add);
        }
      }
      return batches;
    }
  }
}
