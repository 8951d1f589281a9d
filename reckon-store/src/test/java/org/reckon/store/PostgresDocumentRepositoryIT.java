package org.reckon.store;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The storage contract against a real PostgreSQL server; a new database for each test. */
class PostgresDocumentRepositoryIT extends DocumentRepositoryContract {
  private static EmbeddedPostgresServer server;
  private String location;

  @BeforeAll
  static void startServer() throws Exception {
    server = EmbeddedPostgresServer.start();
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close();
  }

  @Override
  String newDatabase() throws Exception {
    location = server.newDatabaseUrl();
    return location;
  }

  @Override
  String currentLocation() {
    return location;
  }

  @Test
  void open_unreachableServer_saysWhatToCheckWithoutThePassword() {
    assertThatThrownBy(() -> Database.open("jdbc:postgresql://127.0.0.1:1/reckon?user=x&password=secret", CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("jdbc:postgresql://127.0.0.1:1/reckon?user=x&password=***: cannot open the database (")
        .hasMessageEndingWith("check that the server runs and the host, port, database, user and password are right")
        .hasMessageNotContaining("secret");
  }
}
