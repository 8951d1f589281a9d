package org.reckon.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code reckon} command: a list of subcommands. */
@Command(
    name = "reckon",
    mixinStandardHelpOptions = true,
    versionProvider = ReckonCommand.Version.class,
    description = {
      "Turns news reports of lethal strikes into a sourced, reconciled incident record.",
      ""
    },
    subcommands = {
      DemoCommand.class,
      IngestCommand.class,
      DocsCommand.class,
      ShowCommand.class,
      ExportCommand.class,
      ExtractCommand.class,
      EvalCommand.class,
      ReextractCommand.class,
      RecordCommand.class,
      DecideCommand.class,
      HistoryCommand.class,
      ServeCommand.class,
      UserCommand.class,
      ReleaseCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    },
    footerHeading = "%nExit status:%n",
    footer = {
      "  0  everything succeeded",
      "  1  some inputs failed (each is named on standard error);",
      "     the others were processed",
      "  2  the command could not run: bad arguments, or the database",
      "     cannot be opened or written",
      "",
      "The database is ./reckon.db (SQLite) unless --db names another",
      "file or a jdbc:postgresql: URL."
    })
public final class ReckonCommand implements Runnable {
  static final int OK = 0;
  static final int SOME_INPUTS_FAILED = 1;
  static final int CANNOT_RUN = 2;

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line, with error handling that prints one clear line per failure. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ReckonCommand());
    cli.setExecutionExceptionHandler(new Failures());
    cli.setExitCodeExceptionMapper(e -> CANNOT_RUN);
    cli.getCommandSpec().exitCodeOnInvalidInput(CANNOT_RUN);
    cli.setUsageHelpWidth(100); // the descriptions are written in lines of up to 92 characters
    return cli;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ReckonCommand.class.getPackage().getImplementationVersion();
      return new String[] {"reckon " + (version == null ? "(development build)" : version)};
    }
  }
}
