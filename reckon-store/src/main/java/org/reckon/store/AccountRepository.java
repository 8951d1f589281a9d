package org.reckon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The web UI's accounts and their server-side sessions. Not thread-safe, as its {@link Database}. */
public final class AccountRepository {
  private final Database db;

  AccountRepository(Database db) {
    this.db = db;
  }

  /** Stores a new account; false (and nothing written) when the name is taken. */
  public boolean add(String name, Account.Role role, String passwordHash) {
    return db.inTransaction(c -> {
      try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM accounts WHERE name = ?")) {
        find.setString(1, name);
        try (ResultSet rs = find.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      String now = db.clock().instant().toString();
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO accounts (name, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, name);
        s.setString(2, role.key());
        s.setString(3, passwordHash);
        s.setString(4, now);
        s.setString(5, now);
        s.executeUpdate();
      }
      return true;
    });
  }

  /** Replaces the account's password hash and ends its sessions; false when there is no such account. */
  public boolean setPassword(String name, String passwordHash) {
    return db.inTransaction(c -> {
      int changed;
      try (PreparedStatement s = c.prepareStatement("UPDATE accounts SET password_hash = ?, updated_at = ? WHERE name = ?")) {
        s.setString(1, passwordHash);
        s.setString(2, db.clock().instant().toString());
        s.setString(3, name);
        changed = s.executeUpdate();
      }
      deleteSessionsOf(c, name);
      return changed == 1;
    });
  }

  /** Removes the account and its sessions (its decisions stay in the log); false when there is none. */
  public boolean remove(String name) {
    return db.inTransaction(c -> {
      deleteSessionsOf(c, name);
      try (PreparedStatement s = c.prepareStatement("DELETE FROM accounts WHERE name = ?")) {
        s.setString(1, name);
        return s.executeUpdate() == 1;
      }
    });
  }

  public Optional<Account> find(String name) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "SELECT name, role, password_hash, created_at, updated_at FROM accounts WHERE name = ?")) {
        s.setString(1, name);
        try (ResultSet rs = s.executeQuery()) {
          return rs.next() ? Optional.of(account(rs, 1)) : Optional.<Account>empty();
        }
      }
    });
  }

  /** Every account, by name. */
  public List<Account> list() {
    return db.read(c -> {
      List<Account> all = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT name, role, password_hash, created_at, updated_at FROM accounts ORDER BY name");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          all.add(account(rs, 1));
        }
      }
      return all;
    });
  }

  public long count() {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM accounts"); ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    });
  }

  /** Stores a new session of {@code account}; the token itself is never stored, only its hash. */
  public void addSession(String tokenHash, String account, String csrfToken, Instant expiresAt) {
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO sessions (token_hash, account, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")) {
        s.setString(1, tokenHash);
        s.setString(2, account);
        s.setString(3, csrfToken);
        s.setString(4, db.clock().instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        s.setString(5, expiresAt.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        s.executeUpdate();
      }
      return null;
    });
  }

  /** The session with this token hash, with its account, if it has not expired by {@code now}. */
  public Optional<Session> findSession(String tokenHash, Instant now) {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT a.name, a.role, a.password_hash, a.created_at, a.updated_at, "
          + "s.token_hash, s.csrf_token, s.created_at, s.expires_at FROM sessions s JOIN accounts a ON a.name = s.account "
          + "WHERE s.token_hash = ?")) {
        s.setString(1, tokenHash);
        try (ResultSet rs = s.executeQuery()) {
          if (!rs.next()) {
            return Optional.<Session>empty();
          }
          Instant expires = Instant.parse(rs.getString(9));
          if (!now.isBefore(expires)) {
            return Optional.<Session>empty();
          }
          return Optional.of(new Session(rs.getString(6), account(rs, 1), rs.getString(7), Instant.parse(rs.getString(8)), expires));
        }
      }
    });
  }

  /** Ends one session (logout). */
  public void removeSession(String tokenHash) {
    db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
        s.setString(1, tokenHash);
        s.executeUpdate();
      }
      return null;
    });
  }

  /** Forgets the sessions that ended before {@code now}; returns how many. */
  public int removeExpiredSessions(Instant now) {
    return db.inTransaction(c -> {
      try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE expires_at <= ?")) {
        s.setString(1, now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());
        return s.executeUpdate();
      }
    });
  }

  private static void deleteSessionsOf(java.sql.Connection c, String name) throws SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE account = ?")) {
      s.setString(1, name);
      s.executeUpdate();
    }
  }

  private static Account account(ResultSet rs, int first) throws SQLException {
    return new Account(rs.getString(first), Account.Role.fromKey(rs.getString(first + 1)), rs.getString(first + 2),
        Instant.parse(rs.getString(first + 3)), Instant.parse(rs.getString(first + 4)));
  }
}
