package org.reckon.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reckon.model.CampaignRecord;
import org.reckon.model.Decision;
import org.reckon.model.IncidentSource;
import org.reckon.model.RecordIncident;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.RecordJson;
import org.reckon.store.Database;
import org.reckon.store.Release;

/**
 * Releases: the record frozen under a name, as files others can cite and check.
 *
 * <p>A release holds the incidents (CSV, JSON, GeoJSON), tallies, claims and contradictions (CSV,
 * JSON), a {@code CHANGES.md} against the release before it (incidents added and removed, and
 * each changed field old → new with the decisions behind the change), a {@code CITATION.txt} and
 * a {@code MANIFEST.sha256} of every other file, in {@code sha256sum} format. The database keeps
 * each file whole and refuses to change a release once stored.
 */
public final class Releases {
  /** Names a release may have: they become directory and file names and parts of addresses. */
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  /** The fields of an incident {@code CHANGES.md} compares, in order. */
  static final List<String> COMPARED = List.of("date", "date_precision", "region", "place", "vessels", "killed_min",
      "killed_max", "killed_best", "contested", "survivors_min", "survivors_max", "follow_up_strike", "claimed_affiliation",
      "claimed_cargo", "grade", "status", "sources");
  public static final String MANIFEST = "MANIFEST.sha256";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Releases() {}

  /** A release that cannot be made, with what to do; {@code exists} when only the name is the problem. */
  public static final class ReleaseException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    public final boolean exists;

    ReleaseException(String message, boolean exists) {
      super(message);
      this.exists = exists;
    }
  }

  /** Why {@code name} cannot name a release, or null when it can. */
  public static @Nullable String nameProblem(String name) {
    return NAME.matcher(name).matches() ? null : "'" + name + "' is not a valid release name: use 1 to 64 letters, digits, "
        + "'.', '_' or '-', starting with a letter or digit (e.g. 2026-01)";
  }

  /**
   * Freezes {@code applied}'s record as release {@code name} and stores it.
   *
   * @throws ReleaseException when the name is invalid or taken (nothing stored)
   */
  public static Release create(Database db, Decisions.Applied applied, String name, String by, Instant at) {
    String problem = nameProblem(name);
    if (problem != null) {
      throw new ReleaseException(problem, false);
    }
    if (db.releases().find(name).isPresent()) {
      throw new ReleaseException("release '" + name + "' exists, and releases never change; choose another name", true);
    }
    List<Decision> decisions = db.decisions().all();
    long last = decisions.isEmpty() ? 0 : decisions.get(decisions.size() - 1).seq();
    Release release = build(name, by, at, applied, last, db.releases().latest());
    if (!db.releases().create(release)) {
      throw new ReleaseException("release '" + name + "' exists, and releases never change; choose another name", true);
    }
    return release;
  }

  /** The release of {@code applied}'s record, not stored; {@code previous} is the release it is compared with. */
  static Release build(String name, String by, Instant at, Decisions.Applied applied, long lastDecision, Optional<Release> previous) {
    CampaignRecord record = applied.record();
    long documents = record.incidents().stream().flatMap(i -> i.sources().stream()).map(IncidentSource::documentId).distinct().count();
    String day = at.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    String citation = "Reckon incident record, release " + name + " (" + day + "): " + record.incidents().size()
        + " incidents from " + documents + " source documents; each file's SHA-256 in " + MANIFEST + ".";
    Map<String, String> files = new TreeMap<>();
    for (RecordFiles.What what : List.of(RecordFiles.What.incidents, RecordFiles.What.tallies, RecordFiles.What.claims,
        RecordFiles.What.contradictions)) {
      files.put(what + ".csv", RecordFiles.text(record, what, RecordFiles.Format.csv));
      files.put(what + ".json", RecordFiles.text(record, what, RecordFiles.Format.json));
    }
    files.put("incidents.geojson", RecordFiles.text(record, RecordFiles.What.incidents, RecordFiles.Format.geojson));
    files.put("CHANGES.md", changes(name, day, applied, previous));
    files.put("CITATION.txt", citation + "\n");
    List<Release.File> stored = new ArrayList<>();
    StringBuilder manifest = new StringBuilder();
    files.forEach((path, content) -> {
      String sum = sha256(content);
      stored.add(new Release.File(path, sum, content));
      manifest.append(sum).append("  ").append(path).append('\n');
    });
    stored.add(new Release.File(MANIFEST, sha256(manifest.toString()), manifest.toString()));
    stored.sort((a, b) -> a.path().compareTo(b.path()));
    return new Release(name, at, by, lastDecision, citation, stored);
  }

  /** {@code CHANGES.md}: what changed in the record since {@code previous}, and which decisions changed it. */
  static String changes(String name, String day, Decisions.Applied applied, Optional<Release> previous) {
    StringBuilder md = new StringBuilder();
    List<RecordIncident> incidents = applied.record().incidents();
    if (previous.isEmpty()) {
      md.append("# Release ").append(name).append(" (").append(day).append(")\n\nThe first release: ")
          .append(incidents.size()).append(" incidents.\n\n## Incidents added (").append(incidents.size()).append(")\n\n");
      incidents.forEach(i -> md.append("- ").append(i.incidentId()).append('\n'));
      return md.toString();
    }
    Release before = previous.get();
    Map<String, JsonNode> old = incidentsOf(before);
    Map<String, ObjectNode> now = new LinkedHashMap<>();
    incidents.forEach(i -> now.put(i.incidentId(), RecordJson.incident(i)));
    List<String> added = now.keySet().stream().filter(id -> !old.containsKey(id)).toList();
    List<String> removed = old.keySet().stream().filter(id -> !now.containsKey(id)).toList();
    md.append("# Release ").append(name).append(" (").append(day).append("), changes since ").append(before.name()).append("\n\n");
    md.append("## Incidents added (").append(added.size()).append(")\n\n");
    added.forEach(id -> md.append("- ").append(id).append('\n'));
    md.append(added.isEmpty() ? "None.\n" : "").append("\n## Incidents removed (").append(removed.size()).append(")\n\n");
    removed.forEach(id -> md.append("- ").append(id).append('\n'));
    md.append(removed.isEmpty() ? "None.\n" : "");
    StringBuilder changed = new StringBuilder();
    int count = 0;
    for (Map.Entry<String, ObjectNode> e : now.entrySet()) {
      JsonNode was = old.get(e.getKey());
      if (was == null) {
        continue;
      }
      List<String> lines = new ArrayList<>();
      for (String field : COMPARED) {
        String a = text(was, field);
        String b = text(e.getValue(), field);
        if (!a.equals(b)) {
          lines.add("  - " + field + ": " + a + " → " + b + " — " + behind(applied, e.getKey(), field, before.lastDecision()));
        }
      }
      if (!lines.isEmpty()) {
        count++;
        changed.append("- ").append(e.getKey()).append('\n');
        lines.forEach(l -> changed.append(l).append('\n'));
      }
    }
    md.append("\n## Incidents changed (").append(count).append(")\n\n").append(count == 0 ? "None.\n" : changed);
    return md.toString();
  }

  /** The incidents of {@code release} as it froze them, by id (JSON objects of data-contract §3). */
  public static Map<String, JsonNode> incidentsOf(Release release) {
    Map<String, JsonNode> old = new LinkedHashMap<>();
    try {
      String json = release.files().stream().filter(f -> f.path().equals("incidents.json")).findFirst().orElseThrow().content();
      MAPPER.readTree(json).forEach(n -> old.put(n.get("incident_id").asText(), n));
    } catch (IOException | java.util.NoSuchElementException e) {
      throw new IllegalStateException("release " + release.name() + " has no readable incidents.json", e);
    }
    return old;
  }

  /** The fields of {@link #COMPARED} in which {@code incident} differs from {@code frozen}, its state in a release. */
  public static List<String> changedFields(JsonNode frozen, RecordIncident incident) {
    ObjectNode now = RecordJson.incident(incident);
    return COMPARED.stream().filter(f -> !text(frozen, f).equals(text(now, f))).toList();
  }

  /** The decisions since the last release that changed {@code field} of the incident, or why it changed without one. */
  private static String behind(Decisions.Applied applied, String incident, String field, long since) {
    String changeField = switch (field) {
      case "date_precision" -> "date";
      default -> field;
    };
    List<String> decisions = applied.changes().stream()
        .filter(c -> c.incidentId().equals(incident) && c.decision().seq() > since
            && (c.field().equals(changeField) || field.equals("contested") && c.field().startsWith("killed_")))
        .map(c -> "decision #" + c.decision().seq() + " (" + c.decision().action().key() + " by " + c.decision().madeBy() + ", "
            + c.decision().madeAt() + "): " + c.decision().reason().replaceAll("\\s+", " ").strip())
        .distinct().collect(Collectors.toList());
    return decisions.isEmpty() ? "no decision: re-extraction or new sources" : String.join("; ", decisions);
  }

  private static String text(JsonNode incident, String field) {
    JsonNode v = incident.get(field);
    if (field.equals("sources")) {
      return String.valueOf(v == null ? 0 : v.size());
    }
    if (v == null || v.isNull()) {
      return "-";
    }
    if (v.isArray()) {
      List<String> items = new ArrayList<>();
      v.forEach(x -> items.add(x.asText()));
      return items.isEmpty() ? "-" : String.join("; ", items);
    }
    return v.asText();
  }

  /** Writes each file of {@code release} into {@code dir} (created if missing); refuses to overwrite a file. */
  public static void writeTo(Release release, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Release.File f : release.files()) {
      Path target = dir.resolve(f.path());
      if (Files.exists(target)) {
        throw new ReleaseException(target + " exists; write the release into a new or empty directory", false);
      }
    }
    for (Release.File f : release.files()) {
      Files.writeString(dir.resolve(f.path()), f.content(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
    }
  }

  static String sha256(String content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
