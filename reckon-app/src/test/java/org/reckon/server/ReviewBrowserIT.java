package org.reckon.server;

import java.nio.file.Path;

/** {@link ReviewBrowserContract} on SQLite. */
class ReviewBrowserIT extends ReviewBrowserContract {
  @Override
  String newDatabase(Path dir) {
    return dir.resolve("review.db").toString();
  }

  @Override
  String name() {
    return "review-sqlite";
  }
}
