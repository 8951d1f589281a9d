package org.reckon.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.reckon.extract.ExtractionJson;
import org.reckon.model.Extraction;

/**
 * Stores the facts extracted from documents, one extraction per document and extractor version,
 * each fact as its data-contract §2 JSON with its spans in their own rows. Extractions are never
 * edited: a new extractor version adds a new extraction beside the old one.
 *
 * <p>Not thread-safe (it shares its {@link Database}'s connection).
 */
public final class FactRepository {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Map<String, String> TYPES = Map.of(
      "incidents", "incident", "tallies", "tally", "claims", "claim", "actors", "actor", "instruments", "instrument");
  /** The JSON array of each fact type: the inverse of {@link #TYPES}. */
  static final Map<String, String> PLURALS = Map.of(
      "incident", "incidents", "tally", "tallies", "claim", "claims", "actor", "actors", "instrument", "instruments");

  private final Database db;

  FactRepository(Database db) {
    this.db = db;
  }

  /** Whether {@code documentId} already has an extraction by {@code extractorVersion}. */
  public boolean hasExtraction(String documentId, String extractorVersion) {
    return db.read(c -> exists(c, documentId, extractorVersion));
  }

  /**
   * Stores {@code extraction} unless this document already has one by the same extractor
   * version. One transaction: all its facts and spans, or nothing.
   *
   * @return true when stored, false when it was already there
   */
  public boolean save(Extraction extraction) {
    return db.inTransaction(c -> {
      MaterialisedRecord.lock(c);
      boolean saved = save(c, extraction, db.clock().instant().toString());
      if (saved) {
        MaterialisedRecord.documentsChanged(c, java.util.Set.of(extraction.document().id()));
      }
      return saved;
    });
  }

  /**
   * Stores {@code extraction} on {@code c} (no record update: the caller's transaction does it, see
   * {@link MaterialisedRecord#documentsChanged}).
   */
  static boolean save(Connection c, Extraction extraction, String now) throws SQLException {
    String documentId = extraction.document().id();
    if (exists(c, documentId, extraction.extractorVersion())) {
      return false;
    }
    ObjectNode tree = ExtractionJson.tree(extraction);
    long extractionId;
    try (PreparedStatement s = c.prepareStatement("INSERT INTO extractions (document_id, extractor_version, extracted_at, "
        + "document_facts) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
      s.setString(1, documentId);
      s.setString(2, extraction.extractorVersion());
      s.setString(3, now);
      s.setString(4, tree.get("document").toString());
      s.executeUpdate();
      extractionId = generatedId(s);
    }
    try (PreparedStatement fact = c.prepareStatement("INSERT INTO facts (extraction_id, document_id, fact_type, ordinal, "
        + "payload) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
        PreparedStatement span = c.prepareStatement("INSERT INTO fact_spans (fact_id, ordinal, span_start, span_end, role) "
            + "VALUES (?, ?, ?, ?, 'evidence')")) {
      for (Map.Entry<String, String> type : TYPES.entrySet()) {
        int ordinal = 0;
        for (JsonNode node : tree.get(type.getKey())) {
          fact.setLong(1, extractionId);
          fact.setString(2, documentId);
          fact.setString(3, type.getValue());
          fact.setInt(4, ordinal++);
          fact.setString(5, node.toString());
          fact.executeUpdate();
          long factId = generatedId(fact);
          int spanOrdinal = 0;
          for (JsonNode evidence : node.get("evidence")) {
            span.setLong(1, factId);
            span.setInt(2, spanOrdinal++);
            span.setInt(3, evidence.get("start").asInt());
            span.setInt(4, evidence.get("end").asInt());
            span.executeUpdate();
          }
        }
      }
    }
    return true;
  }

  /** The ids of the documents that have no extraction by {@code extractorVersion}, in id order. */
  public List<String> documentsWithout(String extractorVersion) {
    return db.read(c -> {
      List<String> ids = new java.util.ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT d.id FROM documents d WHERE NOT EXISTS (SELECT 1 FROM "
          + "extractions e WHERE e.document_id = d.id AND e.extractor_version = ?) ORDER BY d.id")) {
        s.setString(1, extractorVersion);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            ids.add(rs.getString(1));
          }
        }
      }
      return ids;
    });
  }

  /**
   * The newest extraction of every document, as model values (for reconciliation), in document
   * id order. Documents never extracted are left out.
   */
  public List<Extraction> latestExtractions() {
    return db.read(c -> List.copyOf(StoredExtractions.newest(c, StoredExtractions.extractedDocuments(c)).values()));
  }

  /** The newest extraction of document {@code documentId}, if it was ever extracted. */
  public java.util.Optional<Extraction> latest(String documentId) {
    return db.read(c -> java.util.Optional.ofNullable(StoredExtractions.newest(c, List.of(documentId)).get(documentId)));
  }

  /** How many facts of each type the newest extraction of every document holds. */
  public Map<String, Integer> countsByType() {
    return db.read(c -> {
      Map<String, Integer> counts = new LinkedHashMap<>();
      for (String type : List.of("incident", "tally", "claim", "actor", "instrument")) {
        counts.put(type, 0);
      }
      try (PreparedStatement s = c.prepareStatement("SELECT f.fact_type, count(*) FROM facts f JOIN extractions e "
          + "ON e.id = f.extraction_id WHERE e.extracted_at = (SELECT max(x.extracted_at) FROM extractions x "
          + "WHERE x.document_id = e.document_id) GROUP BY f.fact_type");
          ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getInt(2));
        }
      }
      return counts;
    });
  }

  /** The JSON payloads of one type of fact from the extraction of {@code documentId} by {@code version}. */
  public List<JsonNode> facts(String documentId, String version, String type) {
    return db.read(c -> {
      List<JsonNode> facts = new java.util.ArrayList<>();
      try (PreparedStatement s = c.prepareStatement("SELECT f.payload FROM facts f JOIN extractions e ON e.id = f.extraction_id "
          + "WHERE e.document_id = ? AND e.extractor_version = ? AND f.fact_type = ? ORDER BY f.ordinal")) {
        s.setString(1, documentId);
        s.setString(2, version);
        s.setString(3, type);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            facts.add(JSON.readTree(rs.getString(1)));
          }
        }
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SQLException("facts.payload is not JSON", e);
      }
      return facts;
    });
  }

  private static boolean exists(Connection c, String documentId, String version) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT 1 FROM extractions WHERE document_id = ? AND extractor_version = ?")) {
      s.setString(1, documentId);
      s.setString(2, version);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static long generatedId(PreparedStatement s) throws SQLException {
    try (ResultSet keys = s.getGeneratedKeys()) {
      if (!keys.next()) {
        throw new SQLException("the database returned no generated id");
      }
      return keys.getLong(1);
    }
  }
}
