package org.reckon.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The campaign Reckon documents, as configuration: its first strike, the striking party, its
 * seas with their place names and the words that find its pages ({@code campaign.yaml}). The
 * bundled file describes the US boat-strike campaign; {@code RECKON_CAMPAIGN=path} (or the
 * property {@code reckon.campaign}) names another, so a second campaign needs no Java.
 */
public record Campaign(String name, LocalDate firstStrike, Set<String> strikingParty, MapFrame map, List<Sea> seas,
    Map<String, List<String>> triggers) {

  /** A sea area: its stable key, its label, a point inside it, the map's ellipse and its place phrases. */
  public record Sea(String key, String label, double centroidLat, double centroidLon, Area area, List<Pattern> places) {
    public Sea {
      places = List.copyOf(places);
    }
  }

  /** An ellipse on the map, in degrees. */
  public record Area(double lat, double lon, double latRadius, double lonRadius) {}

  /** The map's frame, in degrees. */
  public record MapFrame(double west, double east, double south, double north) {}

  public Campaign {
    strikingParty = Set.copyOf(strikingParty);
    seas = List.copyOf(seas);
    triggers = Map.copyOf(triggers);
  }

  private static final String BUNDLED = "/org/reckon/campaign.yaml";
  private static volatile @Nullable Campaign current;

  /** The campaign of this run: the file {@code RECKON_CAMPAIGN} names, else the bundled one. */
  public static Campaign current() {
    Campaign c = current;
    if (c == null) {
      synchronized (Campaign.class) {
        c = current;
        if (c == null) {
          String path = System.getProperty("reckon.campaign", System.getenv("RECKON_CAMPAIGN"));
          c = path == null || path.isBlank() ? bundled() : load(Path.of(path));
          current = c;
        }
      }
    }
    return c;
  }

  private static Campaign bundled() {
    try (InputStream in = Campaign.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new BadCampaignFile("the bundled campaign file " + BUNDLED + " is missing from the build; rebuild Reckon");
      }
      return parse(in, "the bundled " + BUNDLED);
    } catch (IOException e) {
      throw new BadCampaignFile("cannot read the bundled campaign file " + BUNDLED + ": " + e.getMessage(), e);
    }
  }

  /** Reads a campaign file; a file that breaks the shape fails with a message naming the file and the field. */
  public static Campaign load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in, file.toString());
    } catch (IOException e) {
      throw new BadCampaignFile("cannot read the campaign file " + file + " (RECKON_CAMPAIGN): " + e.getMessage()
          + "; give the path of a readable campaign.yaml", e);
    }
  }

  static Campaign parse(InputStream in, String source) throws IOException {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(in);
    } catch (IOException e) {
      throw new BadCampaignFile("the campaign file " + source + " is not valid YAML: " + e.getMessage(), e);
    }
    Fields f = new Fields(source);
    if (root == null || !root.isObject()) {
      throw f.wrong("the top level", "a mapping of name, first_strike, striking_party, map, seas and triggers");
    }
    LocalDate first;
    try {
      first = LocalDate.parse(f.text(root, "first_strike"));
    } catch (DateTimeParseException e) {
      throw f.wrong("first_strike", "a day as YYYY-MM-DD");
    }
    JsonNode m = f.required(root, "map");
    MapFrame frame = new MapFrame(f.number(m, "west"), f.number(m, "east"), f.number(m, "south"), f.number(m, "north"));
    List<Sea> seas = new ArrayList<>();
    for (JsonNode s : f.list(root, "seas")) {
      String key = f.text(s, "key");
      if (!key.matches("[a-z][a-z0-9_]*") || key.equals(Region.UNKNOWN.key())) {
        throw f.wrong("seas: key '" + key + "'", "lower-case letters, digits and '_', and not 'unknown'");
      }
      JsonNode centroid = f.required(s, "centroid");
      JsonNode a = f.required(s, "area");
      List<Pattern> places = new ArrayList<>();
      for (JsonNode p : f.list(s, "places")) {
        try {
          places.add(Pattern.compile("(?iu)(?<![\\p{L}])(?:" + p.asText() + ")(?![\\p{L}])"));
        } catch (PatternSyntaxException e) {
          throw f.wrong("seas: " + key + ": places: '" + p.asText() + "'", "a regular expression (" + e.getDescription() + ")");
        }
      }
      seas.add(new Sea(key, f.text(s, "label"), f.number(centroid, "lat"), f.number(centroid, "lon"),
          new Area(f.number(a, "lat"), f.number(a, "lon"), f.number(a, "lat_radius"), f.number(a, "lon_radius")), places));
    }
    if (seas.isEmpty()) {
      throw f.wrong("seas", "at least one sea");
    }
    Map<String, List<String>> triggers = new java.util.LinkedHashMap<>();
    f.required(root, "triggers").fields().forEachRemaining(e -> {
      List<String> words = new ArrayList<>();
      e.getValue().forEach(w -> words.add(w.asText()));
      triggers.put(e.getKey(), List.copyOf(words));
    });
    Set<String> party = new java.util.LinkedHashSet<>();
    f.list(root, "striking_party").forEach(n -> party.add(n.asText()));
    return new Campaign(f.text(root, "name"), first, party, frame, seas, triggers);
  }

  /** A campaign file that cannot be read or breaks the shape; the message names the file and the fix. */
  public static final class BadCampaignFile extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    BadCampaignFile(String message) {
      super(message);
    }

    BadCampaignFile(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /** The sea with this key, or null. */
  public @Nullable Sea sea(String key) {
    for (Sea s : seas) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }

  /** Reads fields and names the file and the field when one is missing or of the wrong kind. */
  private record Fields(String source) {
    JsonNode required(JsonNode n, String field) {
      JsonNode v = n.get(field);
      if (v == null || v.isNull()) {
        throw wrong(field, "a value (the field is missing)");
      }
      return v;
    }

    String text(JsonNode n, String field) {
      JsonNode v = required(n, field);
      if (!v.isValueNode() || v.asText().isBlank()) {
        throw wrong(field, "a non-empty text");
      }
      return v.asText();
    }

    double number(JsonNode n, String field) {
      JsonNode v = required(n, field);
      if (!v.isNumber()) {
        throw wrong(field, "a number");
      }
      return v.asDouble();
    }

    JsonNode list(JsonNode n, String field) {
      JsonNode v = required(n, field);
      if (!v.isArray()) {
        throw wrong(field, "a list");
      }
      return v;
    }

    BadCampaignFile wrong(String field, String expected) {
      return new BadCampaignFile("the campaign file " + source + ": " + field + " must be " + expected
          + "; fix the file (the bundled campaign.yaml shows the shape)");
    }
  }
}
