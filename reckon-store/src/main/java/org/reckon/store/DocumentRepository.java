package org.reckon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DateRange;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.PublishedBasis;

/**
 * Stores and reads documents. The same SQL runs on SQLite and PostgreSQL.
 *
 * <p>Not thread-safe (it shares its {@link Database}'s connection).
 */
public final class DocumentRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final String COLUMNS = "id, source, url, title, outlet, language, published, published_from, "
      + "published_to, published_basis, text, metadata";

  private final Database db;

  DocumentRepository(Database db) {
    this.db = db;
  }

  /**
   * Stores {@code document} unless a document with the same text is already stored; either way
   * remembers {@code document.source()} as a place the text was seen. One transaction.
   *
   * @return true when the document was new
   */
  public boolean add(Document document) {
    return add(document, null);
  }

  /**
   * Stores {@code document} as {@link #add(Document)} does and, in the same transaction, its
   * {@code extraction} (unless one by the same extractor version is there): a document is never
   * stored without the facts that were extracted with it, nor facts without their document.
   *
   * @return true when the document was new
   */
  public boolean add(Document document, @Nullable Extraction extraction) {
    return db.inTransaction(c -> {
      MaterialisedRecord.lock(c);
      String now = ingestedAt(c);
      Set<String> extracted = new HashSet<>();
      boolean added = insert(c, document, extraction, now, extracted);
      recordChanged(c, extracted, added ? 1 : 0);
      return added;
    });
  }

  /**
   * Stores each document with its extraction as {@link #add(Document, Extraction)} does, all in one
   * transaction: for loading many documents at once ({@code reckon import}), where a transaction
   * per document would cost more than the writes. All or nothing; the record is brought up to
   * date once for the batch.
   *
   * @return how many of the documents were new
   */
  public int addAll(List<Extraction> extractions) {
    return db.inTransaction(c -> {
      MaterialisedRecord.lock(c);
      String now = ingestedAt(c);
      Set<String> extracted = new HashSet<>();
      int added = 0;
      for (Extraction e : extractions) {
        added += insert(c, e.document(), e, now, extracted) ? 1 : 0;
      }
      recordChanged(c, extracted, added);
      return added;
    });
  }

  /** The record after documents were stored: rebuilt where facts arrived, else one more version if anything did. */
  private static void recordChanged(Connection c, Set<String> extracted, int added) throws SQLException {
    if (!extracted.isEmpty()) {
      MaterialisedRecord.documentsChanged(c, extracted);
    } else if (added > 0) {
      MaterialisedRecord.bump(c);
    }
  }

  /** Inserts a document (and its facts, adding its id to {@code extracted} when they were new); whether the document was. */
  private static boolean insert(Connection c, Document document, @Nullable Extraction extraction, String now,
      Set<String> extracted) throws SQLException {
    int inserted;
    try (PreparedStatement insert = c.prepareStatement("INSERT INTO documents (" + COLUMNS
        + ", characters, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING")) {
      DateRange range = document.publishedRange();
      insert.setString(1, document.id());
      insert.setString(2, document.source());
      insert.setString(3, document.url());
      insert.setString(4, document.title());
      insert.setString(5, document.outlet());
      insert.setString(6, document.language());
      insert.setString(7, iso(document.published()));
      insert.setString(8, range == null ? null : iso(range.from()));
      insert.setString(9, range == null ? null : iso(range.to()));
      insert.setString(10, document.publishedBasis().key());
      insert.setString(11, document.text());
      insert.setString(12, json(document.metadata()));
      insert.setInt(13, document.characters());
      insert.setString(14, now);
      inserted = insert.executeUpdate();
    }
    try (PreparedStatement seen = c.prepareStatement(
        "INSERT INTO document_sources (document_id, source, first_seen) VALUES (?, ?, ?) ON CONFLICT DO NOTHING")) {
      seen.setString(1, document.id());
      seen.setString(2, document.source());
      seen.setString(3, now);
      seen.executeUpdate();
    }
    if (extraction != null && FactRepository.save(c, extraction, now)) {
      extracted.add(document.id());
    }
    return inserted == 1;
  }

  /**
   * When a document is stored, as {@code ingested_at}: read after the record's lock is taken, so
   * that writers, which take it one at a time, store increasing instants in the order they commit
   * (read before the lock, a writer that waited for it stored an instant older than documents
   * committed before it, and the search index, which adds what was stored since the newest
   * instant it has seen, passed over it); written with all nine fraction digits, so that the
   * text sorts as the time does ({@code Instant.toString} drops trailing zeros, and
   * "12:00:00.5Z" sorted before "12:00:00Z"). Never earlier than the newest stored: a clock set
   * back (NTP, a virtual machine resumed) would otherwise store an instant the index has passed.
   */
  private String ingestedAt(Connection c) throws SQLException {
    String now = INGESTED_AT.format(db.clock().instant());
    try (PreparedStatement s = c.prepareStatement("SELECT max(ingested_at) FROM documents"); ResultSet rs = s.executeQuery()) {
      String newest = rs.next() ? rs.getString(1) : null;
      return newest != null && newest.compareTo(now) > 0 ? newest : now;
    }
  }

  static final java.time.format.DateTimeFormatter INGESTED_AT = new java.time.format.DateTimeFormatterBuilder()
      .appendPattern("uuuu-MM-dd'T'HH:mm:ss").appendFraction(java.time.temporal.ChronoField.NANO_OF_SECOND, 9, 9, true)
      .appendLiteral('Z').toFormatter(java.util.Locale.ROOT).withZone(java.time.ZoneOffset.UTC);

  public int count() {
    return db.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM documents"); ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    });
  }

  /** All documents, without text: by publication date (unknown last), then source. */
  public List<DocumentSummary> list() {
    return page(Integer.MAX_VALUE, 0);
  }

  /** {@code limit} documents of {@link #list()} from {@code offset} on, without text. */
  public List<DocumentSummary> page(int limit, int offset) {
    return db.read(c -> {
      List<DocumentSummary> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT id, source, title, outlet, published, published_basis, "
          + "characters FROM documents ORDER BY published IS NULL, published, source, id LIMIT ? OFFSET ?")) {
        s.setInt(1, limit);
        s.setInt(2, offset);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(new DocumentSummary(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                day(rs.getString(5)), rs.getString(6), rs.getInt(7)));
          }
        }
      }
      return rows;
    });
  }

  /**
   * The one document whose id starts with {@code idPrefix}.
   *
   * @throws StoreException when none or several match, or the prefix is not hex
   */
  public Document find(String idPrefix) {
    String prefix = idPrefix.strip().toLowerCase(java.util.Locale.ROOT);
    if (!prefix.matches("[0-9a-f]{1,64}")) {
      throw new StoreException("'" + idPrefix + "' is not a document id: ids are hex digits; list them with 'reckon docs'");
    }
    List<Document> found = db.read(c -> {
      List<Document> rows = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM documents WHERE id >= ? AND id < ? "
          + "ORDER BY id LIMIT 6")) {
        s.setString(1, prefix);
        s.setString(2, prefix + "g"); // 'g' sorts after every hex digit
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            rows.add(document(rs));
          }
        }
      }
      return rows;
    });
    if (found.isEmpty()) {
      throw new StoreException("no document id starts with '" + prefix + "' in " + db.description()
          + "; list them with 'reckon docs'");
    }
    if (found.size() > 1) {
      List<String> ids = found.stream().limit(5).map(d -> d.id().substring(0, Math.min(16, d.id().length()))).toList();
      throw new StoreException("'" + prefix + "' matches several documents (" + String.join(", ", ids)
          + (found.size() > 5 ? ", ..." : "") + "); give more digits");
    }
    return found.get(0);
  }

  /** Every name under which the text of document {@code id} was seen, in the order first seen. */
  public List<String> sources(String id) {
    return db.read(c -> {
      List<String> sources = new ArrayList<>();
      try (PreparedStatement s = c.prepareStatement(
          "SELECT source FROM document_sources WHERE document_id = ? ORDER BY first_seen, source")) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            sources.add(rs.getString(1));
          }
        }
      }
      return sources;
    });
  }

  /**
   * Streams the documents stored at or after {@code since} (an {@code ingested_at} instant; null for
   * all), oldest first, each with when it was stored, without holding them all in memory.
   */
  public void forEachIngestedSince(@Nullable String since, java.util.function.BiConsumer<Document, String> action) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + ", ingested_at FROM documents"
          + (since == null ? "" : " WHERE ingested_at >= ?") + " ORDER BY ingested_at, id")) {
        if (since != null) {
          s.setString(1, since);
        }
        s.setFetchSize(100);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            action.accept(document(rs), rs.getString("ingested_at"));
          }
        }
      }
      return null;
    });
  }

  /** Streams every document, in the order of {@link #list()}, without holding them all in memory. */
  public void forEach(Consumer<Document> action) {
    db.read(c -> {
      try (PreparedStatement s = c.prepareStatement("SELECT " + COLUMNS + " FROM documents "
          + "ORDER BY published IS NULL, published, source, id")) {
        s.setFetchSize(100);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            action.accept(document(rs));
          }
        }
      }
      return null;
    });
  }

  static Document document(ResultSet rs) throws SQLException {
    LocalDate from = day(rs.getString("published_from"));
    LocalDate to = day(rs.getString("published_to"));
    return new Document(
        rs.getString("id"),
        rs.getString("source"),
        rs.getString("url"),
        rs.getString("title"),
        rs.getString("outlet"),
        rs.getString("language"),
        day(rs.getString("published")),
        from == null && to == null ? null : new DateRange(from, to),
        PublishedBasis.fromKey(rs.getString("published_basis")),
        rs.getString("text"),
        metadata(rs.getString("metadata")));
  }

  private static @Nullable String iso(@Nullable LocalDate day) {
    return day == null ? null : day.toString();
  }

  private static @Nullable LocalDate day(@Nullable String iso) {
    return iso == null ? null : LocalDate.parse(iso);
  }

  private static String json(Map<String, String> metadata) {
    try {
      return JSON.writeValueAsString(metadata);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always serialises", e);
    }
  }

  private static Map<String, String> metadata(String json) throws SQLException {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, String>>() {});
    } catch (JsonProcessingException e) {
      throw new SQLException("documents.metadata is not a JSON object of strings: " + json, e);
    }
  }

}
