package org.reckon.server;

import java.nio.file.Path;

/** {@link AuthServerContract} on SQLite. */
class AuthServerTest extends AuthServerContract {
  @Override
  String newDatabase(Path dir) {
    return dir.resolve("auth.db").toString();
  }
}
