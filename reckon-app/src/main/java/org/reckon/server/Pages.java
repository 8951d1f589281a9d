package org.reckon.server;

import static j2html.TagCreator.a;
import static j2html.TagCreator.body;
import static j2html.TagCreator.button;
import static j2html.TagCreator.div;
import static j2html.TagCreator.each;
import static j2html.TagCreator.form;
import static j2html.TagCreator.h1;
import static j2html.TagCreator.join;
import static j2html.TagCreator.h2;
import static j2html.TagCreator.head;
import static j2html.TagCreator.header;
import static j2html.TagCreator.html;
import static j2html.TagCreator.input;
import static j2html.TagCreator.label;
import static j2html.TagCreator.li;
import static j2html.TagCreator.link;
import static j2html.TagCreator.main;
import static j2html.TagCreator.mark;
import static j2html.TagCreator.meta;
import static j2html.TagCreator.nav;
import static j2html.TagCreator.option;
import static j2html.TagCreator.p;
import static j2html.TagCreator.rawHtml;
import static j2html.TagCreator.script;
import static j2html.TagCreator.section;
import static j2html.TagCreator.select;
import static j2html.TagCreator.span;
import static j2html.TagCreator.table;
import static j2html.TagCreator.tbody;
import static j2html.TagCreator.td;
import static j2html.TagCreator.text;
import static j2html.TagCreator.th;
import static j2html.TagCreator.thead;
import static j2html.TagCreator.title;
import static j2html.TagCreator.tr;
import static j2html.TagCreator.ul;

import j2html.tags.DomContent;
import j2html.tags.specialized.TableTag;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.reckon.model.Contradiction;
import org.reckon.model.Document;
import org.reckon.model.Extraction;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;
import org.reckon.model.Span;
import org.reckon.search.SearchIndex;
import org.reckon.store.RecordRepository;

/**
 * The HTML pages, built with j2html, which escapes every text it is given: article text and
 * extracted values are untrusted and are never written raw. The one raw insert is Lucene's
 * snippet, whose text Lucene's encoder has escaped and whose only markup is {@code <mark>}.
 */
final class Pages {
  private static final int CONTEXT_CHARS = 140;

  private Pages() {}

  private static String layout(Visitor v, String title, DomContent... content) {
    return layout(v, title, List.of(), content);
  }

  private static String layout(Visitor v, String title, List<String> scripts, DomContent... content) {
    return j2html.TagCreator.document(html(
        head(meta().withCharset("utf-8"), meta().withName("viewport").withContent("width=device-width, initial-scale=1"),
            title(title + " — Reckon"), link().withRel("stylesheet").withHref("/static/reckon.css")),
        body(
            header(nav(a("Reckon").withHref("/").withClass("brand"), a("Overview").withHref("/"), a("Map").withHref("/map"),
                a("Incidents").withHref("/incidents"), a("Claims").withHref("/claims"), a("Search").withHref("/search"),
                a("Downloads").withHref("/downloads"), a("Releases").withHref("/releases"), a("Review").withHref("/review"),
                account(v))),
            main(content),
            each(scripts, src -> script().withSrc(src)),
            script().withSrc("/static/reckon.js"))).withLang("en"));
  }

  /** The visitor's name and a logout button, a login link, or nothing on a server without accounts. */
  private static DomContent account(Visitor v) {
    if (v.signedIn()) {
      return span(span(v.name() + " (" + v.session().account().role().key() + ")").withClass("who"),
          form(csrfField(v), button("Log out").withType("submit")).withMethod("post").withAction("/logout").withClass("inline"))
          .withClass("account");
    }
    return v.accountsExist() ? a("Log in").withHref("/login").withClass("account") : text("");
  }

  /** The hidden field that carries the session's CSRF token in every form that changes something. */
  static DomContent csrfField(Visitor v) {
    return input().withType("hidden").withName(Auth.CSRF_FIELD).withValue(v.csrf());
  }

  static String login(Visitor v, String token, String next, @Nullable String message) {
    if (!v.accountsExist()) {
      return layout(v, "Log in", h1("Log in"), p("This server has no accounts: it is read-only. An administrator adds "
          + "accounts with 'reckon user add NAME --role editor'."));
    }
    return layout(v, "Log in", h1("Log in"),
        message == null ? text("") : p(message).withClass("flag").withId("login-error"),
        form(input().withType("hidden").withName(Auth.CSRF_FIELD).withValue(token),
            input().withType("hidden").withName("next").withValue(next),
            label(text("Name "), input().withName("name").withId("name").isRequired().attr("autocomplete", "username")),
            label(text(" Password "), input().withType("password").withName("password").withId("password").isRequired()
                .attr("autocomplete", "current-password")),
            button("Log in").withType("submit").withId("login")).withMethod("post").withAction("/login").withClass("filters"));
  }

  static String error(Visitor v, int status, String message) {
    return layout(v, "Error " + status, h1("Error " + status), p(message), p(a("Back to the overview").withHref("/")));
  }

  /** The overview around {@code content}, its part that is the same for every visitor ({@link #overviewContent}). */
  static String overview(Visitor v, String content) {
    return layout(v, "Overview", rawHtml(content));
  }

  /**
   * What the overview shows of the record, the same for every visitor: rendered once per version
   * from the record's {@code figures}, its dated tallies of deaths by day and figure ({@code
   * killed}) and its {@code contradictions}.
   */
  static String overviewContent(RecordRepository.Figures f, List<RecordRepository.Told> killed, List<Contradiction> contradictions) {
    long min = f.killedMin();
    long max = f.killedMax();
    boolean open = f.open();
    return join(
        h1("The record"),
        div(figure("strikes", String.valueOf(f.strikes())),
            figure("killed", min == max && !open ? String.valueOf(min) : min + "–" + max + (open ? "+" : "")),
            figure("survivors (at least)", String.valueOf(f.survivors())),
            figure("source documents", f.sources() + " of " + f.documents())).withClass("figures"),
        section(h2("Strikes over time"), p("Deaths per strike; the whisker spans the range sources give. Colour: region.")
            .withClass("hint"), rawHtml(Charts.timeline(f.timeline())), Charts.legend()),
        section(h2("Reported tallies"), p("Campaign death tolls as reported (▲ at least, ● exact, ▼ almost/at most) "
            + "beside the running sum of the strikes' lower bounds (line).").withClass("hint"),
            rawHtml(Charts.tallies(killed, f.killedSum()))),
        section(h2("Contradictions"), contradictions.isEmpty() ? p("None found.")
            : ul(each(contradictions, c -> li(contradiction(c)))))).render();
  }

  private static DomContent figure(String label, String value) {
    return div(span(value).withClass("value"), span(label).withClass("label")).withClass("figure");
  }

  /** The map around {@code content}, its part that is the same for every visitor ({@link #mapContent}). */
  static String map(Visitor v, String content) {
    return layout(v, "Map", List.of("/static/vendor/topojson-client.min.js"), rawHtml(content));
  }

  /** What the map shows of the record (its strikes by region), the same for every visitor: drawn once per version. */
  static String mapContent(RecordRepository.Regions regions) {
    return join(h1("Map"),
        p("Incidents are placed where sources place them. No source gives coordinates yet, so each incident is drawn "
            + "as part of its region: an area, not a pin.").withClass("hint"),
        rawHtml(Charts.map(regions.strikes(), regions.total())),
        Charts.legend()).render();
  }

  static String incidents(Visitor v, RecordRepository.Models page, IncidentQuery q, @Nullable String queryString) {
    String qs = queryString == null ? "" : queryString;
    TableTag table = table(
        thead(tr(sortable("Incident", "region", qs), sortable("Date", "date", qs), th("Region"), th("Vessels"),
            sortable("Killed", "killed", qs), th("Survivors"), sortable("Sources", "sources", qs), sortable("Grade", "grade", qs),
            th("Status"))),
        tbody(each(page.items(), i -> tr(
            td(a(i.incidentId()).withHref("/incidents/" + enc(i.incidentId()))),
            td(i.date().iso()), td(i.region().key().replace('_', ' ')), td(dash(i.vessels())),
            td(range(i.killedMin(), i.killedMax()) + (i.contested() ? " (contested)" : "")),
            td(range(i.survivorsMin(), i.survivorsMax())), td(String.valueOf(i.sources().size())),
            td(span(i.grade()).withClass("grade " + i.grade())), td(i.status())))))
        .withClass("data").withId("incidents");
    return layout(v, "Incidents", h1("Incidents"),
        form(
            label(text("From "), input().withType("date").withName("from").withValue(q.from() == null ? "" : q.from().toString())),
            label(text(" to "), input().withType("date").withName("to").withValue(q.to() == null ? "" : q.to().toString())),
            choice("region", q.region(), IncidentQuery.REGIONS), choice("grade", q.grade(), IncidentQuery.GRADES),
            choice("status", q.status(), IncidentQuery.STATUSES),
            label(text(" text "), input().withType("search").withName("q").withValue(q.text() == null ? "" : q.text())),
            button("Filter").withType("submit")).withMethod("get").withClass("filters"),
        p(text(page.total() + " incident(s). Download this selection: "),
            a("CSV").withHref("/api/export/incidents?format=csv&" + qs), text(" · "),
            a("JSON").withHref("/api/export/incidents?format=json&" + qs), text(" · "),
            a("GeoJSON").withHref("/api/export/incidents?format=geojson&" + qs)),
        table);
  }

  private static DomContent sortable(String label, String key, String qs) {
    String base = qs.replaceAll("(^|&)(sort|order)=[^&]*", "");
    return th(a(label).withHref("/incidents?" + (base.isEmpty() ? "" : base + "&") + "sort=" + key));
  }

  private static DomContent choice(String name, @Nullable String selected, Set<String> values) {
    List<String> sorted = values.stream().sorted().toList();
    return label(text(" " + name + " "), select(option("any").withValue(""),
        each(sorted, v -> option(v.replace('_', ' ')).withValue(v).withCondSelected(v.equals(selected)))).withName(name));
  }

  static String incident(Visitor v, Views.Detail detail) {
    return incident(v, detail, null);
  }

  /** The incident's page; {@code problem} is why the decision just posted was refused. */
  static String incident(Visitor v, Views.Detail detail, @Nullable String problem) {
    RecordIncident i = detail.incident();
    List<SourcedClaim> claims = Views.claimsAbout(detail);
    Map<String, List<SourcedClaim>> byType = new LinkedHashMap<>();
    for (String type : List.of("named_official", "government_spokesperson", "organization", "anonymous_official",
        "family_member", "named_expert", "lawmaker", "other")) {
      List<SourcedClaim> of = claims.stream().filter(c -> c.claim().speakerType().key().equals(type)).toList();
      if (!of.isEmpty()) {
        byType.put(type, of);
      }
    }
    return layout(v, i.incidentId(),
        h1("Strike of " + i.date().iso() + (i.region().key().equals("unknown") ? "" : ", " + i.region().key().replace('_', ' '))),
        table(tbody(
            row("Date", i.date().iso() + " (" + i.date().precision().key() + ")"),
            row("Region", i.region().key()),
            row("Place", i.place() == null ? "-" : i.place()),
            row("Vessels", dash(i.vessels())),
            row("Killed", range(i.killedMin(), i.killedMax()) + (i.killedBest() == null ? "" : ", best " + i.killedBest())
                + (i.contested() ? " — contested: sources disagree" : "")),
            row("Survivors", range(i.survivorsMin(), i.survivorsMax())),
            row("Follow-up strike", i.followUpStrike() == null ? "not stated" : i.followUpStrike() ? "yes" : "no"),
            row("Claimed affiliation", i.claimedAffiliation().isEmpty() ? "-" : String.join("; ", i.claimedAffiliation())),
            row("Claimed cargo", i.claimedCargo().isEmpty() ? "-" : String.join("; ", i.claimedCargo())),
            row("Grade", i.grade()), row("Status", i.status()))).withClass("fields"),
        v.may(org.reckon.store.Account.Role.EDITOR) ? decide(v, detail.mergeable(), i, problem, null) : text(""),
        section(h2("Sources (" + i.sources().size() + ")").withId("sources-heading"), each(i.sources(), src -> div(
            p(a(src.outlet() != null ? src.outlet() : src.source()).withHref("/documents/" + src.documentId().substring(0, 16)),
                text(" · published " + (src.published() == null ? "unknown" : src.published().toString())
                    + " · says " + src.date().iso() + (src.killed() == null ? "" : ", killed " + range(src.killed().min(), src.killed().max())))),
            each(src.evidence(), span -> evidence(detail.documents().get(src.documentId()), span))).withClass("source"))),
        section(h2("What was claimed about it"), byType.isEmpty() ? p("No attributed claims about this strike.")
            : div(each(byType.entrySet().stream().toList(), e -> div(h2(e.getKey().replace('_', ' ')).withClass("h3"),
                each(e.getValue(), Pages::claim)).withClass("claim-group"))).withClass("claims-side-by-side")),
        section(h2("Contradictions"), detail.contradictions().isEmpty()
            ? p("None found among the claims of its sources.")
            : each(detail.contradictions(), Pages::contradictionOfSources)),
        section(h2("How sources were merged"), ul(each(i.mergeNotes(), n -> li(n)))),
        history(History.of(detail.changes(), detail.extracted())));
  }

  /** Each change to the incident's fields: the extracted value, before → after, and the decision behind it. */
  static DomContent history(List<History.Entry> entries) {
    return section(h2("History"), entries.isEmpty() ? p("No editor decisions: every field is as extracted.")
        : table(thead(tr(th("Field"), th("Extracted"), th("Change"), th("Decision"), th("Who"), th("When"), th("Why"))),
            tbody(each(entries, e -> tr(td(e.change().field().replace('_', ' ')), td(orDash(e.extracted())),
                td(orDash(e.change().before()) + " → " + orDash(e.change().after())),
                td("#" + e.change().decision().seq() + " " + e.change().decision().action().key()),
                td(e.change().decision().madeBy()), td(e.change().decision().madeAt().toString()),
                td(e.change().decision().reason()))))).withClass("data").withId("history"));
  }

  private static String orDash(@Nullable String v) {
    return v == null ? "-" : v;
  }

  /**
   * An editor's controls for one incident: confirm, reject, set a field, merge another incident
   * into it (one of {@code others}), split a source off. Each form carries the CSRF token and needs
   * a reason.
   */
  static DomContent decide(Visitor v, List<String> others, RecordIncident i, @Nullable String problem, @Nullable String back) {
    String action = "/incidents/" + enc(i.incidentId()) + "/decisions";
    return section(h2("Decide"), problem == null ? text("") : p(problem).withClass("problem").withId("decision-problem"),
        decisionForm(v, action, back, "confirm-" + i.incidentId(), "confirm", "Confirm"),
        decisionForm(v, action, back, "reject-" + i.incidentId(), "reject", "Reject"),
        decisionForm(v, action, back, "set-" + i.incidentId(), "set", "Set",
            label(text("Set "), select(each(DecisionRequests.SETTABLE, f -> option(f.replace('_', ' ')).withValue(f))).withName("field")),
            label(text(" to "), input().withName("value").isRequired().withPlaceholder("e.g. 11, 2025-09-02, caribbean"))),
        others.isEmpty() ? text("") : decisionForm(v, action, back, "merge-" + i.incidentId(), "merge", "Merge",
            label(text("Merge "), select(each(others, o -> option(o).withValue(o))).withName("other")),
            text(" into this incident")),
        i.sources().size() < 2 ? text("") : decisionForm(v, action, back, "split-" + i.incidentId(), "split", "Split",
            label(text("Split off "), select(each(i.sources(), src -> option((src.outlet() != null ? src.outlet() : shortSource(src.source()))
                + " · " + src.documentId().substring(0, 12)).withValue(src.documentId()))).withName("document"))))
        .withClass("decisions").withCondId(back == null, "decide");
  }

  private static DomContent decisionForm(Visitor v, String action, @Nullable String back, String id, String kind,
      String buttonLabel, DomContent... controls) {
    return form(csrfField(v), input().withType("hidden").withName("action").withValue(kind),
        back == null ? text("") : input().withType("hidden").withName("back").withValue(back),
        each(List.of(controls), c -> c),
        input().withName("reason").isRequired().withPlaceholder("reason (required, kept in the log)").attr("aria-label", "reason"),
        button(buttonLabel).withType("submit").withClass(kind))
        .withMethod("post").withAction(action).withId(id).withClass("decision " + kind);
  }

  private static DomContent row(String name, String value) {
    return tr(th(name), td(value));
  }

  /** The span in its sentence, marked, with a link to the document at that place. */
  private static DomContent evidence(@Nullable Document d, Span span) {
    if (d == null) {
      return p(span.text());
    }
    String text = d.text();
    int from = Math.max(0, span.start() - CONTEXT_CHARS);
    int to = Math.min(text.length(), span.end() + CONTEXT_CHARS);
    return p(text((from > 0 ? "…" : "") + text.substring(from, span.start())), mark(text.substring(span.start(), span.end())),
        text(text.substring(span.end(), to) + (to < text.length() ? "…" : "")), text(" "),
        a("in the document").withHref("/documents/" + d.id().substring(0, 16) + "#s-" + span.start()))
        .withClass("evidence");
  }

  private static DomContent claim(SourcedClaim c) {
    String who = c.claim().speaker() != null ? c.claim().speaker() : c.claim().speakerMention() + " (unnamed)";
    Span first = c.claim().evidence().get(0);
    return div(p(span(who).withClass("speaker"), text(" — " + c.claim().kind().key().replace('_', ' '))),
        p(c.claim().kind().key().equals("direct_quote") ? "“" + c.claim().text() + "”" : c.claim().text()).withClass("claim-text"),
        p(a(c.outlet() != null ? c.outlet() : c.source()).withHref("/documents/" + c.documentId().substring(0, 16) + "#s-" + first.start()))
            .withClass("hint")).withClass("claim");
  }

  /** A contradiction its sources take part in: their claims on each side, and how many the whole record has. */
  private static DomContent contradictionOfSources(RecordRepository.Touching t) {
    Contradiction c = t.contradiction();
    return div(p(span("Contradiction on " + c.field()).withClass("flag"), text(": " + c.subject())),
        div(side("Asserting", c.asserting(), t.asserting()), side("Disputing", c.disputing(), t.disputing())).withClass("two-sides"))
        .withClass("contradiction");
  }

  private static DomContent side(String name, List<SourcedClaim> shown, int inRecord) {
    int others = inRecord - shown.size();
    return div(h2(name).withClass("h3"), each(shown, Pages::claim),
        others <= 0 ? text("") : p(others + (shown.isEmpty() ? "" : " more") + " claim(s) of other reports in the record")
            .withClass("hint"));
  }

  private static DomContent contradiction(Contradiction c) {
    return div(p(span("Contradiction on " + c.field()).withClass("flag"), text(": " + c.subject())),
        div(div(h2("Asserting").withClass("h3"), each(c.asserting(), Pages::claim)),
            div(h2("Disputing").withClass("h3"), each(c.disputing(), Pages::claim))).withClass("two-sides"))
        .withClass("contradiction");
  }

  static String claims(Visitor v, RecordRepository.ClaimPage page, ClaimQuery q) {
    return layout(v, "Claims", h1("Claims"),
        form(label(text("Speaker "), input().withName("speaker").withValue(q.speaker() == null ? "" : q.speaker())),
            choice("speaker_type", q.speakerType(), ClaimQuery.TYPES),
            label(text(" "), select(option("named or not").withValue(""),
                option("named").withValue("true").withCondSelected(Boolean.TRUE.equals(q.named())),
                option("anonymous").withValue("false").withCondSelected(Boolean.FALSE.equals(q.named()))).withName("named")),
            label(text(" subject "), input().withName("about").withValue(q.about() == null ? "" : q.about())),
            label(text(" text "), input().withType("search").withName("q").withValue(q.text() == null ? "" : q.text())),
            button("Filter").withType("submit")).withMethod("get").withClass("filters"),
        p(page.total() + " claim(s)."),
        table(thead(tr(th("Speaker"), th("Type"), th("Kind"), th("Claim"), th("Subject"), th("Source"))),
            tbody(each(page.items(), c -> tr(
                td(c.claim().speaker() != null ? c.claim().speaker() : c.claim().speakerMention()),
                td(c.claim().speakerType().key().replace('_', ' ')), td(c.claim().kind().key().replace('_', ' ')),
                td(c.claim().text()), td(c.claim().about()),
                td(a(c.outlet() != null ? c.outlet() : shortSource(c.source()))
                    .withHref("/documents/" + c.documentId().substring(0, 16) + "#s-" + c.claim().evidence().get(0).start()))))))
            .withClass("data"));
  }

  /** A document's text with the spans of its newest extraction {@code e} (null when it has none) marked. */
  static String document(Visitor v, Document d, @Nullable Extraction e) {
    List<Highlight> marks = new ArrayList<>();
    if (e != null) {
      e.incidents().forEach(x -> x.evidence().forEach(sp -> marks.add(new Highlight(sp, "incident"))));
      e.tallies().forEach(x -> x.evidence().forEach(sp -> marks.add(new Highlight(sp, "tally"))));
      e.claims().forEach(x -> x.evidence().forEach(sp -> marks.add(new Highlight(sp, "claim"))));
      e.instruments().forEach(x -> x.evidence().forEach(sp -> marks.add(new Highlight(sp, "instrument"))));
    }
    return layout(v, d.title() != null ? d.title() : shortSource(d.source()),
        h1(d.title() != null ? d.title() : shortSource(d.source())),
        p((d.outlet() == null ? "" : d.outlet() + " · ") + "published " + (d.published() == null ? "unknown" : d.published())
            + " (" + d.publishedBasis().key() + ") · " + d.characters() + " characters · " + d.source()).withClass("hint"),
        p(span("incident").withClass("legend incident"), text(" "), span("tally").withClass("legend tally"), text(" "),
            span("claim").withClass("legend claim"), text(" "), span("instrument").withClass("legend instrument")),
        div(highlighted(d.text(), marks)).withClass("article"));
  }

  private record Highlight(Span span, String kind) {}

  /** The text in segments, each marked with the kinds of fact whose spans cover it; an anchor at each span start. */
  private static DomContent[] highlighted(String text, List<Highlight> marks) {
    java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
    for (Highlight h : marks) {
      cuts.add(Math.max(0, Math.min(text.length(), h.span().start())));
      cuts.add(Math.max(0, Math.min(text.length(), h.span().end())));
    }
    Set<Integer> starts = marks.stream().map(h -> h.span().start()).collect(Collectors.toSet());
    List<DomContent> out = new ArrayList<>();
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && cut > previous) {
        int a = previous;
        int b = cut;
        String kinds = marks.stream().filter(h -> h.span().start() <= a && b <= h.span().end()).map(Highlight::kind)
            .distinct().sorted().collect(Collectors.joining(" "));
        String piece = text.substring(a, b);
        DomContent content = kinds.isEmpty() ? text(piece) : mark(piece).withClass(kinds);
        out.add(starts.contains(a) ? span(content).withId("s-" + a) : content);
      }
      previous = cut;
    }
    return out.toArray(DomContent[]::new);
  }

  /**
   * The search page with the hits for {@code q}.
   *
   * @throws SearchIndex.QueryTooLargeException when Lucene cannot run {@code q}: show {@link #searchTooLarge}
   */
  static String search(Visitor v, SearchIndex index, @Nullable String q) {
    DomContent results;
    if (q == null) {
      results = p("Search the text of every document: words, \"a phrase\", -exclude, prefix*.").withClass("hint");
    } else {
      SearchIndex.Results r = index.search(q, 50);
      String count = String.format(Locale.ROOT, "%,d", r.total()) + (r.total() == 1 ? " document." : " documents.");
      results = div(p(count), each(r.hits(), h -> div(
          p(a(h.title() != null && !h.title().isBlank() ? h.title() : shortSource(h.source()))
              .withHref("/documents/" + h.documentId().substring(0, 16))),
          p(rawHtml(h.snippetHtml())).withClass("snippet")).withClass("hit")));
    }
    return searchPage(v, q, results);
  }

  /** The search page for a query Lucene cannot run, saying what to change. */
  static String searchTooLarge(Visitor v, @Nullable String q, SearchIndex.QueryTooLargeException e) {
    return searchPage(v, q, p(e.tooManyTerms()
        ? "Too many words to search for at once: " + e.terms() + ", and at most " + SearchIndex.MAX_TERMS
            + " are taken. Search for fewer words."
        : "This search's prefix* and fuzzy~ terms match too many words to search for at once. "
            + "Search for fewer or more exact words."));
  }

  private static String searchPage(Visitor v, @Nullable String q, DomContent results) {
    return layout(v, "Search", h1("Search"),
        form(input().withType("search").withName("q").withValue(q == null ? "" : q).withPlaceholder("e.g. \"Tren de Aragua\" survivors"),
            button("Search").withType("submit")).withMethod("get").withClass("filters"),
        results);
  }

  static String downloads(Visitor v) {
    return layout(v, "Downloads", h1("Downloads"),
        p("The whole record; on the Incidents and Claims pages the links carry the current filter."),
        ul(li(a("Incidents, CSV").withHref("/api/export/incidents?format=csv")),
            li(a("Incidents, JSON (every source span)").withHref("/api/export/incidents?format=json")),
            li(a("Incidents, GeoJSON (region precision)").withHref("/api/export/incidents?format=geojson")),
            li(a("Incidents, ACLED columns (CSV)").withHref("/api/export/incidents?format=csv&profile=acled")),
            li(a("Incidents, UCDP GED columns (CSV)").withHref("/api/export/incidents?format=csv&profile=ucdp")),
            li(a("Tallies, CSV").withHref("/api/export/tallies?format=csv")),
            li(a("Tallies, JSON").withHref("/api/export/tallies?format=json")),
            li(a("Claims, CSV").withHref("/api/export/claims?format=csv")),
            li(a("Claims, JSON").withHref("/api/export/claims?format=json")),
            li(a("API description (OpenAPI)").withHref("/api/openapi.json"))));
  }

  /**
   * The review queue: each incident that needs an editor beside its sources' sentences, with
   * the editor's controls; keys (reckon.js) move between items and confirm.
   */
  static String review(Visitor v, int total, List<ReviewQueue.Item> page, Map<String, List<String>> mergeable,
      Map<String, Document> documents, ReviewQueue.Query q, @Nullable String queryString, @Nullable String lastRelease) {
    String back = "/review" + (queryString == null || queryString.isEmpty() ? "" : "?" + queryString);
    return layout(v, "Review", h1("Review queue"),
        p((lastRelease == null ? "No release yet: every incident is new. " : "Since release " + lastRelease + ". ")
            + "Incidents that need an editor, newest first.").withClass("hint"),
        form(choice("why", q.why(), Set.copyOf(ReviewQueue.REASONS)), choice("region", q.region(), IncidentQuery.REGIONS),
            choice("state", q.state(), ReviewQueue.STATES), button("Filter").withType("submit")).withMethod("get").withClass("filters"),
        p(text(total + " incident(s)" + (total > q.limit() ? ", " + (q.offset() + 1) + "–"
            + Math.min(total, q.offset() + q.limit()) + " shown" : "") + ". Keys: "), span("j").withClass("key"), text("/"), span("k").withClass("key"),
            text(" next/previous, "), span("c").withClass("key"), text(" confirm (type the reason, then Enter), "),
            span("o").withClass("key"), text(" open the incident.")).withClass("hint").withId("keys"),
        div(each(page, item -> reviewItem(v, item, mergeable.getOrDefault(item.incident().incidentId(), List.of()), documents, back)))
            .withId("queue"),
        q.offset() + q.limit() < total
            ? p(a("Next " + q.limit()).withHref("/review?" + (queryString == null ? "" : queryString.replaceAll("(^|&)offset=[^&]*", "")
                + "&") + "offset=" + (q.offset() + q.limit())).withId("next-page"))
            : text(""));
  }

  private static DomContent reviewItem(Visitor v, ReviewQueue.Item item, List<String> mergeable, Map<String, Document> documents,
      String back) {
    RecordIncident i = item.incident();
    String href = "/incidents/" + enc(i.incidentId());
    return div(
        div(h2(a(i.incidentId()).withHref(href)).withClass("item-title"),
            p(each(item.reasons(), r -> span(ReviewQueue.label(r)).withClass("why " + r))),
            item.changedFields().isEmpty() ? text("") : p("Changed: " + String.join(", ", item.changedFields())).withClass("hint"),
            table(tbody(
                row("Date", i.date().iso() + " (" + i.date().precision().key() + ")"),
                row("Region", i.region().key()),
                row("Place", i.place() == null ? "-" : i.place()),
                row("Vessels", dash(i.vessels())),
                row("Killed", range(i.killedMin(), i.killedMax()) + (i.killedBest() == null ? "" : ", best " + i.killedBest())
                    + (i.contested() ? " — contested" : "")),
                row("Survivors", range(i.survivorsMin(), i.survivorsMax())),
                row("Claimed affiliation", i.claimedAffiliation().isEmpty() ? "-" : String.join("; ", i.claimedAffiliation())),
                row("Grade", i.grade()), row("Status", i.status()))).withClass("fields"),
            item.reviewed() ? p(text("Reviewed: "), each(item.decisions().stream().map(c -> c.decision()).distinct().toList(),
                d -> span(d.action().key() + " by " + d.madeBy() + " (" + d.reason() + ") "))).withClass("reviewed")
                : p("Not reviewed since the last release.").withClass("hint"),
            v.may(org.reckon.store.Account.Role.EDITOR) ? decide(v, mergeable, i, null, back + "#item-" + i.incidentId()) : text("")),
        div(each(ReviewQueue.shownSources(i), src -> div(p(a(src.outlet() != null ? src.outlet() : shortSource(src.source()))
                .withHref("/documents/" + src.documentId().substring(0, 16)),
            text(" · says " + src.date().iso() + (src.killed() == null ? "" : ", killed " + range(src.killed().min(), src.killed().max())))),
            each(src.evidence(), span -> evidence(documents.get(src.documentId()), span))).withClass("source")),
            i.sources().size() > ReviewQueue.SOURCES_SHOWN
                ? p(a("and " + (i.sources().size() - ReviewQueue.SOURCES_SHOWN) + " more source(s) on the incident's page").withHref(href))
                    .withClass("hint more-sources")
                : text(""))
            .withClass("review-sources"))
        .withClass("review-item").withId("item-" + i.incidentId()).attr("data-href", href);
  }

  /** The releases with their files; an admin also gets the form that makes one. */
  static String releases(Visitor v, List<org.reckon.store.Release> releases, @Nullable String problem) {
    List<org.reckon.store.Release> newestFirst = new ArrayList<>(releases);
    java.util.Collections.reverse(newestFirst);
    return layout(v, "Releases", h1("Releases"),
        p("Each release is the record frozen under a name: cite it by its citation line and check its files against "
            + "MANIFEST.sha256. CHANGES.md says what changed since the release before and which decisions changed it.")
            .withClass("hint"),
        problem == null ? text("") : p(problem).withClass("problem").withId("release-problem"),
        v.may(org.reckon.store.Account.Role.ADMIN)
            ? form(csrfField(v), label(text("New release "), input().withName("name").withId("release-name").isRequired()
                .withPlaceholder("e.g. 2026-01")), button("Create release").withType("submit").withId("create-release"))
                .withMethod("post").withAction("/releases").withClass("filters")
            : text(""),
        newestFirst.isEmpty() ? p("No releases yet.") : table(thead(tr(th("Release"), th("Created"), th("By"), th("Citation"),
            th("Files"))), tbody(each(newestFirst, r -> tr(td(r.name()), td(r.createdAt().toString()), td(r.createdBy()),
                td(r.citation()), td(each(r.files(), f -> span(a(f.path()).withHref("/releases/" + enc(r.name()) + "/" + f.path()),
                    text(" "))))).withClass("release")))).withClass("data").withId("releases"));
  }

  static String range(@Nullable Integer min, @Nullable Integer max) {
    if (min == null && max == null) {
      return "-";
    }
    if (min != null && min.equals(max)) {
      return min.toString();
    }
    return (min == null ? "?" : min) + "–" + (max == null ? "?" : max);
  }

  private static String dash(@Nullable Integer n) {
    return n == null ? "-" : n.toString();
  }

  private static String shortSource(String source) {
    int slash = source.lastIndexOf('/');
    return slash >= 0 && slash < source.length() - 1 ? source.substring(slash + 1) : source;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
