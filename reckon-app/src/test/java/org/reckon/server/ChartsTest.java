package org.reckon.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.reckon.store.RecordRepository;

class ChartsTest {
  private static final LocalDate FIRST = LocalDate.of(2025, 9, 2);
  private static final Pattern BAR = Pattern.compile("<rect class=\"bar ([a-z_]+)\"");
  private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");

  @Test
  void timeline_ofAFewStrikes_drawsOneBarEachLinkedToItsIncident() {
    List<RecordRepository.Bar> strikes = List.of(
        new RecordRepository.Bar("2025-09-02-caribbean", FIRST, "caribbean", 11, 11, 11),
        new RecordRepository.Bar("2025-09-15-eastern_pacific", FIRST.plusDays(13), "eastern_pacific", 3, null, 3));

    String svg = Charts.timeline(strikes);

    assertThat(count(BAR.matcher(svg))).isEqualTo(2);
    assertThat(svg).contains("href=\"/incidents/2025-09-02-caribbean\"", "href=\"/incidents/2025-09-15-eastern_pacific\"",
        "2025-09-15-eastern_pacific: 3–? killed");
  }

  @Test
  void timeline_ofMoreStrikesThanBars_drawsSpansOfDaysThatKeepEveryDeath() {
    List<RecordRepository.Bar> strikes = new ArrayList<>();
    int killed = 0;
    for (int n = 0; n < 3 * Charts.MAX_BARS; n++) {
      LocalDate day = FIRST.plusDays(n / 2);
      int k = 1 + n % 5;
      killed += k;
      strikes.add(new RecordRepository.Bar(day + (n % 2 == 0 ? "-caribbean" : "-eastern_pacific"), day,
          n % 2 == 0 ? "caribbean" : "eastern_pacific", k, k, k));
    }

    String svg = Charts.timeline(strikes);

    assertThat(count(BAR.matcher(svg))).isBetween(2, Charts.MAX_BARS);
    Matcher bar = BAR.matcher(svg);
    while (bar.find()) {
      assertThat(bar.group(1)).as("a span holding both seas' strikes").isEqualTo("unknown");
    }
    int strikesTold = 0;
    int killedTold = 0;
    Matcher title = Pattern.compile(": (\\d+) strike\\(s\\), (\\d+) killed").matcher(svg);
    while (title.find()) {
      strikesTold += Integer.parseInt(title.group(1));
      killedTold += Integer.parseInt(title.group(2));
    }
    assertThat(strikesTold).isEqualTo(strikes.size());
    assertThat(killedTold).isEqualTo(killed);
    assertThat(svg).contains("href=\"/incidents?from=2025-09-02&amp;to=2025-09-03\"").doesNotContain("href=\"/incidents/2025");
    assertThat(count(TITLE.matcher(svg))).isEqualTo(count(BAR.matcher(svg)));
  }

  private static int count(Matcher m) {
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
