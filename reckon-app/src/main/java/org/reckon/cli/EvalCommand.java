package org.reckon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.reckon.eval.CorpusGold;
import org.reckon.eval.Evaluator;
import org.reckon.eval.GoldDocument;
import org.reckon.eval.RecordScore;
import org.reckon.eval.Report;
import org.reckon.model.CampaignRecord;
import org.reckon.reconcile.Reconciler;
import org.reckon.ingest.BadInputException;
import org.reckon.ingest.DocumentReader;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon eval}: scores extraction against gold annotations (data-contract sections 4 and 5). */
@Command(name = "eval", mixinStandardHelpOptions = true,
    header = "Score extraction against gold annotations",
    description = {
      "Extracts the articles and scores them against gold. --gold is either a folder of gold JSON",
      "files (one per article, document.file naming the article's file name; section 4) or a",
      "corpus of offset gold, one JSON line per report (section 4.1), whose texts are read from",
      "--texts. Prints precision, recall and F1 per fact type, then field accuracies (section 5)."
    },
    footer = {"", "Example: reckon eval --gold eval/corpus/corpus.jsonl --texts ~/reckon-corpus --split dev --errors"})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR|FILE.jsonl",
      description = "Folder of gold JSON files, or a corpus of offset gold (JSON Lines)")
  Path gold = Path.of(".");

  @Option(names = "--texts", paramLabel = "DIR",
      description = "Folder holding the texts an offset-gold corpus names (its \"file\" fields)")
  @Nullable Path texts;

  @Option(names = "--split", paramLabel = "dev|test|all", defaultValue = "all",
      description = "Offset gold only: score the dev or test split (fixed by each report's address); default all")
  String split = "all";

  @Option(names = "--language", paramLabel = "CODE",
      description = "Score only the reports whose gold language is CODE (en, es)")
  @Nullable String language;

  @Option(names = "--errors", description = "After the scores, list each missed, extra and wrong fact with its sentence")
  boolean errors;

  @Option(names = "--record", description = "Also reconcile the scored documents into one record and score it against"
      + " the strikes their gold tells by day: strikes found, extra incidents, toll right")
  boolean record;

  @picocli.CommandLine.Mixin @Nullable FetchOption fetch;

  @Parameters(arity = "0..*", paramLabel = "PATH",
      description = "The annotated articles (files, directories, globs); not needed with --texts")
  List<String> paths = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<Evaluator.Finding> findings = new ArrayList<>();
    List<Evaluator.Pair> pairs = new ArrayList<>();
    Report report = evaluate(this, err, findings, pairs);
    out.print(report.format());
    if (record) {
      CampaignRecord reconciled = Reconciler.reconcile(pairs.stream().map(Evaluator.Pair::predicted).toList());
      RecordScore score = RecordScore.of(reconciled, pairs.stream().map(Evaluator.Pair::gold).toList());
      out.print(score.format());
      if (errors) {
        score.errors().forEach(line -> out.println("record  " + line));
      }
    }
    if (errors) {
      out.println();
      for (Evaluator.Finding f : findings) {
        out.printf("%s  %-6s %-26s %s%n", f.file(), f.kind(), f.type(), f.fact());
        if (!f.evidence().isEmpty()) {
          out.printf("    «%s»%n", f.evidence());
        }
      }
    }
    out.flush();
    return ReckonCommand.OK;
  }

  /** Scores the seeds' kind of gold: a folder of §4 files beside the articles {@code paths} name. */
  static Report evaluate(Path goldDir, List<String> paths, PrintWriter err) throws IOException {
    EvalCommand c = new EvalCommand();
    c.gold = goldDir;
    c.paths = paths;
    return evaluate(c, err, new ArrayList<>(), new ArrayList<>());
  }

  /** A gold annotation waiting for its document: offset gold is resolved against the text. */
  private interface PendingGold {
    GoldDocument resolve(Document document, PrintWriter err) throws IOException;
  }

  /** Scores as {@code options} say; the scored pairs are added to {@code pairs}. */
  static Report evaluate(EvalCommand options, PrintWriter err, List<Evaluator.Finding> findings, List<Evaluator.Pair> pairs)
      throws IOException {
    if (!List.of("dev", "test", "all").contains(options.split)) {
      throw new Failures.UserError("--split " + options.split + ": unknown split; use dev, test or all");
    }
    Map<String, PendingGold> goldByFile = new HashMap<>();
    List<String> paths = new ArrayList<>(options.paths);
    Path goldPath = options.gold;
    if (Files.isRegularFile(goldPath)) {
      Path texts = options.texts;
      if (texts == null || !Files.isDirectory(texts)) {
        throw new Failures.UserError(goldPath + ": an offset-gold corpus needs its texts; pass --texts DIR with the"
            + " folder they were rebuilt into (see eval/corpus/README.md)");
      }
      for (CorpusGold.Entry entry : CorpusGold.read(goldPath)) {
        if (!options.split.equals("all") && !entry.split().equals(options.split)
            || options.language != null && !options.language.equals(entry.language())) {
          continue;
        }
        Path text = texts.resolve(entry.file());
        if (!Files.isRegularFile(text)) {
          err.println(text + ": the text of " + entry.url() + " is missing; rebuild it (eval/corpus/README.md); not scored");
          continue;
        }
        paths.add(text.toString());
        goldByFile.put(entry.file(), (document, log) -> {
          String sha1 = CorpusGold.sha1(document.text());
          if (entry.bodySha1() != null && !entry.bodySha1().equals(sha1)) {
            log.println(text + ": text differs from the one annotated (body SHA-1 " + sha1 + ", gold "
                + entry.bodySha1() + "); offsets may point elsewhere: rebuild it");
          }
          return entry.gold(document.text(), goldPath);
        });
      }
    } else if (Files.isDirectory(goldPath)) {
      try (Stream<Path> files = Files.list(goldPath)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
          GoldDocument g = GoldDocument.read(f);
          if (options.language == null || options.language.equals(g.language())) {
            goldByFile.put(g.file(), (document, log) -> g);
          }
        }
      }
    } else {
      throw new Failures.UserError(goldPath + ": gold not found; pass --gold DIR (one JSON file per article) or"
          + " --gold FILE.jsonl (offset gold) with --texts DIR");
    }
    List<BadInputException> failures = new ArrayList<>();
    DocumentReader reader = options.fetch != null ? options.fetch.reader(DocumentReader.DEFAULT_MAX_BYTES)
        : new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES);
    List<Document> documents = ExtractionRunner.read(paths, reader, failures);
    failures.forEach(f -> err.println(TerminalText.escape(f.getMessage())));
    List<IOException> badGold = new ArrayList<>();
    try (ExtractionRunner runner = new ExtractionRunner(ExtractionRunner.DEFAULT_BUDGET)) {
      runner.forEach(documents, o -> {
        Extraction e = o.extraction();
        String name = Path.of(o.document().source()).getFileName().toString();
        PendingGold g = goldByFile.remove(name);
        if (e == null) {
          err.println(o.document().source() + ": not scored: " + o.failure() + "; " + o.fix());
          return;
        }
        if (g == null) {
          err.println(e.document().source() + ": no gold names it; not scored");
          return;
        }
        try {
          pairs.add(new Evaluator.Pair(e, g.resolve(e.document(), err)));
        } catch (IOException bad) {
          badGold.add(bad);
        }
      });
    }
    badGold.forEach(b -> err.println(b.getMessage() + "; not scored"));
    goldByFile.keySet().stream().sorted()
        .forEach(f -> err.println(goldPath + ": gold for " + f + ", an article that was not given; not scored"));
    err.flush();
    return Evaluator.score(pairs, findings::add);
  }
}
