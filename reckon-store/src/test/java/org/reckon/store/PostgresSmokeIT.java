package org.reckon.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostgresSmokeIT {
  @Test
  void start_asAnyUser_servesQueries() throws Exception {
    try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start()) {
      String url = server.newDatabaseUrl();
      try (Database db = Database.open(url)) {
        assertThat(db.documents().count()).isZero();
      }
    }
  }
}
