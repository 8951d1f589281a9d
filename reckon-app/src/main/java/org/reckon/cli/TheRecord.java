package org.reckon.cli;

import java.io.PrintWriter;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.Reconciler;
import org.reckon.store.Database;

/** The record as every command shows it: reconciled from the stored facts, with the editors' decisions applied. */
final class TheRecord {
  private TheRecord() {}

  static Decisions.Applied build(Database db, PrintWriter err) {
    Decisions.Applied applied = Decisions.apply(Reconciler.reconcile(db.facts().latestExtractions()), db.decisions().all());
    applied.problems().forEach(err::println);
    return applied;
  }
}
