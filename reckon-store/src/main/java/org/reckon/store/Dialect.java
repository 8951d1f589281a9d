package org.reckon.store;

/** The databases Reckon runs on; they differ only in connection setup and migration scripts. */
enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String migrations;

  Dialect(String folder) {
    this.migrations = "classpath:db/migration/" + folder;
  }

  String migrationLocation() {
    return migrations;
  }
}
