package org.reckon.server;

import java.nio.file.Path;

/** {@link ServerConsistencyContract} on a SQLite file (WAL). */
class SqliteServerConsistencyTest extends ServerConsistencyContract {
  @Override
  String newDatabase(Path dir) {
    return dir.resolve("consistency.db").toString();
  }

  @Override
  void stopDatabase() {}
}
