package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** What the server's snapshot and search index are kept by: loads shared, waits bounded, never a mixed answer. */
class RefreshingTest {
  /** A "database" whose version the test moves, and a load that reads it, held at a gate when the test closes it. */
  static final class Source {
    final AtomicLong version = new AtomicLong(1);
    final AtomicInteger loads = new AtomicInteger();
    volatile CountDownLatch gate = new CountDownLatch(0);
    /** Counted down once a load has read the version. */
    volatile CountDownLatch read = new CountDownLatch(0);

    Long load() {
      loads.incrementAndGet();
      long v = version.get();
      read.countDown();
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return v;
    }
  }

  @Test
  void beforeTheFirstLoad_waitsForIt_thenAnswersWithoutLoadingAgain() {
    Source db = new Source();
    try (Refreshing<Long> r = new Refreshing<>("test-loader", db::load, v -> v)) {
      assertThat(r.atLeast(1)).isEqualTo(1);
      assertThat(r.atLeast(1)).isEqualTo(1);
      assertThat(db.loads).hasValue(1);
    }
  }

  @Test
  void aNewerVersion_isLoadedOnce_forManyRequests() throws Exception {
    Source db = new Source();
    try (Refreshing<Long> r = new Refreshing<>("test-loader", db::load, v -> v)) {
      r.atLeast(1);
      db.version.set(2);
      db.gate = new CountDownLatch(1);
      List<CompletableFuture<Long>> answers = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        answers.add(CompletableFuture.supplyAsync(() -> r.atLeast(2)));
      }
      db.gate.countDown();
      for (CompletableFuture<Long> a : answers) {
        assertThat(a.get(10, TimeUnit.SECONDS)).isIn(1L, 2L); // 1 only for one that gave up waiting
      }
      assertThat(r.atLeast(2)).isEqualTo(2);
      assertThat(db.loads).hasValue(2);
    }
  }

  @Test
  void aLoadThatOutlastsTheWait_isNotWaitedFor_theNewestLoadedAnswers() throws Exception {
    Source db = new Source();
    try (Refreshing<Long> r = new Refreshing<>("test-loader", db::load, v -> v)) {
      r.atLeast(1);
      db.version.set(2);
      db.gate = new CountDownLatch(1); // the load of version 2 does not end until the test lets it

      assertThat(r.atLeast(2)).isEqualTo(1); // after the wait: the version loaded before
      assertThat(r.latest()).isEqualTo(1);

      db.gate.countDown();
      assertThat(r.refresh().get(10, TimeUnit.SECONDS)).isEqualTo(2);
      assertThat(r.atLeast(2)).isEqualTo(2);
    }
  }

  @Test
  void aLoadBegunBeforeTheVersionAsked_isFollowedByAnother() throws Exception {
    Source db = new Source();
    try (Refreshing<Long> r = new Refreshing<>("test-loader", db::load, v -> v)) {
      r.atLeast(1);
      db.gate = new CountDownLatch(1);
      db.read = new CountDownLatch(1);
      CompletableFuture<Long> first = r.refresh();
      db.read.await(); // it has read version 1 and is held
      db.version.set(2);
      CompletableFuture<Long> asked = CompletableFuture.supplyAsync(() -> r.atLeast(2));
      db.gate.countDown();

      assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
      assertThat(asked.get(10, TimeUnit.SECONDS)).isEqualTo(2);
      assertThat(db.loads).hasValue(3);
    }
  }
}
