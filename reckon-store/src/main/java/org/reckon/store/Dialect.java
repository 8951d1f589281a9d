package org.reckon.store;

/**
 * The databases Reckon runs on; they differ only in connection setup and in the migrations that
 * need vendor SQL (identity columns, triggers). Portable migrations live in {@code common}.
 */
enum Dialect {
  SQLITE("sqlite"),
  POSTGRESQL("postgresql");

  private final String folder;

  Dialect(String folder) {
    this.folder = folder;
  }

  /** Where Flyway finds this database's migrations: the common ones and its own. */
  String[] migrationLocations() {
    return new String[] {"classpath:db/migration/common", "classpath:db/migration/" + folder};
  }
}
