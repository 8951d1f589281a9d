package org.reckon.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The releases, immutable: the database refuses updates and deletes of them, and files beyond
 * the number a release declared (triggers), so a published release stays as it was cited. Not thread-safe, as its {@link Database}.
 */
public final class ReleaseRepository {
  private final Database db;

  ReleaseRepository(Database db) {
    this.db = db;
  }

  /**
   * Stores {@code release} with its files in one transaction; false (nothing written) when its
   * name is taken. A release counts one change of the record's {@link Database#version()
   * version}: what the review queue shows is since the latest release.
   */
  public boolean create(Release release) {
    return db.inTransaction(c -> {
      try (PreparedStatement find = c.prepareStatement("SELECT 1 FROM releases WHERE name = ?")) {
        find.setString(1, release.name());
        try (ResultSet rs = find.executeQuery()) {
          if (rs.next()) {
            return false;
          }
        }
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO releases (name, created_at, created_by, last_decision, files, citation) VALUES (?, ?, ?, ?, ?, ?)")) {
        s.setString(1, release.name());
        s.setString(2, release.createdAt().toString());
        s.setString(3, release.createdBy());
        s.setLong(4, release.lastDecision());
        s.setInt(5, release.files().size());
        s.setString(6, release.citation());
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement(
          "INSERT INTO release_files (release_name, path, sha256, content) VALUES (?, ?, ?, ?)")) {
        for (Release.File f : release.files()) {
          s.setString(1, release.name());
          s.setString(2, f.path());
          s.setString(3, f.sha256());
          s.setString(4, f.content());
          s.addBatch();
        }
        s.executeBatch();
      }
      MaterialisedRecord.bump(c);
      return true;
    });
  }

  /** Every release with its files, oldest first. */
  public List<Release> list() {
    return db.read(c -> {
      Map<String, List<Release.File>> files = new LinkedHashMap<>();
      try (PreparedStatement s = c.prepareStatement("SELECT release_name, path, sha256, content FROM release_files ORDER BY path");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          files.computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
              .add(new Release.File(rs.getString(2), rs.getString(3), rs.getString(4)));
        }
      }
      List<Release> all = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT name, created_at, created_by, last_decision, citation FROM releases ORDER BY created_at, name");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          all.add(release(rs, files.getOrDefault(rs.getString(1), List.of())));
        }
      }
      return all;
    });
  }

  public Optional<Release> find(String name) {
    return list().stream().filter(r -> r.name().equals(name)).findFirst();
  }

  /** The newest release, if any. */
  public Optional<Release> latest() {
    List<Release> all = list();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
  }

  private static Release release(ResultSet rs, List<Release.File> files) throws SQLException {
    return new Release(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3), rs.getLong(4), rs.getString(5), files);
  }
}
