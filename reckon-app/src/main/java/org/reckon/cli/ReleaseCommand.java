package org.reckon.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.reckon.publish.Releases;
import org.reckon.store.Database;
import org.reckon.store.Release;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code reckon release}: frozen, citable versions of the record. */
@Command(name = "release", mixinStandardHelpOptions = true,
    header = "Freeze the record as a citable release",
    description = {
      "A release keeps the incidents (CSV, JSON, GeoJSON), tallies, claims and contradictions (CSV,",
      "JSON), a CHANGES.md against the release before (incidents added, removed, each changed field",
      "old -> new with the decision behind it), a CITATION.txt and a MANIFEST.sha256. The database",
      "keeps every file and refuses to change a release; 'serve' lists them at /releases."
    },
    subcommands = {ReleaseCommand.Create.class, ReleaseCommand.ListReleases.class})
final class ReleaseCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true, header = "Create a release of the current record",
      description = "Freezes the record as release NAME, stores it and, with -o, writes its files into DIR.")
  static final class Create implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOption database;

    @Parameters(paramLabel = "NAME", description = "Release name, e.g. 2026-01: letters, digits, '.', '_', '-'")
    String name = "";

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Also write the files here (a new or empty directory)")
    @Nullable Path output;

    @Option(names = "--by", description = "Who releases (default: the user name)")
    String by = System.getProperty("user.name", "editor");

    @Override
    public Integer call() throws IOException {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = database.open()) {
        Release r;
        try {
          if (output != null && Releases.nameProblem(name) == null && db.releases().find(name).isEmpty()) {
            checkEmpty(output);
          }
          r = Releases.create(db, TheRecord.build(db, spec.commandLine().getErr()), name, by, Clock.systemUTC().instant());
          if (output != null) {
            Releases.writeTo(r, output);
          }
        } catch (Releases.ReleaseException e) {
          throw new Failures.UserError(e.getMessage());
        }
        out.println("Created release " + r.name() + ": " + r.files().size() + " files" + (output == null ? "" : " in " + output) + ".");
        out.println(r.citation());
        out.flush();
      }
      return ReckonCommand.OK;
    }

    private static void checkEmpty(Path dir) throws IOException {
      if (java.nio.file.Files.isDirectory(dir)) {
        try (var entries = java.nio.file.Files.list(dir)) {
          if (entries.findAny().isPresent()) {
            throw new Failures.UserError(dir + " is not empty; write the release into a new or empty directory");
          }
        }
      } else if (java.nio.file.Files.exists(dir)) {
        throw new Failures.UserError(dir + " is a file; give a directory for the release's files");
      }
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, header = "List the releases",
      description = "Name, created, by whom, files, citation.")
  static final class ListReleases implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin DatabaseOption database;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      try (Database db = database.open()) {
        List<Release> releases = db.releases().list();
        if (releases.isEmpty()) {
          out.println("No releases. Make one with 'reckon release create NAME'.");
        } else {
          Table t = new Table("name", "created", "by", "files", "citation");
          releases.forEach(r -> t.row(r.name(), r.createdAt().toString(), r.createdBy(), String.valueOf(r.files().size()),
              r.citation()));
          t.print(out);
        }
        out.flush();
      }
      return ReckonCommand.OK;
    }
  }
}
