package org.reckon.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteDocumentRepositoryTest extends DocumentRepositoryContract {
  @TempDir Path dir;
  private String location;

  @Override
  String newDatabase() {
    location = dir.resolve("reckon.db").toString();
    return location;
  }

  @Override
  String currentLocation() {
    return location;
  }

  @Test
  void open_fileThatIsNotADatabase_saysSo() throws Exception {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "these are notes, not a database ".repeat(100));
    assertThatThrownBy(() -> Database.open(notes.toString(), CLOCK))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith(notes + ": cannot open the database (")
        .hasMessageEndingWith("this file is not a Reckon (SQLite) database; choose another --db");
  }

  @Test
  void open_missingDirectory_saysWhichDirectory() {
    Path missing = dir.resolve("no/such/dir/reckon.db");
    assertThatThrownBy(() -> Database.open(missing.toString(), CLOCK))
        .hasMessage(missing + ": directory " + missing.getParent() + " does not exist; create it or choose another --db");
  }

  @Test
  void open_jdbcSqliteUrl_isAccepted() {
    try (Database other = Database.open("jdbc:sqlite:" + dir.resolve("other.db"), CLOCK)) {
      assertThat(other.documents().count()).isZero();
    }
  }

  @Test
  void open_otherJdbcUrl_isRejectedNamingTheChoices() {
    assertThatThrownBy(() -> Database.open("jdbc:mysql://localhost/reckon?password=secret", CLOCK))
        .hasMessage("jdbc:mysql://localhost/reckon?password=***: unsupported database; "
            + "use a file path (SQLite) or a jdbc:postgresql: URL");
  }
}
