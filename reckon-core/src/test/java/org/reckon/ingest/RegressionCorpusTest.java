package org.reckon.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.extract.ExtractionChecks;
import org.reckon.extract.ExtractionInterruptedException;
import org.reckon.extract.Extractor;
import org.reckon.fuzz.BoundedRun;
import org.reckon.model.Document;
import org.reckon.model.Extraction;

/**
 * Replays every input that ever broke a reader or the extractor and is too large, or too special,
 * to commit as it is: each {@code src/test/resources/regression/*.recipe} says how to build it
 * (the format is in that folder's README.md) and what must happen now. The inputs small enough to
 * commit live in the fuzz tests' {@code *FuzzTestInputs} folders, which Jazzer replays.
 */
class RegressionCorpusTest {
  private static final Path CORPUS = corpus();

  @TempDir Path dir;

  private static Path corpus() {
    try {
      return Path.of(RegressionCorpusTest.class.getResource("/regression").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> replay_everyRecipe_meetsItsExpectations() throws IOException {
    List<Path> recipes;
    try (Stream<Path> files = Files.list(CORPUS)) {
      recipes = files.filter(f -> f.toString().endsWith(".recipe")).sorted().toList();
    }
    assertThat(recipes).as("recipes in " + CORPUS).isNotEmpty();
    return recipes.stream().map(r -> DynamicTest.dynamicTest(r.getFileName().toString(), () -> replay(Recipe.parse(r))));
  }

  /** One recipe: its settings, the parts its file is made of, and what is expected. */
  record Recipe(String name, Map<String, String> settings, List<Part> parts, List<String> expectations) {
    String get(String key, String otherwise) {
      return settings.getOrDefault(key, otherwise);
    }

    static Recipe parse(Path file) throws IOException {
      Map<String, String> settings = new LinkedHashMap<>();
      List<Part> parts = new ArrayList<>();
      List<String> expectations = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        if (colon < 0) {
          throw new IllegalArgumentException(file + ": not 'key: value': " + line);
        }
        String key = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).stripLeading();
        switch (key) {
          case "text" -> parts.add(new Part(1, value));
          case "repeat" -> {
            int space = value.indexOf(' ');
            parts.add(new Part(Long.parseLong(value.substring(0, space)), value.substring(space + 1)));
          }
          case "expect" -> expectations.add(value);
          default -> settings.put(key, value);
        }
      }
      return new Recipe(file.getFileName().toString(), settings, parts, expectations);
    }
  }

  /** {@code text} (with escapes) written {@code count} times. */
  record Part(long count, String text) {
    /** The bytes of one copy: characters in {@code charset}, {@code \xNN} as that byte. */
    byte[] bytes(Charset charset) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      StringBuilder chars = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c != '\\' || i + 1 == text.length()) {
          chars.append(c);
          continue;
        }
        char e = text.charAt(++i);
        switch (e) {
          case 'r' -> chars.append('\r');
          case 'n' -> chars.append('\n');
          case 't' -> chars.append('\t');
          case 's' -> chars.append(' ');
          case '\\' -> chars.append('\\');
          case 'x' -> {
            out.writeBytes(chars.toString().getBytes(charset));
            chars.setLength(0);
            out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
            i += 2;
          }
          default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + text);
        }
      }
      out.writeBytes(chars.toString().getBytes(charset));
      return out.toByteArray();
    }
  }

  /** Writes the recipe's file: its parts in order, plainly or as gzip members (see README.md). */
  private Path expand(Recipe recipe) throws IOException {
    Path file = dir.resolve(recipe.get("file", "input.txt"));
    Charset charset = Charset.forName(recipe.get("encoding", "UTF-8"));
    boolean gzip = Boolean.parseBoolean(recipe.get("gzip", "false"));
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (Part part : recipe.parts()) {
        byte[] one = part.bytes(charset);
        if (!gzip) {
          for (long i = 0; i < part.count(); i++) {
            out.write(one);
          }
          continue;
        }
        // A gigabyte of one repeated unit: compress about a megabyte of it once, write that member
        // as often as needed, then one member for the rest (a WARC.gz may hold any number of members).
        long perChunk = Math.max(1, Math.min(part.count(), (1 << 20) / Math.max(1, one.length)));
        byte[] chunk = member(one, perChunk);
        for (long i = 0; i < part.count() / perChunk; i++) {
          out.write(chunk);
        }
        if (part.count() % perChunk != 0) {
          out.write(member(one, part.count() % perChunk));
        }
      }
    }
    return file;
  }

  private static byte[] member(byte[] unit, long times) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
      for (long i = 0; i < times; i++) {
        gz.write(unit);
      }
    }
    return bytes.toByteArray();
  }

  private void replay(Recipe recipe) throws Exception {
    String target = recipe.get("target", "read");
    Path file = switch (target) {
      case "device" -> {
        Path device = Path.of(recipe.get("device", "/dev/zero"));
        assumeTrue(Files.exists(device), device + " is missing on this system");
        yield device;
      }
      case "fifo" -> fifo(dir.resolve(recipe.get("file", "pipe.txt")));
      default -> expand(recipe);
    };
    long maxBytes = Long.parseLong(recipe.get("max-size", String.valueOf(DocumentReader.DEFAULT_MAX_BYTES)));
    PageFetcher fetcher = "http".equals(recipe.get("fetch", "offline")) ? new HttpFetcher(maxBytes) : PageFetcher.offline();
    // Memory: a few copies of what may be read, never what the input claims (a gigabyte header).
    BoundedRun bounded = new BoundedRun(Duration.ofSeconds(60), 16 * maxBytes + (256L << 20));
    ReaderChecks.Read read = bounded.call(recipe.name(), () -> ReaderChecks.readAndCheck(new DocumentReader(maxBytes, fetcher), file));

    for (String expectation : recipe.expectations()) {
      int space = expectation.indexOf(' ');
      String kind = space < 0 ? expectation : expectation.substring(0, space);
      String value = space < 0 ? "" : expectation.substring(space + 1).replace("{file}", file.toString());
      switch (kind) {
        case "documents" -> {
          assertThat(read.failure()).as(recipe.name() + ": rejected").isNull();
          assertThat(read.documents()).as(recipe.name() + ": documents").hasSize(Integer.parseInt(value));
        }
        case "skipped" -> assertThat(read.outcome().skipped()).as(recipe.name() + ": skipped").isEqualTo(Integer.parseInt(value));
        case "bad-input" -> {
          assertThat(read.failure()).as(recipe.name() + ": a rejection").isNotNull();
          assertThat(read.failure().getMessage()).contains(value);
        }
        case "problem" -> assertThat(read.outcome().problems()).extracting(BadInputException::getMessage)
            .as(recipe.name() + ": problems").anyMatch(m -> m.contains(value));
        case "text-contains" -> assertThat(read.documents()).extracting(Document::text).anyMatch(t -> t.contains(value));
        case "extraction-stops-or-finishes" -> extractWithinBudget(recipe, read.documents());
        default -> throw new IllegalArgumentException(recipe.name() + ": unknown expectation " + expectation);
      }
    }
  }

  /**
   * Each document is extracted within the recipe's {@code budget} (seconds), as {@code
   * --time-budget} does: it finishes, with facts that pass {@link ExtractionChecks}, or it is
   * interrupted and stops within moments.
   */
  private static void extractWithinBudget(Recipe recipe, List<Document> documents) throws Exception {
    Duration budget = Duration.ofMillis((long) (Double.parseDouble(recipe.get("budget", "2")) * 1000));
    BoundedRun bounded = new BoundedRun(budget, Long.MAX_VALUE);
    Extractor extractor = new Extractor();
    for (Document d : documents) {
      BoundedRun.Outcome<Extraction[]> o = bounded.run(() -> new Extraction[] {extractor.extract(d), extractor.extract(d)});
      if (o.overTime()) {
        assertThat(o.stoppedInTime()).as(recipe.name() + ": the extraction stops when interrupted").isTrue();
      } else if (o.thrown() != null && !(o.thrown() instanceof ExtractionInterruptedException)) {
        throw new AssertionError(recipe.name() + ": extraction threw", o.thrown());
      } else if (o.value() != null) {
        ExtractionChecks.check(d, o.value()[0], o.value()[1]);
      }
    }
  }

  private static Path fifo(Path path) throws Exception {
    boolean made;
    try {
      Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
      made = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      made = false;
    }
    assumeTrue(made, "mkfifo is not available here, so no FIFO can be made");
    return path;
  }
}
