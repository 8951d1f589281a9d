package org.reckon.server;

import static j2html.TagCreator.p;
import static j2html.TagCreator.span;
import static j2html.TagCreator.text;

import j2html.tags.DomContent;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.reckon.model.Campaign;
import org.reckon.model.CampaignRecord;
import org.reckon.store.RecordRepository;

/**
 * Charts as inline SVG, drawn on the server: they need no script, load nothing and print. Every
 * text placed in them goes through {@link #esc}.
 */
final class Charts {
  private static final int W = 960;
  private static final int H = 260;
  private static final int PAD = 40;

  private Charts() {}

  static DomContent legend() {
    List<DomContent> items = new java.util.ArrayList<>();
    for (Campaign.Sea sea : Campaign.current().seas()) {
      items.add(span(sea.label()).withClass("legend " + sea.key()));
      items.add(text(" "));
    }
    items.add(span("region unknown").withClass("legend unknown"));
    return p(items.toArray(DomContent[]::new)).withClass("hint");
  }

  /**
   * The most bars the timeline draws, about one per two pixels of its width: a record of more
   * strikes is drawn as bars of several days each, however many strikes it has.
   */
  static final int MAX_BARS = 440;

  /**
   * Bars of deaths per strike over time (the day-dated strikes, by day), with min–max whiskers;
   * each bar links to its incident. Beyond {@link #MAX_BARS} strikes a bar stands for the strikes
   * of some days ({@link #binned}).
   */
  static String timeline(List<RecordRepository.Bar> incidents) {
    if (incidents.isEmpty()) {
      return "<p class=\"hint\">No dated strikes yet.</p>";
    }
    if (incidents.size() > MAX_BARS) {
      return binned(incidents);
    }
    LocalDate first = incidents.get(0).day();
    LocalDate last = incidents.get(incidents.size() - 1).day();
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    int top = incidents.stream().mapToInt(i -> Math.max(nz(i.killedMax(), nz(i.killedMin(), 0)), nz(i.killedMin(), 0))).max().orElse(1);
    top = Math.max(top, 1);
    StringBuilder svg = open("timeline", "Deaths per strike over time");
    axis(svg, first, last, top);
    for (RecordRepository.Bar i : incidents) {
      double x = PAD + (W - 2 * PAD) * ChronoUnit.DAYS.between(first, i.day()) / (double) days;
      int best = nz(i.killedBest(), nz(i.killedMin(), 0));
      double y = y(best, top);
      svg.append("<a href=\"/incidents/").append(esc(i.incidentId())).append("\">")
          .append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"6\" height=\"%.1f\">",
              esc(i.region()), x - 3, y, H - PAD - y))
          .append("<title>").append(esc(i.incidentId() + ": " + Pages.range(i.killedMin(), i.killedMax()) + " killed"))
          .append("</title></rect>");
      if (i.killedMin() != null && !i.killedMin().equals(i.killedMax())) {
        double y1 = y(i.killedMin(), top);
        double y2 = i.killedMax() == null ? PAD : y(i.killedMax(), top);
        svg.append(String.format(Locale.ROOT, "<line class=\"whisker\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>", x, x, y1, y2));
      }
      svg.append("</a>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * The timeline of a record with more than {@link #MAX_BARS} strikes: one bar per span of days
   * (as many days as make at most {@link #MAX_BARS} spans), the sum of its strikes' tolls (best,
   * with the sums of the lower and upper ends as the whisker; no upper end when one has none), in
   * the colour of its sea when all its strikes share one; each links to the list of its incidents.
   */
  private static String binned(List<RecordRepository.Bar> incidents) {
    LocalDate first = incidents.get(0).day();
    LocalDate last = incidents.get(incidents.size() - 1).day();
    long span = ChronoUnit.DAYS.between(first, last) + 1;
    long width = (span + MAX_BARS - 1) / MAX_BARS; // days a bar stands for
    record Bin(LocalDate from, int strikes, int best, int min, @org.jspecify.annotations.Nullable Integer max, String region) {}
    List<Bin> bins = new java.util.ArrayList<>();
    int k = 0;
    while (k < incidents.size()) {
      LocalDate from = first.plusDays(ChronoUnit.DAYS.between(first, incidents.get(k).day()) / width * width);
      LocalDate to = from.plusDays(width - 1);
      int strikes = 0;
      int best = 0;
      int min = 0;
      Integer max = 0;
      String region = incidents.get(k).region();
      for (; k < incidents.size() && !incidents.get(k).day().isAfter(to); k++) {
        RecordRepository.Bar i = incidents.get(k);
        strikes++;
        best += nz(i.killedBest(), nz(i.killedMin(), 0));
        min += nz(i.killedMin(), 0);
        max = max == null || i.killedMax() == null && i.killedMin() != null ? null : max + nz(i.killedMax(), 0);
        region = region.equals(i.region()) ? region : "unknown";
      }
      bins.add(new Bin(from, strikes, best, min, max, region));
    }
    int top = Math.max(1, bins.stream().mapToInt(b -> Math.max(b.best(), b.max() == null ? b.min() : b.max())).max().orElse(1));
    long days = Math.max(1, span - 1);
    double barWidth = Math.max(1, (W - 2 * PAD) / (double) MAX_BARS - 0.5);
    StringBuilder svg = open("timeline", "Deaths per " + width + " days over time");
    axis(svg, first, last, top);
    for (Bin b : bins) {
      double x = PAD + (W - 2 * PAD) * ChronoUnit.DAYS.between(first, b.from()) / (double) days;
      double y = y(b.best(), top);
      LocalDate to = b.from().plusDays(width - 1);
      svg.append("<a href=\"/incidents?from=").append(b.from()).append("&amp;to=").append(to).append("\">")
          .append(String.format(Locale.ROOT, "<rect class=\"bar %s\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\">",
              esc(b.region()), x, y, barWidth, H - PAD - y))
          .append("<title>").append(esc(b.from() + " to " + to + ": " + b.strikes() + " strike(s), "
              + Pages.range(b.min(), b.max()) + " killed")).append("</title></rect>");
      if (b.max() == null || b.min() != b.max()) {
        double y1 = y(b.min(), top);
        double y2 = b.max() == null ? PAD : y(b.max(), top);
        double mid = x + barWidth / 2;
        svg.append(String.format(Locale.ROOT, "<line class=\"whisker\" x1=\"%.1f\" x2=\"%.1f\" y1=\"%.1f\" y2=\"%.1f\"/>",
            mid, mid, y1, y2));
      }
      svg.append("</a>");
    }
    return svg.append("</svg>").toString();
  }

  /**
   * Reported tallies of deaths ({@code killed}: the dated ones, one point per day and figure, however
   * many reports tell it) beside the running sum of strike tolls.
   */
  static String tallies(List<RecordRepository.Told> points, List<CampaignRecord.SumPoint> sum) {
    if (points.isEmpty() && sum.isEmpty()) {
      return "<p class=\"hint\">No tallies yet.</p>";
    }
    LocalDate first = null;
    LocalDate last = null;
    int top = 1;
    for (RecordRepository.Told p : points) {
      first = first == null || p.asOf().isBefore(first) ? p.asOf() : first;
      last = last == null || p.asOf().isAfter(last) ? p.asOf() : last;
      top = Math.max(top, p.count().value());
    }
    for (CampaignRecord.SumPoint p : sum) {
      first = first == null || p.date().isBefore(first) ? p.date() : first;
      last = last == null || p.date().isAfter(last) ? p.date() : last;
      top = Math.max(top, p.killedMin());
    }
    long days = Math.max(1, ChronoUnit.DAYS.between(first, last));
    StringBuilder svg = open("tallies", "Reported death tolls and the sum of strike tolls");
    axis(svg, first, last, top);
    StringBuilder path = new StringBuilder();
    for (CampaignRecord.SumPoint p : sum) {
      double x = PAD + (W - 2 * PAD) * ChronoUnit.DAYS.between(first, p.date()) / (double) days;
      path.append(path.length() == 0 ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y(p.killedMin(), top)));
    }
    if (path.length() > 0) {
      svg.append("<path class=\"sum\" d=\"").append(path.toString().strip()).append("\"/>");
    }
    for (RecordRepository.Told p : points) {
      double x = PAD + (W - 2 * PAD) * ChronoUnit.DAYS.between(first, p.asOf()) / (double) days;
      double y = y(p.count().value(), top);
      String bound = p.count().bound().key();
      String shape = switch (bound) {
        case "at_least", "more_than" -> String.format(Locale.ROOT, "<path class=\"tally\" d=\"M%.1f %.1f l5 9 l-10 0 z\">", x, y - 5);
        case "almost", "at_most" -> String.format(Locale.ROOT, "<path class=\"tally\" d=\"M%.1f %.1f l5 -9 l-10 0 z\">", x, y + 5);
        default -> String.format(Locale.ROOT, "<circle class=\"tally\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\">", x, y);
      };
      String close = shape.startsWith("<circle") ? "</circle>" : "</path>";
      svg.append(shape).append("<title>").append(esc(p.asOf() + ": " + bound.replace('_', ' ') + " " + p.count().value()
          + " (" + (p.reports() == 1 ? p.source() : p.reports() + " reports, first " + p.source()) + ")" + (p.belowEarlierBound() ? " — below an earlier lower bound" : ""))).append("</title>")
          .append(close);
    }
    return svg.append("</svg>").toString();
  }

  /** The campaign's sea areas (campaign.yaml) as shaded ellipses on an equirectangular frame, with their strikes ({@code byRegion} of {@code strikes}) counted inside. */
  static String map(Map<String, Integer> byRegion, int strikes) {
    Campaign.MapFrame f = Campaign.current().map();
    double scale = 700 / (f.east() - f.west());
    int height = (int) Math.round((f.north() - f.south()) * scale);
    StringBuilder svg = new StringBuilder(String.format(Locale.ROOT, "<svg class=\"map\" id=\"map\" viewBox=\"0 0 700 %d\" role=\"img\" "
        + "aria-label=\"Map of the strikes by region\" data-west=\"%s\" data-east=\"%s\" data-south=\"%s\" data-north=\"%s\">",
        height, num(f.west()), num(f.east()), num(f.south()), num(f.north())));
    svg.append(String.format(Locale.ROOT, "<rect class=\"sea\" x=\"0\" y=\"0\" width=\"700\" height=\"%d\"/>", height));
    svg.append("<g id=\"land\"></g>");
    long placed = 0;
    for (Campaign.Sea sea : Campaign.current().seas()) {
      long count = byRegion.getOrDefault(sea.key(), 0);
      placed += count;
      Campaign.Area a = sea.area();
      svg.append(region(sea.key(), (int) Math.round((a.lon() - f.west()) * scale), (int) Math.round((f.north() - a.lat()) * scale),
          (int) Math.round(a.lonRadius() * scale), (int) Math.round(a.latRadius() * scale), sea.label(), count));
    }
    svg.append("</svg>");
    return svg + "<p class=\"hint\">" + (strikes - placed) + " strike(s) with no region stated are not on the map.</p>";
  }

  private static String num(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String region(String key, int cx, int cy, int rx, int ry, String name, long count) {
    return String.format(Locale.ROOT, "<a href=\"/incidents?region=%s\"><ellipse class=\"area %s\" cx=\"%d\" cy=\"%d\" rx=\"%d\" ry=\"%d\">"
        + "<title>%s: %d strike(s)</title></ellipse><text x=\"%d\" y=\"%d\" class=\"area-label\">%s · %d</text></a>",
        key, key, cx, cy, rx, ry, esc(name), count, cx - 60, cy + 5, esc(name), count);
  }

  private static StringBuilder open(String id, String label) {
    return new StringBuilder("<svg class=\"chart\" id=\"").append(id).append("\" viewBox=\"0 0 ").append(W).append(' ').append(H)
        .append("\" role=\"img\" aria-label=\"").append(esc(label)).append("\">");
  }

  private static void axis(StringBuilder svg, LocalDate first, LocalDate last, int top) {
    svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", PAD, W - PAD, H - PAD, H - PAD));
    svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>", PAD, PAD, PAD, H - PAD));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", PAD, H - PAD + 18, first));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>", W - PAD, H - PAD + 18, last));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%d</text>", PAD - 4, PAD + 4, top));
    svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">0</text>", PAD - 4, H - PAD));
  }

  private static double y(int value, int top) {
    return H - PAD - (H - 2 * PAD) * value / (double) top;
  }

  private static int nz(Integer v, int fallback) {
    return v == null ? fallback : v;
  }

  static String esc(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
  }
}
