package org.reckon.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** {@link MaterialisedRecordContract} on a real PostgreSQL server; a new database for each test. */
class PostgresMaterialisedRecordIT extends MaterialisedRecordContract {
  private static EmbeddedPostgresServer server;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  private String location;

  @Override
  String newDatabase() throws Exception {
    location = server.newDatabaseUrl();
    return location;
  }

  @Override
  String currentLocation() {
    return location;
  }
}
