package org.reckon.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.reckon.extract.ExtractionJson;
import org.reckon.model.Document;
import org.reckon.model.Extraction;

/**
 * Reads the newest extraction of given documents back as model values, on the connection of the
 * caller's transaction, in a few statements per batch of documents rather than several per
 * document.
 */
final class StoredExtractions {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** Ids per {@code IN (...)} list: well under the parameter limits of SQLite (32766) and PostgreSQL (65535). */
  private static final int BATCH = 500;

  private StoredExtractions() {}

  /** The newest extraction of each of {@code documentIds} that has one, by document id (sorted). */
  static Map<String, Extraction> newest(Connection c, Collection<String> documentIds) throws SQLException {
    Map<String, Extraction> found = new TreeMap<>();
    List<String> ids = new ArrayList<>(documentIds);
    for (int from = 0; from < ids.size(); from += BATCH) {
      found.putAll(batch(c, ids.subList(from, Math.min(ids.size(), from + BATCH))));
    }
    return found;
  }

  /** The ids of every document with an extraction. */
  static List<String> extractedDocuments(Connection c) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement("SELECT DISTINCT document_id FROM extractions ORDER BY document_id");
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }

  private static Map<String, Extraction> batch(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return Map.of();
    }
    String in = MaterialisedRecord.placeholders(ids.size());
    Map<Long, ObjectNode> trees = new HashMap<>();
    Map<Long, String> documentOf = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT e.id, e.document_id, e.document_facts FROM extractions e "
        + "WHERE e.document_id IN (" + in + ") AND e.id = (SELECT max(x.id) FROM extractions x WHERE x.document_id = e.document_id)")) {
      bind(s, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ObjectNode tree = JSON.createObjectNode();
          tree.set("document", read(rs.getString(3), "extractions.document_facts"));
          for (String plural : FactRepository.TYPES.keySet()) {
            tree.putArray(plural);
          }
          trees.put(rs.getLong(1), tree);
          documentOf.put(rs.getLong(1), rs.getString(2));
        }
      }
    }
    if (trees.isEmpty()) {
      return Map.of();
    }
    List<Long> extractionIds = new ArrayList<>(trees.keySet());
    try (PreparedStatement s = c.prepareStatement("SELECT extraction_id, fact_type, payload FROM facts WHERE extraction_id IN ("
        + MaterialisedRecord.placeholders(extractionIds.size()) + ") ORDER BY extraction_id, fact_type, ordinal")) {
      for (int i = 0; i < extractionIds.size(); i++) {
        s.setLong(i + 1, extractionIds.get(i));
      }
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          ((ArrayNode) trees.get(rs.getLong(1)).get(FactRepository.PLURALS.get(rs.getString(2))))
              .add(read(rs.getString(3), "facts.payload"));
        }
      }
    }
    Map<String, Document> documents = new HashMap<>();
    try (PreparedStatement s = c.prepareStatement("SELECT " + DocumentRepository.COLUMNS + " FROM documents WHERE id IN (" + in + ")")) {
      bind(s, ids);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          Document d = DocumentRepository.document(rs);
          documents.put(d.id(), d);
        }
      }
    }
    Map<String, Extraction> found = new HashMap<>();
    trees.forEach((id, tree) -> {
      Document d = documents.get(documentOf.get(id));
      found.put(d.id(), ExtractionJson.read(tree, d));
    });
    return found;
  }

  private static void bind(PreparedStatement s, List<String> ids) throws SQLException {
    for (int i = 0; i < ids.size(); i++) {
      s.setString(i + 1, ids.get(i));
    }
  }

  private static com.fasterxml.jackson.databind.JsonNode read(String json, String column) throws SQLException {
    try {
      return JSON.readTree(json);
    } catch (JsonProcessingException e) {
      throw new SQLException(column + " holds invalid JSON", e);
    }
  }
}
