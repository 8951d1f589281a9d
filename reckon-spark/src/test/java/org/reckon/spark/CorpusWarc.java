package org.reckon.spark;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Random;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Writes a crawl-like WARC.gz of our own short texts, for the tests and the benchmark ({@code
 * bench/corpus.sh} runs {@link #main}): of every ten captures, four are campaign reports (English
 * and Spanish, each with its own numbers, day and place), three are unrelated pages without any
 * trigger word, and three are not articles (a request, an image, a 404); one capture of binary
 * bytes labelled text/html, and optionally a last record cut short. Deterministic for a seed.
 */
public final class CorpusWarc {
  private static final String[] PLACES = {"off the coast of Venezuela", "in the Caribbean", "in the eastern Pacific",
    "off the coast of Colombia", "in international waters of the Caribbean"};
  private static final String[] LUGARES = {"en el mar Caribe", "frente a las costas de Venezuela", "en el Pacífico oriental"};
  private static final String[] TOPICS = {"The city council approved a new budget for public libraries",
    "Heavy rain is expected over the weekend across the northern valleys",
    "The museum opened an exhibition of early photographs of the harbour town",
    "A local bakery won the regional prize for its rye bread",
    "El ayuntamiento inauguró un parque con jardines y fuentes nuevas"};
  private static final String NAV = "<header><nav><a href='/'>Home</a> <a href='/world'>World</a> "
      + "<a href='/politics'>Politics</a> <a href='/sport'>Sport</a> <a href='/weather'>Weather</a></nav></header>";
  private static final String FOOTER = "<footer><p>Copyright Example News. All rights reserved.</p>"
      + "<p>Contact us - Privacy - Terms of use - Newsletter</p></footer>"
      + "<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}</script>";

  private CorpusWarc() {}

  /** Arguments: FILE CAPTURES [--truncate]. */
  public static void main(String[] args) throws IOException {
    write(Path.of(args[0]), Integer.parseInt(args[1]), args.length > 2 && args[2].equals("--truncate"), 1);
  }

  /**
   * Writes {@code captures} records (one gzip member each) to {@code file}.
   *
   * @param truncate cut the file in the middle of its last record
   */
  static void write(Path file, int captures, boolean truncate, long seed) throws IOException {
    Random random = new Random(seed);
    try (WarcWriter writer = new WarcWriter(Files.newByteChannel(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      for (int i = 0; i < captures; i++) {
        String url = "https://news.example/" + i;
        switch (i % 10) {
          case 0, 3, 6 -> writer.write(page(url, 200, html(report(i, random))));
          case 8 -> writer.write(page(url, 200, html(informe(i, random))));
          case 1, 4, 7 -> writer.write(page(url, 200, html(unrelated(i, random))));
          case 2 -> writer.write(new WarcRequest.Builder(URI.create(url))
              .body(new HttpRequest.Builder("GET", "/" + i).build()).build());
          case 5 -> writer.write(new WarcResponse.Builder(URI.create(url + ".png"))
              .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), binary(random, 600)).build())
              .build());
          default -> writer.write(page(url, 404, "<html><body><p>Page not found.</p></body></html>"));
        }
        if (i == captures / 2) {
          writer.write(new WarcResponse.Builder(URI.create("https://news.example/binary"))
              .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html"), binary(random, 2000)).build())
              .build());
        }
      }
      if (truncate) {
        writer.write(page("https://news.example/cut", 200, html(report(captures, random))));
      }
    }
    if (truncate) {
      try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
        cut.setLength(cut.length() - 200);
      }
    }
  }

  private static String report(int i, Random random) {
    int killed = 2 + random.nextInt(12);
    int day = 1 + random.nextInt(28);
    String month = new String[] {"September", "October", "November", "December"}[random.nextInt(4)];
    String place = PLACES[random.nextInt(PLACES.length)];
    int total = 20 + random.nextInt(150);
    return "<title>US strike on boat kills " + killed + " (report " + i + ")</title>"
        + "<meta property='article:published_time' content='2025-12-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "'>"
        + "|<p>The US military struck a vessel " + place + " on " + month + " " + day + ", killing " + killed
        + " people, Defense Secretary Pete Hegseth said in report " + i + ".</p>"
        + "<p>\"The vessel was operated by narco-terrorists,\" Hegseth wrote. Officials gave no evidence.</p>"
        + "<p>The strikes have killed at least " + total + " people since September, according to a tally of reports.</p>";
  }

  private static String informe(int i, Random random) {
    int muertos = 2 + random.nextInt(9);
    String lugar = LUGARES[random.nextInt(LUGARES.length)];
    return "<title>Ataque de EE.UU. contra una lancha (" + i + ")</title>"
        + "<meta property='article:published_time' content='2025-11-" + String.format(Locale.ROOT, "%02d", 1 + i % 28) + "'>"
        + "|<p>Estados Unidos atacó una lancha " + lugar + " el martes y mató a " + muertos
        + " personas, informó el Comando Sur en el informe " + i + ".</p>"
        + "<p>Con este ataque suman al menos " + (30 + random.nextInt(90)) + " muertos desde septiembre.</p>";
  }

  private static String unrelated(int i, Random random) {
    String topic = TOPICS[random.nextInt(TOPICS.length)];
    return "<title>Local news " + i + "</title>|<p>" + topic + ", officials said on day " + i + " of the season.</p>"
        + "<p>Residents gathered in the square and " + (10 + random.nextInt(500)) + " of them signed the petition.</p>";
  }

  /** A page with a head, navigation and a footer around the article, as a news site serves it. */
  private static String html(String parts) {
    String[] headAndBody = parts.split("\\|", 2);
    return "<!doctype html><html><head>" + headAndBody[0] + "<link rel='stylesheet' href='/site.css'></head><body>"
        + NAV + "<article>" + headAndBody[1] + "</article>" + FOOTER + "</body></html>";
  }

  private static byte[] binary(Random random, int n) {
    byte[] bytes = new byte[n];
    random.nextBytes(bytes);
    bytes[0] = 0;
    return bytes;
  }

  private static WarcResponse page(String url, int status, String html) throws IOException {
    return new WarcResponse.Builder(URI.create(url))
        .body(new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
            .body(MediaType.parse("text/html; charset=utf-8"), html.getBytes(StandardCharsets.UTF_8)).build())
        .build();
  }
}
