package org.reckon.server;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;
import org.reckon.store.Database;

/**
 * Connections for the requests that read the record from the database, so that they do not
 * queue behind one connection: up to {@link #SIZE}, opened on first need, each used by one
 * request at a time. Thread-safe.
 */
final class Readers implements AutoCloseable {
  static final int SIZE = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);

  private final Database origin;
  private final BlockingQueue<Database> idle = new ArrayBlockingQueue<>(SIZE);
  private final List<Database> opened = new ArrayList<>();

  Readers(Database origin) {
    this.origin = origin;
  }

  <T> T read(Function<Database, T> work) throws InterruptedException {
    Database db = idle.poll();
    if (db == null) {
      db = openOrWait();
    }
    try {
      return work.apply(db);
    } finally {
      idle.add(db);
    }
  }

  private Database openOrWait() throws InterruptedException {
    synchronized (opened) {
      if (opened.size() < SIZE) {
        Database db = origin.reopen();
        opened.add(db);
        return db;
      }
    }
    return idle.take();
  }

  @Override
  public void close() {
    synchronized (opened) {
      opened.forEach(Database::close);
      opened.clear();
    }
  }
}
