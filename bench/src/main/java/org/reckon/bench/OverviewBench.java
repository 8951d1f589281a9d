package org.reckon.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reckon.extract.Extractor;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Document;
import org.reckon.model.PublishedBasis;
import org.reckon.server.ReckonServer;
import org.reckon.store.Database;

/**
 * A timed harness for the web UI at scale: a record of about 1,000 strikes told by 20,000
 * generated reports (written here from templates, no article text), served for real, and the
 * time to answer each page measured after warm-up, against the 1-second target.
 */
public final class OverviewBench {
  private static final String[] REGIONS = {"in the Caribbean", "in the eastern Pacific"};
  private static final String[] WORDS = {"three", "four", "five", "six", "two", "eleven"};

  private OverviewBench() {}

  public static void main(String[] args) throws Exception {
    int documents = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
    int strikes = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
    Path dir = Files.createTempDirectory("reckon-bench");
    String db = dir.resolve("bench.db").toString();
    long t0 = System.nanoTime();
    try (Database d = Database.open(db)) {
      Extractor extractor = new Extractor();
      LocalDate start = LocalDate.of(2025, 9, 1);
      for (int n = 0; n < documents; n++) {
        int strike = n % strikes;
        LocalDate day = start.plusDays(strike / 2);
        String region = REGIONS[strike % 2];
        String text = "A U.S. strike on a boat " + region + " on " + day.getMonth().name().charAt(0)
            + day.getMonth().name().substring(1, 3).toLowerCase(Locale.ROOT) + ". " + day.getDayOfMonth() + ", " + day.getYear()
            + " killed " + WORDS[strike % WORDS.length] + " people, officials said. Report number " + n + " by outlet "
            + (n % 97) + ". “We will continue,” the defense secretary said of the campaign, which has killed at least "
            + (10 + strike / 10) + " people since September.";
        String body = TextNormalizer.normalize(text);
        Document doc = new Document(TextNormalizer.sha256(body), "bench/" + n + ".txt", null, "Report " + n, "Outlet " + (n % 97),
            "en", day.plusDays(1), null, PublishedBasis.HEADER, body, Map.of());
        d.documents().add(doc, extractor.extract(doc));
      }
    }
    double ingestSeconds = (System.nanoTime() - t0) / 1e9;
    try (Database d = Database.open(db)) {
      long s0 = System.nanoTime();
      try (ReckonServer server = ReckonServer.start(d, "127.0.0.1", 0)) {
        double startSeconds = (System.nanoTime() - s0) / 1e9;
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://127.0.0.1:" + server.port();
        System.out.printf(Locale.ROOT, "Record: %d documents, %d strikes planned; ingest with extraction %.1f s; server start "
            + "(load, reconcile, index) %.1f s; %d cores%n%n", documents, strikes, ingestSeconds, startSeconds,
            Runtime.getRuntime().availableProcessors());
        System.out.println("| page                         | bytes    | median ms | p95 ms | target ms |");
        System.out.println("|------------------------------|----------|-----------|--------|-----------|");
        for (String page : List.of("/", "/incidents", "/incidents?region=caribbean&sort=killed&order=desc",
            "/api/incidents?limit=100", "/map", "/search?q=boat")) {
          long[] times = new long[30];
          int bytes = 0;
          for (int i = -5; i < times.length; i++) {
            long q0 = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + page)).build(),
                HttpResponse.BodyHandlers.ofString());
            if (i >= 0) {
              times[i] = System.nanoTime() - q0;
            }
            bytes = r.body().length();
          }
          Arrays.sort(times);
          System.out.printf(Locale.ROOT, "| %-28s | %8d | %9.1f | %6.1f | %9d |%n", page, bytes, times[times.length / 2] / 1e6,
              times[(int) (times.length * 0.95)] / 1e6, 1000);
        }
      }
    }
  }

}
