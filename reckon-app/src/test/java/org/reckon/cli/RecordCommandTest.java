package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record built from the real seed articles, through the command line. */
class RecordCommandTest {
  @TempDir Path dir;

  @Test
  void record_fromSeeds_hasOneSeptemberSecondIncidentAndTheTallySeries() throws Exception {
    Path seeds = SharedMaterial.seeds();
    String db = dir.resolve("r.db").toString();
    assertThat(Cli.run("ingest", "--db", db, seeds.toString()).exitCode()).isZero();

    Cli incidents = Cli.run("export", "--db", db, "--what", "incidents", "--format", "json");
    JsonNode array = DocumentJson.MAPPER.readTree(incidents.out());
    List<JsonNode> sept2 = new ArrayList<>();
    array.forEach(i -> {
      if (i.get("date").asText().equals("2025-09-02")) {
        sept2.add(i);
      }
    });
    assertThat(sept2).hasSize(1);
    JsonNode i = sept2.get(0);
    assertThat(i.get("region").asText()).isEqualTo("caribbean");
    assertThat(i.get("killed_min").asInt()).isEqualTo(11);
    assertThat(i.get("killed_max").asInt()).isEqualTo(11);
    assertThat(i.get("follow_up_strike").asBoolean()).isTrue();
    assertThat(i.get("sources").size()).isGreaterThanOrEqualTo(3);
    assertThat(i.get("sources").get(0).get("evidence").get(0).get("text").asText()).isNotBlank();

    Cli tallies = Cli.run("export", "--db", db, "--what", "tallies", "--format", "csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(tallies.out())).getRecords();
    assertThat(rows).extracting(r -> r.get("metric") + " " + r.get("bound") + " " + r.get("value"))
        .contains("killed at_least 95", "killed at_least 99", "vessels at_least 26", "killed almost 100");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("as_of")).isNotEmpty());

    Cli contradictions = Cli.run("export", "--db", db, "--what", "contradictions", "--format", "json");
    JsonNode affiliation = DocumentJson.MAPPER.readTree(contradictions.out()).get(0);
    assertThat(affiliation.get("field").asText()).isEqualTo("affiliation");
    assertThat(affiliation.get("subject").asText()).isEqualTo("Tren de Aragua");
    List<String> asserting = new ArrayList<>();
    affiliation.get("asserting").forEach(c -> asserting.add(c.get("speaker_type").asText() + " " + c.get("speaker").asText()));
    List<String> disputing = new ArrayList<>();
    affiliation.get("disputing").forEach(c -> disputing.add(c.get("speaker_type").asText() + " " + c.get("speaker").asText()));
    assertThat(asserting).contains("named_official Donald Trump");
    assertThat(disputing).contains("named_expert Chris Dalby", "family_member null");
  }

  @Test
  void record_table_andIncidentsCsv() throws Exception {
    Path samples = Path.of(System.getProperty("reckon.home", "../.."), "samples");
    String db = dir.resolve("s.db").toString();
    Cli.run("ingest", "--db", db, samples.toString());

    Cli table = Cli.run("record", "--db", db);
    assertThat(table.exitCode()).isZero();
    assertThat(table.out()).contains("INCIDENT", "2025-10-27-eastern_pacific", "GRADE", "AS OF");

    Cli csv = Cli.run("export", "--db", db, "--what", "incidents", "--format", "csv");
    List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(csv.out())).getRecords();
    CSVRecord oct27 = rows.stream().filter(r -> r.get("incident_id").equals("2025-10-27-eastern_pacific")).findFirst()
        .orElseThrow();
    assertThat(oct27.get("killed_min")).isEqualTo("14");
    assertThat(oct27.get("survivors_min")).isEqualTo("1");
    assertThat(oct27.get("vessels")).isEqualTo("4");
    assertThat(oct27.get("location_precision")).isEqualTo("region");
  }
}
