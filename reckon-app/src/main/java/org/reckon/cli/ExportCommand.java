package org.reckon.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DateRange;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Document;
import org.reckon.publish.Profiles;
import org.reckon.publish.RecordFiles;
import org.reckon.server.Csv;
import org.reckon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code reckon export}: writes stored data as JSON Lines or CSV. */
@Command(name = "export", mixinStandardHelpOptions = true,
    header = "Export stored data as JSON Lines or CSV",
    description = {
      "Writes stored data to standard output or a file: one JSON object per line (jsonl) or CSV",
      "with a header row (UTF-8, RFC 4180; opens in spreadsheets and pandas). A text cell that",
      "starts with = + - @, a tab or a carriage return is written with a ' in front, so that a",
      "spreadsheet shows it as text instead of running it as a formula."
    })
final class ExportCommand implements Callable<Integer> {
  enum What { documents, incidents, tallies, claims, contradictions, actors }

  enum Format { jsonl, json, csv, geojson }

  static final String[] DOCUMENT_COLUMNS = {
    "id", "source", "url", "title", "outlet", "language", "published", "published_from", "published_to",
    "published_basis", "characters", "text"
  };

  @Spec CommandSpec spec;

  @Mixin DatabaseOption database;

  @Option(names = "--what", defaultValue = "documents", description = "What to export: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
  What what = What.documents;

  @Option(names = "--format", defaultValue = "jsonl",
      description = "${COMPLETION-CANDIDATES}: one object per line, one array, or CSV (default: ${DEFAULT-VALUE})")
  Format format = Format.jsonl;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "Incidents in ACLED's or UCDP GED's columns and codes: ${COMPLETION-CANDIDATES} (csv, json, jsonl; "
          + "each column is described in the README)")
  Profiles.@Nullable Profile profile;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write here instead of standard output; the file appears only once complete")
  @Nullable Path output;

  @Override
  public Integer call() throws IOException {
    try (Database db = database.open()) {
      if (output == null) {
        PrintWriter out = spec.commandLine().getOut();
        write(db, out);
        out.flush();
      } else {
        Path target = output.toAbsolutePath();
        Path temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".partial");
        try {
          try (Writer out = new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)) {
            write(db, out);
          }
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
          Files.deleteIfExists(temporary);
        }
        spec.commandLine().getErr().println("Wrote " + what + " to " + output + ".");
      }
    }
    return ReckonCommand.OK;
  }

  private void write(Database db, Writer out) throws IOException {
    if (profile != null) {
      if (what != What.incidents) {
        throw new Failures.UserError("--profile " + profile + " is for --what incidents only");
      }
      if (format == Format.geojson) {
        throw new Failures.UserError("--profile " + profile + " writes csv, json or jsonl, not geojson");
      }
      Profiles.write(profile, TheRecord.build(db, spec.commandLine().getErr()).record().incidents(),
          RecordFiles.Format.valueOf(format.name()), out);
      return;
    }
    if (format == Format.geojson && what != What.incidents) {
      throw new Failures.UserError("--format geojson is for --what incidents only (the others have no places)");
    }
    if (what != What.documents) {
      writeRecord(db, out);
      return;
    }
    try {
      if (format != Format.csv) {
        db.documents().forEach(d -> {
          try {
            out.write(DocumentJson.MAPPER.writeValueAsString(DocumentJson.full(d)));
            out.write('\n');
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } else {
        Csv csv = Csv.open(out, List.of(DOCUMENT_COLUMNS));
        db.documents().forEach(d -> {
          try {
            csv.row(csvRow(d));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
        csv.flush();
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** A part of the reconciled record: JSON keeps every span, CSV is one flat row each. */
  private void writeRecord(Database db, Writer out) throws IOException {
    CampaignRecord record = TheRecord.build(db, spec.commandLine().getErr()).record();
    RecordFiles.write(record, RecordFiles.What.valueOf(what.name()), RecordFiles.Format.valueOf(format.name()), out);
  }

  private static Object[] csvRow(Document d) {
    DateRange range = d.publishedRange();
    return new Object[] {
      d.id(), d.source(), d.url(), d.title(), d.outlet(), d.language(), DocumentJson.iso(d.published()),
      range == null ? null : DocumentJson.iso(range.from()), range == null ? null : DocumentJson.iso(range.to()),
      d.publishedBasis().key(), d.characters(), d.text()
    };
  }

}
