package org.reckon.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** {@link ServerConsistencyContract} on a real PostgreSQL server (Zonky's embedded binaries, started in-process). */
class PostgresServerConsistencyIT extends ServerConsistencyContract {
  private EmbeddedPostgres postgres;

  @Override
  String newDatabase(Path dir) throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE reckon_consistency");
    }
    return postgres.getJdbcUrl("postgres", "reckon_consistency");
  }

  @Override
  void stopDatabase() throws Exception {
    postgres.close();
  }
}
