package org.reckon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.reckon.model.Decision;

/**
 * The editors' decisions: an append-only log. The database refuses updates and deletes of it (a
 * trigger), so a decision is undone only by a later one.
 */
public final class DecisionRepository {
  private final Database db;

  DecisionRepository(Database db) {
    this.db = db;
  }

  /** Appends {@code decision} (its {@code seq} is ignored) and returns it with the assigned one. */
  public Decision append(Decision d) {
    return db.inTransaction(c -> {
      MaterialisedRecord.lock(c);
      Decision stored;
      try (PreparedStatement s = c.prepareStatement("INSERT INTO decisions (made_at, made_by, action, incident_id, "
          + "other_incident_id, field, value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", java.sql.Statement.RETURN_GENERATED_KEYS)) {
        s.setString(1, d.madeAt().toString());
        s.setString(2, d.madeBy());
        s.setString(3, d.action().key());
        s.setString(4, d.incidentId());
        s.setString(5, d.other());
        s.setString(6, d.field());
        s.setString(7, d.value());
        s.setString(8, d.reason());
        s.executeUpdate();
        try (ResultSet keys = s.getGeneratedKeys()) {
          keys.next();
          stored = new Decision(keys.getLong(1), d.madeAt(), d.madeBy(), d.action(), d.incidentId(), d.other(), d.field(),
              d.value(), d.reason());
        }
      }
      MaterialisedRecord.decisionsChanged(c, stored);
      return stored;
    });
  }

  /** Every decision, oldest first. */
  public List<Decision> all() {
    return db.read(DecisionRepository::all);
  }

  static List<Decision> all(java.sql.Connection c) throws java.sql.SQLException {
    {
      List<Decision> decisions = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT seq, made_at, made_by, action, incident_id, other_incident_id, "
          + "field, value, reason FROM decisions ORDER BY seq"); ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          decisions.add(new Decision(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
              Decision.Action.fromKey(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
              rs.getString(9)));
        }
      }
      return decisions;
    }
  }
}
