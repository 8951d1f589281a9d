package org.reckon.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;
import org.reckon.server.ReckonServer;
import org.reckon.store.Database;

/**
 * The server under load (issue #10, item 6): a record of generated reports (templates written
 * here, no article text) on SQLite or PostgreSQL, served for real, and 16 clients asking in a loop
 * for a page of incidents, an incident, its page, a page of claims, idle and while another
 * connection ingests more reports; then the server's start time, its process's resident memory
 * and how long a new report takes to show in the record. Every fourth report also gives the
 * campaign's running toll, said by one of a few named officials (tallies and actors at corpus
 * scale). The pages that draw the whole record (the overview, the map, the review queue, the
 * series of deaths, the actors: aggregates and indexes of the record, worked out once per
 * version) and the search (the index on disk) are measured after, in a table of their own.
 *
 * <p>Usage: {@code LoadBench sqlite|postgresql DOCUMENTS STRIKES INGEST SECONDS}. The load
 * generator runs in the server's JVM (as do the ingest and, for PostgreSQL, nothing else: the
 * database is its own process), so resident memory is the server's plus the generator's.
 */
public final class LoadBench {
  private static final String[] REGIONS = {"in the Caribbean", "in the eastern Pacific"};
  private static final String[] WORDS = {"three", "four", "five", "six", "two", "eleven"};
  private static final String[] OFFICIALS = {"Defense Secretary Pete Hegseth", "Secretary of State Marco Rubio",
      "Adm. Alvin Holsey", "White House press secretary Karoline Leavitt", "Sen. Tim Kaine"};
  private static final int CLIENTS = 16;
  /** Documents stored per transaction while the record is filled before the measurements. */
  private static final int FILL_BATCH = 2_000;
  private static final LocalDate START = LocalDate.of(2025, 9, 2);

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    String kind = args.length > 0 ? args[0] : "sqlite";
    int documents = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
    int strikes = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
    int ingest = args.length > 3 ? Integer.parseInt(args[3]) : 10_000;
    int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 10;
    Path dir = Files.createTempDirectory("reckon-load");
    EmbeddedPostgres postgres = null;
    String location;
    if (kind.equals("postgresql")) {
      postgres = EmbeddedPostgres.builder().setDataDirectory(dir.resolve("pg")).setCleanDataDirectory(true)
          .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
      try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE reckon_load");
      }
      location = postgres.getJdbcUrl("postgres", "reckon_load");
    } else {
      location = dir.resolve("load.db").toString();
    }
    try {
      run(kind, location, documents, strikes, ingest, seconds);
    } finally {
      if (postgres != null) {
        postgres.close();
      }
    }
    System.exit(0); // the HTTP client's threads would keep the JVM up
  }

  private static void run(String kind, String location, int documents, int strikes, int ingest, int seconds) throws Exception {
    Extractor extractor = new Extractor();
    long t0 = System.nanoTime();
    try (Database d = Database.open(location)) {
      // extracted on every core, stored FILL_BATCH documents a transaction (as 'reckon import' does), the reports of
      // a strike together, as a crawl of a campaign's days brings them: each batch adds strikes, so filling stays
      // linear (the reports ingested during the measurements go to strikes all over the record)
      for (int from = 0; from < documents; from += FILL_BATCH) {
        List<org.reckon.model.Extraction> batch = java.util.stream.IntStream.range(from, Math.min(documents, from + FILL_BATCH))
            .parallel().mapToObj(n -> extractor.extract(report(n, (int) ((long) n * strikes / documents)))).toList();
        d.documents().addAll(batch);
      }
    }
    double fillSeconds = (System.nanoTime() - t0) / 1e9;
    System.out.printf(Locale.ROOT, "%s: %d documents about %d strikes stored (extracted on all cores, %d documents and the "
        + "record's update a transaction) in %.0f s; %d cores; %d clients; %d s per measurement%n%n", kind, documents, strikes,
        FILL_BATCH, fillSeconds,
        Runtime.getRuntime().availableProcessors(), CLIENTS, seconds);
    try (Database served = Database.open(location); Database writer = Database.open(location)) {
      long s0 = System.nanoTime();
      ReckonServer server = ReckonServer.start(served, "127.0.0.1", 0);
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
      get(http, base + "/api/incidents?limit=100");
      double startSeconds = (System.nanoTime() - s0) / 1e9;
      long rssStart = residentKb();
      // the server builds the search index in the background when it starts, and draws the overview
      // on first request; the idle measurements begin once both are ready (these two wait for them)
      get(http, base + "/");
      get(http, base + "/api/search?q=boat");
      double warmSeconds = (System.nanoTime() - s0) / 1e9;
      long rssWarm = residentKb();
      // an incident from the middle of the record, as a reader would follow a link to it
      String listed = http.send(HttpRequest.newBuilder(URI.create(base + "/api/incidents?limit=1&offset=" + strikes / 4)).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"incident_id\":\"([^\"]+)\"").matcher(listed);
      String incident = "/api/incidents/" + (m.find() ? m.group(1) : START + "-caribbean");
      // the requests of a page of the record are measured first, then the pages that draw the whole of it
      // (worked out again after each change) and the search
      List<String> fromDatabase = List.of("/api/incidents?limit=100", incident, "/incidents/" + incident.substring(15),
          "/api/claims?limit=100");
      List<String> wholeRecord = List.of("/", "/map", "/review", "/api/tallies?metric=killed&limit=100", "/api/actors",
          "/search?q=boat");
      System.out.printf(Locale.ROOT, "Server start (open, first answer of /api/incidents?limit=100): %.2f s; resident %d MB%n",
          startSeconds, rssStart / 1024);
      System.out.printf(Locale.ROOT, "Warm (overview drawn, search index built): %.2f s; resident %d MB%n%n",
          warmSeconds, rssWarm / 1024);
      Ingest more = new Ingest(writer, extractor, documents, strikes, documents + ingest);
      System.out.println("Answered from the record in the database:");
      measure(http, base, fromDatabase, seconds, more);
      long rssDatabase = residentKb();
      // a report of a strike the record does not have yet, then how long until the server shows it
      LocalDate fresh = START.plusDays(strikes);
      Document doc = report(documents + ingest + 1, strikes * 2);
      long v0 = System.nanoTime();
      writer.documents().add(doc, extractor.extract(doc));
      String id = "/api/incidents/" + fresh + "-caribbean";
      long deadline = System.nanoTime() + 60_000_000_000L;
      while (http.send(HttpRequest.newBuilder(URI.create(base + id)).build(), HttpResponse.BodyHandlers.discarding())
          .statusCode() != 200 && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      System.out.printf(Locale.ROOT, "%nA new report (%s) shows in the record %.0f ms after ingest began to store it "
          + "(extraction, record update, commit, first answer)%n", id.substring(15), (System.nanoTime() - v0) / 1e6);
      System.out.printf(Locale.ROOT, "Resident memory: %d MB after start, %d MB after the database-backed runs%n%n",
          rssStart / 1024, rssDatabase / 1024);
      System.out.println("The pages that draw the whole record, and the search index:");
      measure(http, base, wholeRecord, seconds, more);
      System.out.printf(Locale.ROOT, "%nDuring the ingest phases %d more documents were ingested at %.0f documents/s%n",
          more.count, more.count / (more.nanos / 1e9));
      System.out.printf(Locale.ROOT, "Resident memory: %d MB at the end%n", residentKb() / 1024);
      server.close();
    }
  }

  private record Result(double perSecond, double p50, double p99, int errors) {}

  /** Reports stored one per transaction by another connection, as 'reckon ingest' does, while some requests are measured. */
  private static final class Ingest {
    private final Database writer;
    private final Extractor extractor;
    private final int strikes;
    private final int last;
    private int next;
    long count;
    long nanos;
    private volatile boolean running;
    private Thread thread;

    Ingest(Database writer, Extractor extractor, int first, int strikes, int last) {
      this.writer = writer;
      this.extractor = extractor;
      this.next = first;
      this.strikes = strikes;
      this.last = last;
    }

    void start() {
      running = true;
      thread = new Thread(() -> {
        long i0 = System.nanoTime();
        while (running && next < last) {
          Document doc = report(next, next % strikes);
          writer.documents().add(doc, extractor.extract(doc));
          next++;
          count++;
        }
        nanos += System.nanoTime() - i0;
      });
      thread.start();
    }

    void stop() throws InterruptedException {
      running = false;
      thread.join();
    }
  }

  /** A warm-up, then each of {@code paths} idle, then each while {@code ingest} runs. */
  private static void measure(HttpClient http, String base, List<String> paths, int seconds, Ingest ingest) throws Exception {
    for (String path : paths) {
      load(http, base + path, 2); // warm-up: the JIT (and what a page works out once per version)
    }
    System.out.println("| request                                   | phase  | requests/s | p50 ms | p99 ms | errors |");
    System.out.println("|-------------------------------------------|--------|------------|--------|--------|--------|");
    for (String path : paths) {
      row(path, "idle", load(http, base + path, seconds));
    }
    ingest.start();
    for (String path : paths) {
      row(path, "ingest", load(http, base + path, seconds));
    }
    ingest.stop();
  }

  private static void row(String path, String phase, Result r) {
    System.out.printf(Locale.ROOT, "| %-41s | %-6s | %10.0f | %6.1f | %6.1f | %6d |%n", path, phase, r.perSecond(), r.p50(), r.p99(),
        r.errors());
  }

  /** {@link #CLIENTS} clients asking for {@code url} in a loop for {@code seconds} after a short warm-up. */
  private static Result load(HttpClient http, String url, int seconds) throws Exception {
    long warm = System.nanoTime() + 2_000_000_000L;
    for (int i = 0; i < 20 && System.nanoTime() < warm; i++) { // a few requests, for at most 2 s
      get(http, url);
    }
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Future<long[]>> runs = new ArrayList<>();
    for (int c = 0; c < CLIENTS; c++) {
      runs.add(clients.submit(() -> {
        long[] times = new long[1 << 16];
        int n = 0;
        int errors = 0;
        while (System.nanoTime() < end) {
          long q0 = System.nanoTime();
          int status = get(http, url);
          if (status != 200) {
            errors++;
          }
          if (n < times.length - 1) {
            times[n++] = System.nanoTime() - q0;
          }
        }
        long[] used = Arrays.copyOf(times, n + 1);
        used[n] = errors; // the last slot carries the error count
        return used;
      }));
    }
    List<Long> all = new ArrayList<>();
    int errors = 0;
    for (Future<long[]> f : runs) {
      long[] t = f.get();
      for (int i = 0; i < t.length - 1; i++) {
        all.add(t[i]);
      }
      errors += (int) t[t.length - 1];
    }
    clients.shutdown();
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    if (sorted.length == 0) {
      return new Result(0, Double.NaN, Double.NaN, errors);
    }
    return new Result(sorted.length / (double) seconds, sorted[sorted.length / 2] / 1e6,
        sorted[Math.min(sorted.length - 1, (int) (sorted.length * 0.99))] / 1e6, errors);
  }

  private static int get(HttpClient http, String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  /** Report {@code n} of strike {@code strike}: two strikes a day, one in each sea, from 2 September 2025. */
  private static Document report(int n, int strike) {
    LocalDate day = START.plusDays(strike / 2);
    String region = REGIONS[strike % 2];
    String text = "A U.S. strike on a boat " + region + " on "
        + day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH) + " " + day.getDayOfMonth() + ", " + day.getYear()
        + " killed " + WORDS[strike % WORDS.length] + " people, officials said. Report number " + n + " by outlet "
        + (n % 97) + "." + (n % 4 == 0 ? " The strikes have killed at least " + (10 + 4 * (strike / 2)) + " people since "
        + "September, " + OFFICIALS[n / 4 % OFFICIALS.length] + " said." : "");
    String body = TextNormalizer.normalize(text);
    return new Document(TextNormalizer.sha256(body), "bench/" + n + ".txt", null, "Report " + n, "Outlet " + (n % 97),
        "en", day.plusDays(1), null, PublishedBasis.HEADER, body, Map.of());
  }

  /** This process's resident memory in kB (Linux /proc), or -1 elsewhere. */
  private static long residentKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("\\D", ""));
        }
      }
    } catch (java.io.IOException e) {
      return -1;
    }
    return -1;
  }
}
