package org.reckon.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DateRange;
import org.reckon.model.Document;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon show}: one document's metadata and text, control characters escaped (see {@link TerminalText}). */
@Command(name = "show", mixinStandardHelpOptions = true,
    header = "Print one document's metadata and text",
    description = "Prints a document's metadata and text. The id may be shortened to any unique prefix.")
final class ShowCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Parameters(paramLabel = "ID_PREFIX", description = "The document id, or its first digits")
  String idPrefix = "";

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.open()) {
      Document d = db.documents().find(idPrefix);
      List<String> sources = db.documents().sources(d.id());
      field(out, "id", d.id());
      field(out, "source", d.source());
      if (sources.size() > 1) {
        field(out, "also seen as", String.join(", ", sources.subList(1, sources.size())));
      }
      field(out, "url", d.url());
      field(out, "title", d.title());
      field(out, "outlet", d.outlet());
      field(out, "language", d.language());
      DateRange range = d.publishedRange();
      String published = d.published() != null ? d.published().toString()
          : range != null ? DocumentJson.iso(range.from()) + " .. " + DocumentJson.iso(range.to()) : "unknown";
      field(out, "published", published + " (" + d.publishedBasis().key() + ")");
      field(out, "characters", String.valueOf(d.characters()));
      d.metadata().forEach((k, v) -> field(out, k, v));
      out.println();
      out.println(TerminalText.escapeKeepingLines(d.text()));
      out.flush();
    }
    return ReckonCommand.OK;
  }

  private static void field(PrintWriter out, String name, @Nullable String value) {
    if (value != null) {
      out.printf("%-12s %s%n", TerminalText.escape(name) + ":", TerminalText.escape(value));
    }
  }
}
