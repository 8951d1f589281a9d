package org.reckon.cli;

import java.time.Clock;
import org.reckon.store.Database;
import picocli.CommandLine.Option;

/** The {@code --db} option shared by every command that reads or writes the record. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "PATH_OR_JDBC_URL",
      defaultValue = Database.DEFAULT_LOCATION,
      description = "SQLite file (created if absent) or jdbc:postgresql://host/db?user=..&password=.. "
          + "(default: ${DEFAULT-VALUE})")
  String location = Database.DEFAULT_LOCATION;

  Database open() {
    return Database.open(location, Clock.systemUTC());
  }
}
