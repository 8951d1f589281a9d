package org.reckon.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.reckon.store.Database;
import org.reckon.store.DocumentSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reckon docs}: lists the stored documents. */
@Command(name = "docs", mixinStandardHelpOptions = true,
    header = "List the stored documents",
    description = "Lists the stored documents: id, source, published, title, characters.")
final class DocsCommand implements Callable<Integer> {
  enum Format { table, jsonl }

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(names = "--format", defaultValue = "table",
      description = "table or jsonl (default: ${DEFAULT-VALUE})")
  Format format = Format.table;

  @Override
  public Integer call() throws JsonProcessingException {
    PrintWriter out = spec.commandLine().getOut();
    try (Database db = database.open()) {
      List<DocumentSummary> documents = db.documents().list();
      if (format == Format.jsonl) {
        for (DocumentSummary d : documents) {
          out.println(DocumentJson.MAPPER.writeValueAsString(DocumentJson.summary(d)));
        }
      } else {
        printTable(documents, out);
      }
      out.flush();
      if (documents.isEmpty() && format == Format.table) {
        spec.commandLine().getErr().println("No documents in " + db.description() + " yet; add some with 'reckon ingest PATH'.");
      }
    }
    return ReckonCommand.OK;
  }

  static void printTable(List<DocumentSummary> documents, PrintWriter out) {
    Table table = new Table("ID", "PUBLISHED", "BASIS", "CHARS", "SOURCE", "TITLE");
    for (DocumentSummary d : documents) {
      table.row(d.id().substring(0, 12),
          d.published() == null ? "-" : d.published().toString(),
          d.publishedBasis(),
          String.valueOf(d.characters()),
          Table.clip(d.source(), 48),
          d.title() == null ? "-" : Table.clip(d.title(), 60));
    }
    table.print(out);
  }
}
