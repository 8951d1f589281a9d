package org.reckon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.reckon.eval.Evaluator;
import org.reckon.eval.GoldDocument;
import org.reckon.eval.Report;
import org.reckon.ingest.BadInputException;
import org.reckon.ingest.DocumentReader;
import org.reckon.model.Document;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon eval}: scores extraction against gold annotations (data-contract sections 4 and 5). */
@Command(name = "eval", mixinStandardHelpOptions = true,
    header = "Score extraction against gold annotations",
    description = {
      "Extracts the articles and scores them against the gold files in --gold (one JSON file per",
      "article, its document.file naming the article's file name). Prints precision, recall and",
      "F1 per fact type, then field accuracies, as data-contract section 5 defines them."
    })
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold JSON files")
  Path gold = Path.of(".");

  @picocli.CommandLine.Mixin FetchOption fetch;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "The annotated articles (files, directories, globs)")
  List<String> paths = List.of();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Report report = evaluate(gold, paths, fetch.reader(DocumentReader.DEFAULT_MAX_BYTES), err);
    out.print(report.format());
    out.flush();
    return ReckonCommand.OK;
  }

  /** Reads gold and articles, extracts, scores; names every article or gold file left unpaired. */
  static Report evaluate(Path goldDir, List<String> paths, PrintWriter err) throws IOException {
    return evaluate(goldDir, paths, new DocumentReader(DocumentReader.DEFAULT_MAX_BYTES), err);
  }

  static Report evaluate(Path goldDir, List<String> paths, DocumentReader reader, PrintWriter err) throws IOException {
    if (!Files.isDirectory(goldDir)) {
      throw new Failures.UserError(goldDir + ": gold folder not found; pass --gold DIR with one JSON file per article");
    }
    Map<String, GoldDocument> goldByFile = new HashMap<>();
    try (Stream<Path> files = Files.list(goldDir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        GoldDocument g = GoldDocument.read(f);
        goldByFile.put(g.file(), g);
      }
    }
    List<BadInputException> failures = new ArrayList<>();
    List<Document> documents = ExtractionRunner.read(paths, reader, failures);
    failures.forEach(f -> err.println(TerminalText.escape(f.getMessage())));
    List<Evaluator.Pair> pairs = new ArrayList<>();
    try (ExtractionRunner runner = new ExtractionRunner(ExtractionRunner.DEFAULT_BUDGET)) {
      runner.forEach(documents, err, e -> {
        String name = Path.of(e.document().source()).getFileName().toString();
        GoldDocument g = goldByFile.remove(name);
        if (g == null) {
          err.println(e.document().source() + ": no gold file names it (document.file); not scored");
        } else {
          pairs.add(new Evaluator.Pair(e, g));
        }
      });
    }
    goldByFile.keySet().stream().sorted()
        .forEach(f -> err.println(goldDir.resolve(f) + ": gold for an article that was not given; not scored"));
    err.flush();
    return Evaluator.score(pairs);
  }
}
