package org.reckon.reconcile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.reckon.extract.CargoWords;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;
import org.reckon.model.Span;

/**
 * Who claimed an incident's affiliation and cargo (data-contract §3: "each with who claimed it"):
 * the claims of its source documents that name the group or the cargo and speak of this strike
 * (its claims, or ones about the people or boat struck), each with its speaker and whether it
 * asserts or disputes it; where no claim does, the documents that state it in their own voice.
 */
final class Attributions {
  private Attributions() {}

  /** The claims of each document, for {@link #claimedBy}: built once per record, not per incident. */
  static Map<String, List<SourcedClaim>> byDocument(List<SourcedClaim> claims) {
    Map<String, List<SourcedClaim>> by = new HashMap<>();
    claims.forEach(c -> by.computeIfAbsent(c.documentId(), k -> new ArrayList<>()).add(c));
    return by;
  }

  static ObjectNode claimedBy(RecordIncident i, Map<String, List<SourcedClaim>> claimsByDocument) {
    ObjectNode by = JsonNodeFactory.instance.objectNode();
    ObjectNode affiliation = by.putObject("affiliation");
    for (String group : i.claimedAffiliation()) {
      Pattern aliases = Lexicons.aliasPattern(group);
      Predicate<String> names = aliases == null ? t -> t.contains(group) : t -> aliases.matcher(t).find();
      fill(affiliation.putArray(group), i, claimsByDocument,
          c -> names.test(c) && Contradictions.PEOPLE_STRUCK.matcher(c).find(), names);
    }
    ObjectNode cargo = by.putObject("cargo");
    for (String kind : i.claimedCargo()) {
      Predicate<String> names = t -> CargoWords.find(t).contains(kind);
      fill(cargo.putArray(kind), i, claimsByDocument, c -> names.test(c) && Contradictions.VESSEL.matcher(c).find()
          && Contradictions.CARRYING.matcher(c).find(), names);
    }
    return by;
  }

  /**
   * @param general whether a claim not tied to this strike still speaks of it ("the 11 men were
   *     Tren de Aragua members")
   * @param names whether a text names the value at all
   */
  private static void fill(ArrayNode out, RecordIncident i, Map<String, List<SourcedClaim>> claimsByDocument,
      Predicate<String> general, Predicate<String> names) {
    String about = "incident:" + i.date().iso();
    List<SourcedClaim> claims = i.sources().stream()
        .flatMap(s -> claimsByDocument.getOrDefault(s.documentId(), List.of()).stream()).toList();
    for (SourcedClaim c : claims) {
      String text = c.claim().text();
      if (c.claim().about().equals(about) ? names.test(text) : general.test(text)) {
        out.addObject()
            .put("speaker", c.claim().speaker())
            .put("speaker_mention", c.claim().speakerMention())
            .put("speaker_type", c.claim().speakerType().key())
            .put("document_id", c.documentId())
            .put("source", c.source())
            .put("stance", Contradictions.DISPUTE.matcher(text).find() ? "disputes" : "asserts")
            .put("text", text);
      }
    }
    if (!out.isEmpty()) {
      return;
    }
    for (IncidentSource s : i.sources()) {
      for (Span e : s.evidence()) {
        if (names.test(e.text())) {
          out.addObject().putNull("speaker").put("speaker_mention", (String) null).put("speaker_type", "reported")
              .put("document_id", s.documentId()).put("source", s.source()).put("stance", "asserts").put("text", e.text());
          break;
        }
      }
    }
  }
}
