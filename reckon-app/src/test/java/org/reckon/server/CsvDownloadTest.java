package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.Extractor;
import org.reckon.ingest.DocumentReader;
import org.reckon.ingest.Ingester;
import org.reckon.store.Database;

/**
 * The web UI's CSV downloads of an article whose claims start like spreadsheet formulas, on a real
 * server. Issue #10 (D7): {@code =HYPERLINK(...)} claims were downloaded as live formulas.
 */
class CsvDownloadTest {
  private static final String ARTICLE = """
      published: 2025-09-03

      U.S. forces struck a boat in the southern Caribbean on Tuesday, killing 11 people aboard, Defense Secretary Pete Hegseth said.

      “=HYPERLINK("http://evil.example/","these were narco-terrorists"), and we will keep going,” Hegseth said.
      """;

  @TempDir static Path dir;
  private static Database db;
  private static ReckonServer server;

  @BeforeAll
  static void start() throws Exception {
    Files.writeString(dir.resolve("formula.txt"), ARTICLE);
    db = Database.open(dir.resolve("csv.db").toString());
    Extractor extractor = new Extractor();
    new Ingester(new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES)).ingest(List.of(dir.resolve("formula.txt").toString()),
        d -> db.documents().add(d, extractor.extract(d)), new Ingester.Listener() {});
    server = ReckonServer.start(db, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    db.close();
  }

  @Test
  void exportClaimsCsv_formulaClaim_isPrefixedWithQuote() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/export/claims?format=csv")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(r.statusCode()).isEqualTo(200);
    List<String> texts = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(r.body())).getRecords().stream().map(c -> c.get("text")).toList();
    assertThat(texts).contains("'=HYPERLINK(\"http://evil.example/\",\"these were narco-terrorists\"), and we will keep going");
  }
}
