package org.reckon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Document;
import org.reckon.store.DocumentSummary;

/** Documents as JSON objects with the field names of data-contract §2 ({@code document}). */
final class DocumentJson {
  static final ObjectMapper MAPPER = new ObjectMapper();

  private DocumentJson() {}

  static ObjectNode summary(DocumentSummary d) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", d.id());
    node.put("source", d.source());
    node.put("title", d.title());
    node.put("outlet", d.outlet());
    node.put("published", iso(d.published()));
    node.put("published_basis", d.publishedBasis());
    node.put("characters", d.characters());
    return node;
  }

  /** The whole document, text included. */
  static ObjectNode full(Document d) {
    return org.reckon.extract.ExtractionJson.document(d);
  }

  static @Nullable String iso(@Nullable LocalDate day) {
    return day == null ? null : day.toString();
  }
}
