package org.reckon.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.reckon.model.DateRange;
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
    ObjectNode node = MAPPER.createObjectNode();
    node.put("id", d.id());
    node.put("source", d.source());
    node.put("url", d.url());
    node.put("title", d.title());
    node.put("outlet", d.outlet());
    node.put("language", d.language());
    node.put("published", iso(d.published()));
    DateRange range = d.publishedRange();
    if (range == null) {
      node.putNull("published_range");
    } else {
      ArrayNode pair = node.putArray("published_range");
      pair.add(iso(range.from()));
      pair.add(iso(range.to()));
    }
    node.put("published_basis", d.publishedBasis().key());
    node.put("characters", d.characters());
    ObjectNode metadata = node.putObject("metadata");
    d.metadata().forEach(metadata::put);
    node.put("text", d.text());
    return node;
  }

  static @Nullable String iso(@Nullable LocalDate day) {
    return day == null ? null : day.toString();
  }
}
