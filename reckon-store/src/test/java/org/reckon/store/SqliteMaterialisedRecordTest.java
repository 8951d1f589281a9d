package org.reckon.store;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** {@link MaterialisedRecordContract} on a SQLite file (WAL). */
class SqliteMaterialisedRecordTest extends MaterialisedRecordContract {
  @TempDir Path dir;

  @Override
  String newDatabase() {
    return currentLocation();
  }

  @Override
  String currentLocation() {
    return dir.resolve("reckon.db").toString();
  }
}
