package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.ingest.TextNormalizer;
import org.reckon.model.Claim;
import org.reckon.model.ClaimKind;
import org.reckon.model.CountRange;
import org.reckon.model.DateValue;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.Incident;
import org.reckon.model.PublishedBasis;
import org.reckon.model.Region;
import org.reckon.model.Span;
import org.reckon.model.SpeakerType;
import org.reckon.store.Database;

/**
 * An incident's page shows the contradictions its sources take part in: their own claims on each
 * side, and how many claims of other reports take each side, never every claim of a campaign-wide
 * subject. Facts stored as extracted, from short reports written here.
 */
class IncidentContradictionsTest {
  @TempDir Path dir;

  @Test
  void incidentPage_showsItsSourcesSideOfAContradiction_andCountsTheRest() throws Exception {
    try (Database db = Database.open(dir.resolve("c.db").toString(), TestRecord.CLOCK)) {
      store(db, "a.txt", LocalDate.of(2025, 10, 3), Region.fromKey("caribbean"), "Pete Hegseth", SpeakerType.NAMED_OFFICIAL,
          "the three men aboard were members of Tren de Aragua");
      store(db, "b.txt", LocalDate.of(2025, 10, 3), Region.fromKey("caribbean"), null, SpeakerType.FAMILY_MEMBER,
          "none of them belonged to Tren de Aragua; they were fishermen");
      store(db, "c.txt", LocalDate.of(2025, 11, 20), Region.fromKey("eastern_pacific"), "Donald Trump", SpeakerType.NAMED_OFFICIAL,
          "all 11 people killed were Tren de Aragua");
      try (ReckonServer server = ReckonServer.start(db, "127.0.0.1", 0)) {
        String first = page(server, "/incidents/2025-10-03-caribbean");
        String other = page(server, "/incidents/2025-11-20-eastern_pacific");

        assertThat(first).contains("Contradiction on affiliation").contains("the three men aboard were members of Tren de Aragua")
            .contains("none of them belonged to Tren de Aragua; they were fishermen")
            .contains("1 more claim(s) of other reports in the record")
            .doesNotContain("all 11 people killed were Tren de Aragua");
        assertThat(other).contains("Contradiction on affiliation").contains("all 11 people killed were Tren de Aragua")
            .contains("1 claim(s) of other reports in the record")
            .doesNotContain("none of them belonged to Tren de Aragua");
        // the record's list: every claim on each side, at the version it was read at
        HttpResponse<String> listed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + "/api/contradictions")).build(), HttpResponse.BodyHandlers.ofString());
        var all = new com.fasterxml.jackson.databind.ObjectMapper().readTree(listed.body());
        assertThat(all).hasSize(1);
        assertThat(all.get(0).get("field").asText()).isEqualTo("affiliation");
        assertThat(all.get(0).get("asserting")).hasSize(2);
        assertThat(all.get(0).get("disputing")).hasSize(1);
        assertThat(listed.headers().firstValue(ReckonServer.VERSION_HEADER)).hasValue(String.valueOf(db.version()));
      }
    }
  }

  private static void store(Database db, String source, LocalDate day, Region sea, String speaker, SpeakerType type, String said) {
    String text = "A strike on a boat killed people. " + said + ".";
    Document d = new Document(TextNormalizer.sha256(text), source, null, source, "Example Wire", "en", day, null,
        PublishedBasis.HEADER, text, Map.of());
    Span strike = Span.of(text, 0, text.indexOf('.') + 1);
    int at = text.indexOf(said);
    Incident incident = new Incident(DateValue.ofDay(day), false, sea, null, 1, CountRange.exactly(3), null, null, List.of(),
        List.of(), List.of(strike));
    Claim claim = new Claim(speaker, speaker == null ? "a relative" : speaker, type, ClaimKind.PARAPHRASE, said, "campaign",
        List.of(Span.of(text, at, at + said.length())));
    db.documents().add(d, new Extraction(d, "test-1", "en", day, null, PublishedBasis.HEADER, List.of(incident), List.of(),
        List.of(claim), List.of(), List.of()));
  }

  private static String page(ReckonServer server, String path) throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(path).isEqualTo(200);
    return r.body();
  }
}
