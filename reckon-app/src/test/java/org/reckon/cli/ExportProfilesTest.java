package org.reckon.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.reckon.publish.Profiles;

/** The ACLED and UCDP profiles: their columns as documented in the README, and loaded by pandas. */
class ExportProfilesTest {
  private static final Path HOME = Path.of(System.getProperty("reckon.home", "../.."));
  @TempDir Path dir;

  private String db() {
    String db = dir.resolve("p.db").toString();
    Cli.run("ingest", "--db", db, HOME.resolve("samples").toString());
    return db;
  }

  /** The column names of the README's table under {@code heading}. */
  private static List<String> documented(String heading) throws Exception {
    String readme = Files.readString(HOME.resolve("README.md"));
    String section = readme.substring(readme.indexOf(heading));
    section = section.substring(0, section.indexOf("\n\n", section.indexOf("|---|")));
    List<String> columns = new ArrayList<>();
    section.lines().filter(l -> l.startsWith("| `")).forEach(l -> {
      for (String c : l.split("\\|")[1].split(",")) {
        columns.add(c.strip().replace("`", ""));
      }
    });
    return columns;
  }

  @Test
  void profiles_documentEveryColumnInTheReadme_inOrder() throws Exception {
    assertThat(documented("### `--profile acled`")).isEqualTo(Profiles.ACLED_COLUMNS);
    assertThat(documented("### `--profile ucdp`")).isEqualTo(Profiles.UCDP_COLUMNS);
  }

  @Test
  void acled_csv_hasTheColumnsAndCodes() {
    Cli r = Cli.run("export", "--db", db(), "--what", "incidents", "--format", "csv", "--profile", "acled");

    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out().lines().findFirst().orElseThrow()).isEqualTo(String.join(",", Profiles.ACLED_COLUMNS));
    assertThat(r.out()).contains("2025-09-02-caribbean,2025-09-02,2025,1,Explosions/Remote violence,Air/drone strike,Caribbean,")
        .contains("Killed: 11 (best 11).");
    assertThat(r.out().lines().filter(l -> l.startsWith("2025-09-02-caribbean,")).findFirst().orElseThrow()).endsWith(",11");
  }

  @Test
  void ucdp_json_hasBestLowHighAndPrecisions() throws Exception {
    Cli r = Cli.run("export", "--db", db(), "--what", "incidents", "--format", "json", "--profile", "ucdp");

    JsonNode first = new ObjectMapper().readTree(r.out()).get(0);
    assertThat(first.get("id").asText()).isEqualTo("2025-09-02-caribbean");
    assertThat(first.get("date_start").asText()).isEqualTo("2025-09-02");
    assertThat(first.get("date_end").asText()).isEqualTo("2025-09-02");
    assertThat(first.get("date_prec").asInt()).isEqualTo(1);
    assertThat(first.get("where_prec").asInt()).isEqualTo(7);
    assertThat(first.get("best").asInt()).isEqualTo(11);
    assertThat(first.get("low").asInt()).isEqualTo(11);
    assertThat(first.get("high").asInt()).isEqualTo(11);
    assertThat(first.get("number_of_sources").asInt()).isEqualTo(2);
  }

  @Test
  void profile_withOtherWhatOrGeojson_isRefused() {
    String db = db();
    assertThat(Cli.run("export", "--db", db, "--what", "tallies", "--profile", "acled").err())
        .isEqualTo("reckon: --profile acled is for --what incidents only\n");
    assertThat(Cli.run("export", "--db", db, "--what", "incidents", "--format", "geojson", "--profile", "ucdp").err())
        .isEqualTo("reckon: --profile ucdp writes csv, json or jsonl, not geojson\n");
  }

  @Test
  void profiles_loadInPandas_withTheDocumentedColumns() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    boolean pandas = Files.isExecutable(python) && new ProcessBuilder(python.toString(), "-c", "import pandas")
        .redirectErrorStream(true).start().waitFor() == 0;
    if (!pandas) {
      if (System.getenv("CI") != null) {
        fail("pandas is not importable by /usr/bin/python3 but CI is set: .ci/run must install Debian's python3-pandas");
      }
      Assumptions.abort("skipped: no pandas for /usr/bin/python3 (apt-get install python3-pandas)");
    }
    String db = db();
    for (String profile : List.of("acled", "ucdp")) {
      Path csv = dir.resolve(profile + ".csv");
      Cli export = Cli.run("export", "--db", db, "--what", "incidents", "--format", "csv", "--profile", profile, "-o", csv.toString());
      assertThat(export.exitCode()).as(export.err()).isZero();
      Process p = new ProcessBuilder(python.toString(), "-c", String.join("\n",
          "import json, sys, pandas as pd",
          "df = pd.read_csv(sys.argv[1])",
          "print(json.dumps({'columns': list(df.columns), 'rows': len(df),"
              + " 'dtypes': {c: str(t) for c, t in df.dtypes.items()}}))"), csv.toString()).redirectErrorStream(true).start();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as(out).isZero();
      JsonNode loaded = new ObjectMapper().readTree(out.lines().reduce((a, b) -> b).orElseThrow());
      List<String> columns = new ArrayList<>();
      loaded.get("columns").forEach(c -> columns.add(c.asText()));
      assertThat(columns).as(profile).isEqualTo(documented("### `--profile " + profile + "`"));
      assertThat(loaded.get("rows").asInt()).isGreaterThanOrEqualTo(6);
      if (profile.equals("acled")) {
        assertThat(loaded.get("dtypes").get("fatalities").asText()).isEqualTo("int64");
        assertThat(loaded.get("dtypes").get("time_precision").asText()).isEqualTo("int64");
      } else {
        assertThat(loaded.get("dtypes").get("best").asText()).isIn("int64", "float64");
        assertThat(loaded.get("dtypes").get("where_prec").asText()).isEqualTo("int64");
      }
    }
  }
}
