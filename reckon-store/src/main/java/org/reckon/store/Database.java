package org.reckon.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.postgresql.ds.PGSimpleDataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * An open Reckon database: a SQLite file (the default) or a PostgreSQL server, migrated to the
 * current schema on open. Holds one connection; not thread-safe: use one per thread.
 */
public final class Database implements AutoCloseable {
  /** The default database, in the working directory. */
  public static final String DEFAULT_LOCATION = "reckon.db";

  private final Dialect dialect;
  private final String location;
  private final String description;
  private final Connection connection;
  private final Clock clock;
  /** How many {@link #read} calls are running on this thread's stack: only the outermost ends the transaction. */
  private int reading;
  /** The isolation level last set on the connection (PostgreSQL); -1 until the first transaction sets it. */
  private int isolation = -1;

  private Database(Dialect dialect, String location, String description, Connection connection, Clock clock) {
    this.dialect = dialect;
    this.location = location;
    this.description = description;
    this.connection = connection;
    this.clock = clock;
  }

  /**
   * Opens (creating it if needed) and migrates the database {@code location} names: a file path,
   * a {@code jdbc:sqlite:} URL or a {@code jdbc:postgresql:} URL.
   *
   * @throws StoreException when it cannot be opened or migrated, with what to do about it
   */
  public static Database open(String location, Clock clock) {
    return open(location, clock, true);
  }

  /** Opens {@code location}, migrating it first (and filling the record if needed) when {@code migrate}. */
  private static Database open(String location, Clock clock, boolean migrate) {
    Dialect dialect;
    DataSource source;
    String shown = redact(location);
    if (location.startsWith("jdbc:postgresql:")) {
      dialect = Dialect.POSTGRESQL;
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(location);
      source = pg;
    } else if (location.startsWith("jdbc:") && !location.startsWith("jdbc:sqlite:")) {
      throw new StoreException(shown + ": unsupported database; use a file path (SQLite) or a jdbc:postgresql: URL");
    } else {
      dialect = Dialect.SQLITE;
      String url = location.startsWith("jdbc:sqlite:") ? location : "jdbc:sqlite:" + location;
      Path file = Path.of(url.substring("jdbc:sqlite:".length()));
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null && !Files.isDirectory(parent)) {
        throw new StoreException(shown + ": directory " + parent + " does not exist; create it or choose another --db");
      }
      SQLiteConfig config = new SQLiteConfig();
      config.enforceForeignKeys(true);
      // WAL keeps readers working during an ingest; every commit is durable against a killed
      // process (only a power loss could drop the last transactions under NORMAL).
      config.setJournalMode(SQLiteConfig.JournalMode.WAL);
      config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
      config.setBusyTimeout(30_000);
      SQLiteDataSource sqlite = new SQLiteDataSource(config);
      sqlite.setUrl(url);
      source = sqlite;
    }
    Connection connection;
    try {
      connection = source.getConnection(); // first, so an unreachable server is named as such
    } catch (SQLException e) {
      throw cannotOpen(shown, e);
    }
    try {
      if (migrate) {
        migrate(dialect, source, shown);
      }
      connection.setAutoCommit(false);
      Database db = new Database(dialect, location, shown, connection, clock);
      if (migrate) {
        db.inTransaction(c -> {
          MaterialisedRecord.buildIfNeeded(c);
          return null;
        });
      }
      return db;
    } catch (SQLException | RuntimeException e) {
      try {
        connection.close();
      } catch (SQLException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof SQLException sql ? cannotOpen(shown, sql) : (RuntimeException) e;
    }
  }

  private static void migrate(Dialect dialect, DataSource source, String shown) {
    try {
      Flyway.configure()
          .dataSource(source)
          .locations(dialect.migrationLocations())
          .loggers("slf4j")
          .load()
          .migrate();
    } catch (FlywayException e) {
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      if (root instanceof SQLException sql) {
        throw cannotOpen(shown, sql);
      }
      throw new StoreException(shown + ": schema migration failed (" + firstLine(e.getMessage())
          + "); the database was left at its previous version", e);
    }
  }

  private static StoreException cannotOpen(String shown, SQLException e) {
    String message = firstLine(e.getMessage());
    String hint = message.toLowerCase(Locale.ROOT).contains("not a database")
        ? "this file is not a Reckon (SQLite) database; choose another --db"
        : shown.startsWith("jdbc:postgresql:")
            ? "check that the server runs and the host, port, database, user and password are right"
            : "check the path and its permissions";
    return new StoreException(shown + ": cannot open the database (" + message + "); " + hint, e);
  }

  /** A JDBC URL without its password, for messages and logs. */
  static String redact(String location) {
    return location.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  static String firstLine(String message) {
    return message == null ? "no detail" : message.lines().findFirst().orElse("no detail").strip();
  }

  /** The documents kept in this database. */
  public DocumentRepository documents() {
    return new DocumentRepository(this);
  }

  /** The editors' decisions, append-only. */
  public DecisionRepository decisions() {
    return new DecisionRepository(this);
  }

  /** The web UI's accounts and sessions. */
  public AccountRepository accounts() {
    return new AccountRepository(this);
  }

  /** The reconciled record as kept in the database, for reading. */
  public RecordRepository record() {
    return new RecordRepository(this);
  }

  /**
   * Another connection to the same database, with the same clock: for a second thread (the
   * server gives each request thread its own). The schema is not looked at again: this database
   * was migrated when it was opened.
   */
  public Database reopen() {
    return open(location, clock, false);
  }

  /**
   * Runs {@code work} on one consistent view of the database: every read inside it (through any
   * repository of this database) sees the same committed state, however many writers commit
   * meanwhile. The result must not be a lazy view of the database.
   */
  public <T> T consistently(java.util.function.Supplier<T> work) {
    return read(c -> work.get());
  }

  /** The number of changes to documents, facts and decisions so far: a new value means a new record. */
  public long version() {
    return read(MaterialisedRecord::version);
  }

  /** The releases, immutable. */
  public ReleaseRepository releases() {
    return new ReleaseRepository(this);
  }

  /** The facts extracted from the documents. */
  public FactRepository facts() {
    return new FactRepository(this);
  }

  /** What the database is, for messages: the file or the URL without password. */
  public String description() {
    return description;
  }

  Connection connection() {
    return connection;
  }

  Dialect dialect() {
    return dialect;
  }

  Clock clock() {
    return clock;
  }

  /** Runs {@code work} in one transaction: it is committed whole or rolled back whole. */
  <T> T inTransaction(SqlWork<T> work) {
    if (reading > 0) {
      throw new IllegalStateException("a write inside a read would end the read's snapshot");
    }
    try {
      isolation(Connection.TRANSACTION_READ_COMMITTED);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException(description + ": " + firstLine(e.getMessage()) + "; nothing of this write was stored", e);
    }
  }

  /**
   * Runs a read in one transaction (on PostgreSQL at REPEATABLE READ, so that all its statements
   * see one snapshot, as SQLite's WAL gives any transaction); rolls back afterwards so no snapshot
   * is held open. A read inside a read joins the outer one.
   */
  <T> T read(SqlWork<T> work) {
    try {
      if (reading > 0) {
        return work.run(connection);
      }
      isolation(Connection.TRANSACTION_REPEATABLE_READ);
      reading++;
      try {
        return work.run(connection);
      } finally {
        reading--;
        connection.rollback();
      }
    } catch (SQLException e) {
      throw new StoreException(description + ": " + firstLine(e.getMessage()), e);
    }
  }

  /**
   * On PostgreSQL, the isolation of the transactions to come: set only when it changes (each
   * change is a round trip to the server), so a connection that only reads, as the server's
   * readers do, sets it once. Writes run at READ COMMITTED, reads at REPEATABLE READ.
   */
  private void isolation(int level) throws SQLException {
    if (dialect == Dialect.POSTGRESQL && isolation != level) {
      connection.setTransactionIsolation(level);
      isolation = level;
    }
  }

  @FunctionalInterface
  interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException(description + ": could not close cleanly (" + firstLine(e.getMessage()) + ")", e);
    }
  }

  /** Opens {@code location} with the system clock. */
  public static Database open(String location) {
    return open(location, Clock.systemUTC());
  }
}
