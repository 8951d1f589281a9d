package org.reckon.reconcile;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The armed-groups lexicon of the extraction stage, read for reconciliation. */
final class Lexicons {
  private static final Map<String, Pattern> GROUPS = load();

  private Lexicons() {}

  static List<String> armedGroups() {
    return List.copyOf(GROUPS.keySet());
  }

  static Pattern aliasPattern(String group) {
    return GROUPS.get(group);
  }

  private static Map<String, Pattern> load() {
    Map<String, Pattern> groups = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(
        Lexicons.class.getResourceAsStream("/org/reckon/extract/armed-groups.tsv"), StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", 2);
        List<String> alternatives = new ArrayList<>();
        for (String alias : f[1].split("\\|")) {
          alternatives.add(Pattern.quote(alias.strip()));
        }
        groups.put(f[0], Pattern.compile("(?u)(?<![\\p{L}])(?:" + String.join("|", alternatives) + ")(?![\\p{L}])"));
      }
    } catch (IOException | NullPointerException e) {
      throw new UncheckedIOException(new IOException("armed-groups.tsv is missing or unreadable", e));
    }
    return groups;
  }
}
