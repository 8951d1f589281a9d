package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

class IngestCommandTest {
  @TempDir Path dir;

  private String db() {
    return dir.resolve("r.db").toString();
  }

  private List<JsonNode> docs() throws Exception {
    Cli docs = Cli.run("docs", "--db", db(), "--format", "jsonl");
    assertThat(docs.exitCode()).isZero();
    return docs.out().lines().map(line -> {
      try {
        return DocumentJson.MAPPER.readTree(line);
      } catch (Exception e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }).toList();
  }

  @Test
  void ingest_seeds_storesFiveThenNothingNew() throws Exception {
    Path seeds = SharedMaterial.seeds();

    Cli first = Cli.run("ingest", "--db", db(), seeds.toString());
    Cli second = Cli.run("ingest", "--db", db(), seeds.toString());

    assertThat(first.exitCode()).isZero();
    assertThat(first.err()).contains("Ingested 5 files into " + db() + ": 5 new, 0 already present, 0 failed.");
    assertThat(second.exitCode()).isZero();
    assertThat(second.err()).contains(": 0 new, 5 already present, 0 failed.");
    List<JsonNode> docs = docs();
    assertThat(docs).hasSize(5);
    JsonNode seed004 = docs.stream().filter(d -> d.get("source").asText().contains("004_")).findFirst().orElseThrow();
    assertThat(seed004.get("published").asText()).isEqualTo("2025-12-19");
    assertThat(seed004.get("published_basis").asText()).isEqualTo("text");
  }

  @Test
  void ingest_mixOfGoodAndEveryBadKind_storesGoodOnesNamesEachBadOneExitsOne() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), "published: 2025-09-15\n\nThree men were killed on Monday.\n");
    Files.writeString(in.resolve("good.html"), "<html><body><article><p>Four were killed.</p></article></body></html>");
    Path warc = in.resolve("good.warc.gz");
    writeWarc(warc, 30);
    byte[] whole = Files.readAllBytes(warc);
    Path truncated = Files.write(in.resolve("truncated.warc.gz"), Arrays.copyOf(whole, whole.length / 2));
    Path empty = Files.write(in.resolve("empty.txt"), new byte[0]);
    Path binary = Files.write(in.resolve("image.txt"), new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0x10});
    Path latin1 = Files.write(in.resolve("latin1.txt"), "Muri\u00f3 un pescador.".getBytes(StandardCharsets.ISO_8859_1));
    Path big = Files.writeString(in.resolve("big.txt"), "Too long. ".repeat(300));
    Path navOnly = Files.writeString(in.resolve("index.html"), "<html><body><nav><a href='/a'>A</a></nav></body></html>");
    Path badDate = Files.writeString(in.resolve("bad-date.txt"), "published: 19/12/2025\n\nText.\n");
    Path missing = dir.resolve("missing.txt");

    Cli run = Cli.run("ingest", "--db", db(), "--max-size", "2kB", in.toString(), missing.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(
        missing + ": no such file or directory; check the path",
        empty + ": empty file (0 bytes); remove it or replace it with the article text",
        binary + ": binary file (NUL byte at byte 2), not text, HTML or WARC; pass only articles as .txt, .html or .warc(.gz) files",
        latin1 + ": invalid UTF-8 at byte 4 (line 1, column 5: 0xF3); re-save the file as UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8",
        big + ": file is 3.0 kB, over the 2.0 kB limit; split it, or raise the limit with --max-size",
        navOnly + ": HTML page with no article text",
        badDate + ": header 'published: 19/12/2025' is not an ISO date or date-time",
        truncated + ": truncated or corrupt WARC near byte ");
    assertThat(run.err()).contains("8 failed");
    // good.txt, good.html, 30 WARC pages, and the pages before the damage (all already present)
    assertThat(docs()).hasSize(32);
    assertThat(run.err()).contains(": 32 new, ");
  }

  /** Regression (issue #10, D3): /dev/zero filled the heap and the inputs after it were never read. */
  @Test
  @org.junit.jupiter.api.Timeout(value = 60, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD) // a guard only
  void ingest_devZeroBesideAText_storesTheTextNamesDevZeroExitsOne() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "no /dev/zero on this system");
    Path text = Files.writeString(dir.resolve("short.txt"), "Two men were killed in the strike.\n");

    Cli run = Cli.run("ingest", "--db", db(), "/dev/zero", text.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains(": 1 new, 0 already present, 1 failed.",
        "/dev/zero: not a regular file (a character device); ingest reads only regular files: "
            + "save its content to a file and ingest that");
    assertThat(docs()).extracting(d -> d.get("source").asText()).containsExactly(text.toString());
  }

  /** Regression (issue #10, D5): web addresses on loopback were fetched and stored. */
  @Test
  void ingest_loopbackAddress_isRefusedUnlessAllowPrivateAddresses() throws Exception {
    com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
        new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/story", exchange -> {
      byte[] bytes = "<html><body><article><p>Five were killed.</p></article></body></html>".getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", "text/html");
      exchange.sendResponseHeaders(200, bytes.length);
      exchange.getResponseBody().write(bytes);
      exchange.close();
    });
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/story";

      Cli refused = Cli.run("ingest", "--db", db(), url);
      Cli allowed = Cli.run("ingest", "--db", db(), "--allow-private-addresses", url);

      assertThat(refused.exitCode()).isEqualTo(1);
      assertThat(refused.err()).contains(url + ": not fetched: 127.0.0.1 is a loopback address",
          "pass --allow-private-addresses to fetch from them");
      assertThat(allowed.exitCode()).as(allowed.err()).isZero();
      assertThat(docs()).extracting(d -> d.get("source").asText()).containsExactly(url);
    } finally {
      server.stop(0);
    }
  }

  @Test
  void ingest_databaseInMissingDirectory_exitsTwoWithOneLine() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), "Text.");
    String badDb = dir.resolve("nope/r.db").toString();

    Cli run = Cli.run("ingest", "--db", badDb, file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("reckon: " + badDb + ": directory " + dir.resolve("nope")
        + " does not exist; create it or choose another --db" + System.lineSeparator());
  }

  @Test
  void ingest_withoutPaths_isAUsageErrorExitTwo() {
    Cli run = Cli.run("ingest", "--db", db());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'PATH'");
  }

  @Test
  void ingest_badMaxSize_namesTheValue() {
    Cli run = Cli.run("ingest", "--db", db(), "--max-size", "huge", dir.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("'huge' is not a size; write e.g. 20MB, 500kB or 1000000");
  }

  static void writeWarc(Path file, int pages) throws Exception {
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < pages; i++) {
        String html = "<html><body><article><p>Capture " + i + ": a strike killed " + (i + 2) + ".</p></article></body></html>";
        writer.write(new WarcResponse.Builder(URI.create("https://news.example/" + i))
            .body(new HttpResponse.Builder(200, "OK")
                .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build())
            .build());
      }
    }
  }
}
