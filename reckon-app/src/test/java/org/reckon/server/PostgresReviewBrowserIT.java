package org.reckon.server;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

/** {@link ReviewBrowserContract} on a real PostgreSQL server. */
class PostgresReviewBrowserIT extends ReviewBrowserContract {
  private EmbeddedPostgres postgres;

  @Override
  String newDatabase(Path dir) throws Exception {
    postgres = EmbeddedPostgres.builder().setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start();
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE reckon_review");
    }
    return postgres.getJdbcUrl("postgres", "reckon_review");
  }

  @Override
  void stopDatabase() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Override
  String name() {
    return "review-postgres";
  }
}
