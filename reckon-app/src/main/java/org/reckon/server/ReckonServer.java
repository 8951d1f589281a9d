package org.reckon.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.time.Clock;
import org.reckon.model.Contradiction;
import org.reckon.model.Decision;
import org.reckon.model.Document;
import org.reckon.model.RecordIncident;
import org.reckon.model.SourcedClaim;
import org.reckon.reconcile.Decisions;
import org.reckon.reconcile.RecordJson;
import org.reckon.search.SearchIndex;
import org.reckon.publish.Releases;
import org.reckon.store.Account;
import org.reckon.store.Database;
import org.reckon.store.RecordRepository;
import org.reckon.store.Release;
import org.reckon.store.Session;

/**
 * The HTTP server: pages and the JSON API over one database, answered from what the database
 * keeps of the record, so {@code reckon ingest} and {@code reckon decide} show up without a
 * restart. Incidents (list, page, history), claims, contradictions and downloads of incidents and
 * claims are read per request, filtered and paged by the database's indexes, each answer in one
 * transaction; the pages that draw the whole record read its aggregates and indexes too (the
 * overview's figures, timeline and running toll, the map's counts, the tally series, the actors),
 * and the review queue is worked out in one pass over the served incidents, one at a time. What
 * the same version always gives (the overview, the series, the actors, the queue) is kept per
 * version, never the record itself. The search index is on disk and adds new documents off the
 * request threads ({@link Refreshing}).
 *
 * <p>Every response forbids inline scripts and third-party origins (Content-Security-Policy);
 * article text is untrusted and only ever written escaped.
 *
 * <p>Without accounts the server only reads. With accounts ({@code reckon user add}) reading needs
 * a login unless {@link Options#publicReading()}, editors post decisions (appended to the same
 * log as {@code reckon decide}, under the account's name) and admins create releases; every
 * write needs the session's CSRF token ({@link Auth}) and is checked against the record as it is
 * at that moment, not against a snapshot.
 */
public final class ReckonServer implements AutoCloseable {
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
      + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The version of the database an answer was read at ({@link Database#version()}). */
  static final String VERSION_HEADER = "X-Reckon-Version";

  /**
   * How the server runs.
   *
   * @param publicReading with accounts, whether reading needs no login (editing always does)
   * @param clock the time sessions are started and checked by
   */
  public record Options(boolean publicReading, Clock clock) {
    public static Options defaults() {
      return new Options(false, Clock.systemUTC());
    }
  }

  private final Database db;
  private final Javalin app;
  private final Options options;
  private final Auth auth;
  private final Readers readers;
  /** Answers read from the record, by version and request (at most 256 of them, 32 MB). */
  private final Rendered rendered = new Rendered(256, 32L << 20);
  /** The search index, on disk; documents are added to it off the request threads. */
  private final SearchIndex search = SearchIndex.open();
  /** The version of the database the search index holds every document of. */
  private final Refreshing<Long> indexed = new Refreshing<>("reckon-search-indexer", this::index, v -> v);
  /**
   * What one version of the record always gives and the pages that draw the whole of it show: the
   * overview's content, the map's, the actors as JSON and the review queue, each worked out off
   * the request threads when the version moves ({@link Refreshing}: under a stream of ingests a
   * moment behind, never half of two versions).
   */
  private final Refreshing<Drawn> overviews = new Refreshing<>("reckon-overview", this::drawOverview, Drawn::version);
  private final Refreshing<Drawn> maps = new Refreshing<>("reckon-map", this::drawMap, Drawn::version);
  private final Refreshing<Drawn> actors = new Refreshing<>("reckon-actors", this::actorsJson, Drawn::version);
  private final Refreshing<ReviewQueue.Queue> queues = new Refreshing<>("reckon-review-queue", this::queue, ReviewQueue.Queue::version);

  private ReckonServer(Database db, Options options) {
    this.db = db;
    this.options = options;
    this.readers = new Readers(db);
    this.auth = new Auth(db, options.clock(), readers);
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.staticFiles.add(files -> {
        files.hostedPath = "/static";
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
    });
    app.before(ctx -> {
      ctx.header("Content-Security-Policy", CSP);
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      Visitor v = auth.identify(ctx);
      if (v.signedIn()) {
        ctx.header("Cache-Control", "no-store");
      }
      if (v.accountsExist() && !options.publicReading() && !v.signedIn() && !open(ctx.path())) {
        throw ApiError.loginRequired();
      }
    });
    app.exception(ApiError.class, (e, ctx) -> {
      if (ctx.path().startsWith("/api/")) {
        ctx.status(e.status).json(e.body);
      } else if (e.status == 401) {
        String next = ctx.method().name().equals("GET") ? ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()) : "/";
        ctx.redirect("/login?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8),
            io.javalin.http.HttpStatus.SEE_OTHER);
      } else {
        ctx.status(e.status).html(Pages.error(Auth.visitor(ctx), e.status, String.valueOf(e.body.get("message"))));
      }
    });
    app.error(404, ctx -> {
      // Javalin has already written a plain-text "Not Found" for a route it does not know; an
      // ApiError (incident_not_found, ...) has written JSON, which stays
      boolean json = String.valueOf(ctx.res().getContentType()).startsWith("application/json");
      if (ctx.path().startsWith("/api/") && !json) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("error", "not_found");
        body.put("path", ctx.path());
        body.put("message", "no API route " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json");
        ctx.json(body);
      } else if (ctx.result() == null) {
        ctx.html(Pages.error(Auth.visitor(ctx), 404, "No page at " + ctx.path()));
      }
    });
    routes();
    // warm up off the request threads: the first visitor of a large record should not wait for them
    overviews.refresh();
    indexed.refresh();
  }

  /** Starts a server on {@code host}:{@code port} (0 picks a free port) with the default options. */
  public static ReckonServer start(Database db, String host, int port) {
    return start(db, host, port, Options.defaults());
  }

  /** Starts a server on {@code host}:{@code port} (0 picks a free port). */
  public static ReckonServer start(Database db, String host, int port, Options options) {
    ReckonServer server = new ReckonServer(db, options);
    server.app.start(host, port);
    return server;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
    indexed.close();
    overviews.close();
    maps.close();
    actors.close();
    queues.close();
    search.close();
    readers.close();
  }

  /** Adds the documents stored since the last time to the search index; the version it then holds. */
  private long index() {
    return read("documents to index for search", r -> {
      search.update(r);
      return search.indexedVersion();
    });
  }

  /** The incidents {@code q} selects, as the record's model, read on a reader connection. */
  private RecordRepository.Models incidents(RecordRepository.Query q) {
    return read("incidents", r -> r.record().incidentModels(q));
  }

  /** The claims of the documents {@code ids}, read on a reader connection. */
  private List<SourcedClaim> claimsOf(java.util.Collection<String> ids) {
    return read("claims", r -> r.record().claimsOf(ids));
  }

  /** The claims {@code f} selects, read on a reader connection. */
  private RecordRepository.ClaimPage claims(RecordRepository.ClaimFilter f) {
    return read("claims", r -> r.record().claims(f));
  }

  /** What {@code work} reads on a reader connection, {@code what} naming it should the wait be interrupted. */
  private <T> T read(String what, java.util.function.Function<Database, T> work) {
    try {
      return readers.read(work);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + what, e);
    }
  }

  /** The database's version, read on a reader connection. */
  private long readVersion() {
    return read("the record's version", Database::version);
  }

  /**
   * What the page of incident {@code id} shows, read in one transaction; 404 when the record does
   * not serve it. The incidents it may be merged with only for an {@code editor}, who is shown the form.
   */
  private Views.Detail detail(String id, boolean editor) throws InterruptedException {
    return readers.read(r -> r.consistently(() -> {
      RecordRepository.Shown shown = r.record().shown(id).orElseThrow(() -> ApiError.notFound("incident", id));
      RecordIncident i = shown.incident();
      List<String> sources = i.sources().stream().map(org.reckon.model.IncidentSource::documentId).toList();
      return new Views.Detail(shown.version(), i, shown.changes(), shown.extracted(), documents(r, sources),
          r.record().claimsOf(sources), r.record().contradictionsOf(sources), editor ? mergeable(r, i) : List.of());
    }));
  }

  /**
   * The ids of the incidents an editor may merge into {@code i}: not merged away, within {@link
   * Views#MERGE_DAYS} days of it, or of no known day (every one when {@code i} has none).
   */
  private static List<String> mergeable(Database r, RecordIncident i) {
    List<String> near = new java.util.ArrayList<>();
    if (i.date().known()) {
      near.addAll(r.record().unmerged(i.date().day().minusDays(Views.MERGE_DAYS).toString(),
          i.date().day().plusDays(Views.MERGE_DAYS).toString()));
      near.addAll(r.record().unmerged(null, "")); // no known day
    } else {
      near.addAll(r.record().unmerged(null, null));
    }
    near.remove(i.incidentId());
    return near;
  }

  /** The documents {@code ids} (those the database has), by id. */
  private static Map<String, Document> documents(Database r, java.util.Collection<String> ids) {
    return r.consistently(() -> {
      Map<String, Document> found = new java.util.HashMap<>();
      for (String id : new java.util.TreeSet<>(ids)) {
        try {
          found.put(id, r.documents().find(id));
        } catch (org.reckon.store.StoreException e) {
          // gone or never stored: the evidence is shown without its context
        }
      }
      return found;
    });
  }

  private void routes() {
    app.get("/login", ctx -> ctx.html(Pages.login(Auth.visitor(ctx), auth.loginToken(ctx), nextOf(ctx.queryParam("next")), null)));
    app.post("/login", ctx -> {
      String name = String.valueOf(ctx.formParam("name")).strip();
      String next = nextOf(ctx.formParam("next"));
      Auth.Outcome outcome = auth.login(ctx, name, ctx.formParam("password") == null ? "" : ctx.formParam("password"));
      if (outcome instanceof Auth.Outcome.SignedIn) {
        ctx.redirect(next, io.javalin.http.HttpStatus.SEE_OTHER);
      } else if (outcome instanceof Auth.Outcome.Throttled t) {
        ctx.header("Retry-After", String.valueOf(t.seconds()));
        ctx.status(429).html(Pages.login(Auth.visitor(ctx), auth.loginToken(ctx), next, "Too many failed logins for this "
            + "name; try again in " + t.seconds() + " seconds."));
      } else {
        ctx.status(401).html(Pages.login(Auth.visitor(ctx), auth.loginToken(ctx), next, ((Auth.Outcome.Refused) outcome).message()));
      }
    });
    app.post("/logout", ctx -> {
      auth.logout(ctx);
      ctx.redirect("/", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    app.get("/", ctx -> {
      Drawn overview = overviews.atLeast(readVersion());
      ctx.header(VERSION_HEADER, String.valueOf(overview.version()));
      ctx.html(Pages.overview(Auth.visitor(ctx), overview.body()));
    });
    app.get("/favicon.ico", ctx -> ctx.status(204)); // browsers ask; an empty answer beats a 404 in the console
    app.get("/map", ctx -> {
      Drawn map = maps.atLeast(readVersion());
      ctx.header(VERSION_HEADER, String.valueOf(map.version()));
      ctx.html(Pages.map(Auth.visitor(ctx), map.body()));
    });
    app.get("/incidents", ctx -> {
      IncidentQuery q = IncidentQuery.from(ctx);
      RecordRepository.Models page = incidents(q.stored());
      ctx.header(VERSION_HEADER, String.valueOf(page.version()));
      ctx.html(Pages.incidents(Auth.visitor(ctx), page, q, ctx.queryString()));
    });
    app.get("/incidents/{id}", ctx -> {
      Visitor v = Auth.visitor(ctx);
      Views.Detail detail = detail(ctx.pathParam("id"), v.may(Account.Role.EDITOR));
      ctx.header(VERSION_HEADER, String.valueOf(detail.version()));
      ctx.html(Pages.incident(v, detail));
    });
    app.post("/incidents/{id}/decisions", ctx -> decide(ctx, false));
    app.post("/api/incidents/{id}/decisions", ctx -> decide(ctx, true));
    app.get("/review", ctx -> {
      ReviewQueue.Query q = ReviewQueue.Query.from(ctx);
      boolean editor = Auth.visitor(ctx).may(Account.Role.EDITOR);
      Reviewing page = reviewing(q, editor);
      ctx.header(VERSION_HEADER, String.valueOf(page.queue().version()));
      ctx.html(Pages.review(Auth.visitor(ctx), page.total(), page.items(), page.mergeable(), page.documents(), q, ctx.queryString(),
          page.queue().release()));
    });
    app.get("/api/review", ctx -> {
      ReviewQueue.Query q = ReviewQueue.Query.from(ctx);
      ReviewQueue.Queue queue = queues.atLeast(readVersion());
      List<ReviewQueue.Entry> all = queue.select(q);
      ctx.header(VERSION_HEADER, String.valueOf(queue.version()));
      ObjectNode n = JSON.createObjectNode();
      n.put("since_release", queue.release());
      n.put("total", all.size());
      n.put("limit", q.limit());
      n.put("offset", q.offset());
      ArrayNode items = n.putArray("items");
      for (ReviewQueue.Entry item : all.stream().skip(q.offset()).limit(q.limit()).toList()) {
        ObjectNode o = items.addObject();
        o.put("incident_id", item.incidentId());
        o.put("date", item.date());
        item.reasons().forEach(o.putArray("reasons")::add);
        item.changedFields().forEach(o.putArray("changed_fields")::add);
        o.put("reviewed", item.reviewed());
        ArrayNode decisions = o.putArray("decisions");
        item.decisions().stream().map(Decisions.Change::decision).distinct().forEach(d -> decisions.add(DecisionRequests.json(d)));
      }
      json(ctx, n);
    });
    app.get("/releases", ctx -> ctx.html(Pages.releases(Auth.visitor(ctx), releases(), null)));
    app.post("/releases", ctx -> {
      Session session = auth.require(ctx, Account.Role.ADMIN);
      try {
        createRelease(String.valueOf(ctx.formParam("name")).strip(), session.account().name());
      } catch (ApiError e) {
        ctx.status(e.status).html(Pages.releases(Auth.visitor(ctx), releases(), String.valueOf(e.body.get("message"))));
        return;
      }
      ctx.redirect("/releases", io.javalin.http.HttpStatus.SEE_OTHER);
    });
    app.get("/releases/{name}/{file}", ctx -> {
      Release r = release(ctx.pathParam("name"));
      Release.File f = r.files().stream().filter(x -> x.path().equals(ctx.pathParam("file"))).findFirst()
          .orElseThrow(() -> ApiError.notFound("release_file", r.name() + "/" + ctx.pathParam("file")));
      ctx.header("Content-Disposition", "attachment; filename=\"reckon-" + r.name() + "-" + f.path() + "\"");
      ctx.contentType(contentType(f.path())).result(f.content());
    });
    app.get("/api/releases", ctx -> {
      ArrayNode a = JSON.createArrayNode();
      releases().forEach(r -> a.add(releaseJson(r)));
      json(ctx, a);
    });
    app.post("/api/releases", ctx -> {
      Session session = auth.require(ctx, Account.Role.ADMIN);
      var body = DecisionRequests.fields(ctx, true);
      Release r = createRelease(body.getOrDefault("name", "").strip(), session.account().name());
      ctx.status(201);
      json(ctx, releaseJson(r));
    });
    app.get("/api/releases/{name}", ctx -> json(ctx, releaseJson(release(ctx.pathParam("name")))));
    app.get("/claims", ctx -> {
      ClaimQuery q = ClaimQuery.from(ctx);
      RecordRepository.ClaimPage page = claims(q.page());
      ctx.header(VERSION_HEADER, String.valueOf(page.version()));
      ctx.html(Pages.claims(Auth.visitor(ctx), page, q));
    });
    app.get("/documents/{id}", ctx -> {
      Document d = document(ctx.pathParam("id"));
      ctx.html(Pages.document(Auth.visitor(ctx), d, readers.read(r -> r.facts().latest(d.id())).orElse(null)));
    });
    app.get("/search", ctx -> {
      String q = IncidentQuery.blankToNull(ctx.queryParam("q"));
      try {
        ctx.html(Pages.search(Auth.visitor(ctx), updatedSearch(), q));
      } catch (SearchIndex.QueryTooLargeException e) {
        ctx.status(400).html(Pages.searchTooLarge(Auth.visitor(ctx), q, e));
      }
    });
    app.get("/downloads", ctx -> ctx.html(Pages.downloads(Auth.visitor(ctx))));

    app.get("/api/incidents", ctx -> {
      IncidentQuery q = IncidentQuery.from(ctx);
      answer(ctx, "incidents " + q, () -> {
        RecordRepository.Page page = readers.read(r -> r.record().incidents(q.stored()));
        StringBuilder body = new StringBuilder("{\"version\":").append(page.version()).append(",\"total\":").append(page.total())
            .append(",\"limit\":").append(q.limit()).append(",\"offset\":").append(q.offset()).append(",\"items\":[");
        for (int i = 0; i < page.items().size(); i++) {
          body.append(i == 0 ? "" : ",").append(page.items().get(i));
        }
        return new Rendered.Read(page.version(), body.append("]}").toString());
      });
    });
    app.get("/api/incidents/{id}", ctx -> {
      String id = ctx.pathParam("id");
      answer(ctx, "incident " + id, () -> {
        RecordRepository.Found found = readers.read(r -> r.record().incident(id)).orElseThrow(() -> ApiError.notFound("incident", id));
        return new Rendered.Read(found.version(), found.json());
      });
    });
    app.get("/api/incidents/{id}/history", ctx -> {
      String id = ctx.pathParam("id");
      RecordRepository.Shown shown = readers.read(r -> r.record().shown(id)).orElseThrow(() -> ApiError.notFound("incident", id));
      ctx.header(VERSION_HEADER, String.valueOf(shown.version()));
      json(ctx, History.json(id, shown.changes(), shown.extracted()));
    });
    app.get("/api/tallies", ctx -> {
      RecordRepository.TallyQuery q = TallyRequest.from(ctx);
      answer(ctx, "tallies " + q, () -> {
        RecordRepository.Series series = read("the tally series", r -> r.record().tallies(q));
        ArrayNode a = JSON.createArrayNode();
        series.points().forEach(p -> a.add(RecordJson.tally(p)));
        return new Rendered.Read(series.version(), JSON.writeValueAsString(a));
      });
    });
    app.get("/api/claims", ctx -> {
      RecordRepository.ClaimFilter f = ClaimQuery.from(ctx).page();
      answer(ctx, "claims " + f, () -> {
        RecordRepository.ClaimPage claims = claims(f);
        ObjectNode page = JSON.createObjectNode();
        page.put("version", claims.version());
        page.put("total", claims.total());
        ArrayNode items = page.putArray("items");
        claims.items().forEach(c -> items.add(RecordJson.claim(c)));
        return new Rendered.Read(claims.version(), JSON.writeValueAsString(page));
      });
    });
    app.get("/api/contradictions", ctx -> answer(ctx, "contradictions", () -> {
      RecordRepository.ContradictionList found = read("contradictions", r -> r.record().contradictions());
      ArrayNode a = JSON.createArrayNode();
      for (Contradiction c : found.items()) {
        a.add(RecordJson.contradiction(c));
      }
      return new Rendered.Read(found.version(), JSON.writeValueAsString(a));
    }));
    app.get("/api/actors", ctx -> {
      Drawn listed = actors.atLeast(readVersion());
      ctx.header(VERSION_HEADER, String.valueOf(listed.version()));
      ctx.contentType("application/json").result(listed.body());
    });
    app.get("/api/documents", ctx -> {
      int limit = IncidentQuery.integer(ctx, "limit", 100, 1, 1000);
      int offset = IncidentQuery.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE);
      record Listed(long version, int total, List<org.reckon.store.DocumentSummary> items) {}
      Listed listed = readers.read(r -> r.consistently(() -> new Listed(r.version(), r.documents().count(),
          r.documents().page(limit, offset))));
      ctx.header(VERSION_HEADER, String.valueOf(listed.version()));
      ObjectNode page = JSON.createObjectNode();
      page.put("version", listed.version()).put("total", listed.total()).put("limit", limit).put("offset", offset);
      ArrayNode a = page.putArray("items");
      listed.items().forEach(d -> a.addObject().put("id", d.id()).put("source", d.source())
          .put("title", d.title()).put("outlet", d.outlet())
          .put("published", d.published() == null ? null : d.published().toString()).put("characters", d.characters()));
      json(ctx, page);
    });
    app.get("/api/documents/{id}", ctx -> {
      Document d = document(ctx.pathParam("id"));
      var e = readers.read(r -> r.facts().latest(d.id())).orElse(null);
      ObjectNode n = e != null ? org.reckon.extract.ExtractionJson.tree(e) : JSON.createObjectNode();
      ((ObjectNode) n.with("document")).put("text", d.text()).put("url", d.url());
      json(ctx, n);
    });
    app.get("/api/search", ctx -> {
      String q = IncidentQuery.blankToNull(ctx.queryParam("q"));
      if (q == null) {
        throw ApiError.badParameter("q", "", "some words to search for");
      }
      SearchIndex.Results r;
      try {
        r = updatedSearch().search(q, 50);
      } catch (SearchIndex.QueryTooLargeException e) {
        throw ApiError.queryTooLarge(q, e);
      }
      ObjectNode n = JSON.createObjectNode();
      n.put("total", r.total());
      ArrayNode hits = n.putArray("hits");
      r.hits().forEach(h -> hits.addObject().put("document_id", h.documentId()).put("source", h.source())
          .put("title", h.title()).put("snippet_html", h.snippetHtml()).put("score", h.score()));
      json(ctx, n);
    });
    app.get("/api/export/{what}", ctx -> Exports.write(ctx, () -> read("the tally series", r -> r.record().tallies(RecordRepository.TallyQuery.all())).points(),
        this::incidents, this::claims, this::claimsOf));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json")
        .result(ReckonServer.class.getResourceAsStream("/public/openapi.json")));
  }

  /**
   * Records an editor's decision posted as a form (answered with the page, at once showing it) or
   * as JSON (answered 201 with the decision). Refused before anything is read when the session,
   * its CSRF token or its role is wrong; 404 for an unknown incident; 400 for a bad decision.
   */
  private void decide(Context ctx, boolean json) throws Exception {
    Session session = auth.require(ctx, Account.Role.EDITOR);
    // a decision is checked against the record as it is now, never a moment behind: the incident
    // it is about, and the one it merges, read from the database, not the whole record
    String id = ctx.pathParam("id");
    RecordIncident i = read("incident " + id, r -> r.record().shown(id)).map(RecordRepository.Shown::incident)
        .orElseThrow(() -> ApiError.notFound("incident", id));
    Decision decision;
    try {
      Map<String, String> fields = DecisionRequests.fields(ctx, json);
      List<RecordIncident> named = new java.util.ArrayList<>(List.of(i));
      String other = fields.getOrDefault("other", "").strip();
      if (!other.isEmpty() && !other.equals(id)) {
        read("incident " + other, r -> r.record().shown(other)).ifPresent(x -> named.add(x.incident()));
      }
      decision = DecisionRequests.decision(fields, i, new org.reckon.model.CampaignRecord(named, List.of(), List.of(), List.of(),
          List.of(), List.of()), session.account().name(), options.clock().instant());
    } catch (ApiError e) {
      if (json || e.status != 400) {
        throw e;
      }
      ctx.status(400).html(Pages.incident(Auth.visitor(ctx), detail(i.incidentId(), true), String.valueOf(e.body.get("message"))));
      return;
    }
    Decision stored;
    synchronized (db) {
      stored = db.decisions().append(decision);
    }
    if (json) {
      ObjectNode n = JSON.createObjectNode();
      n.set("decision", DecisionRequests.json(stored));
      Optional<RecordRepository.Found> after = readers.read(r -> r.record().incident(i.incidentId()));
      if (after.isPresent()) {
        ObjectNode incident = (ObjectNode) JSON.readTree(after.get().json());
        incident.remove("claims"); // as the incident lists show it: the incident's own endpoint has these
        incident.remove("history");
        n.set("incident", incident);
      }
      ctx.status(201);
      json(ctx, n);
    } else {
      String back = ctx.formParam("back");
      ctx.redirect(back != null && !nextOf(back).equals("/") ? nextOf(back)
          : "/incidents/" + java.net.URLEncoder.encode(i.incidentId(), java.nio.charset.StandardCharsets.UTF_8) + "#decide",
          io.javalin.http.HttpStatus.SEE_OTHER);
    }
  }

  /** What was drawn of the record, and the version it is of. */
  private record Drawn(long version, String body) {}

  /** The overview's content, the same for every visitor: the record's figures, series of deaths and contradictions, read in one transaction. */
  private Drawn drawOverview() {
    return read("the overview", r -> r.consistently(() -> {
      RecordRepository.Figures f = r.record().figures();
      return new Drawn(f.version(), Pages.overviewContent(f, r.record().told(org.reckon.model.TallyMetric.KILLED),
          r.record().contradictions().items()));
    }));
  }

  /** The map's content, the same for every visitor. */
  private Drawn drawMap() {
    RecordRepository.Regions regions = read("the record's strikes by region", r -> r.record().regions());
    return new Drawn(regions.version(), Pages.mapContent(regions));
  }

  /** The record's actors as {@code /api/actors} gives them. */
  private Drawn actorsJson() {
    RecordRepository.Actors found = read("the actors", r -> r.record().actors());
    ArrayNode a = JSON.createArrayNode();
    found.items().forEach(x -> a.add(RecordJson.actor(x)));
    try {
      return new Drawn(found.version(), JSON.writeValueAsString(a));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the actors do not serialise", e);
    }
  }

  /** The review queue since the latest release, read in one transaction with it: the last one brought up to date. */
  private ReviewQueue.Queue queue() {
    return read("the review queue", r -> r.consistently(() -> ReviewQueue.update(queues.latest(), r, r.releases().latest())));
  }

  /** One page of the review queue, read at the queue's version: its incidents, their sources' texts and what they may merge with. */
  private record Reviewing(ReviewQueue.Queue queue, int total, List<ReviewQueue.Item> items, Map<String, List<String>> mergeable,
      Map<String, Document> documents) {}

  /**
   * The page {@code q} selects of the review queue, its incidents read in one transaction at the
   * version the queue was worked out at; when the record has moved on since, the queue is worked
   * out again in that transaction, so a page never mixes two versions.
   */
  private Reviewing reviewing(ReviewQueue.Query q, boolean editor) {
    ReviewQueue.Queue known = queues.atLeast(readVersion());
    return read("the review queue", r -> r.consistently(() -> {
      // the queue moved on since it was worked out: brought up to this transaction's version (the few incidents written since)
      ReviewQueue.Queue at = known.version() == r.version() ? known : ReviewQueue.update(known, r, r.releases().latest());
      List<ReviewQueue.Entry> selected = at.select(q);
      List<ReviewQueue.Entry> shown = selected.stream().skip(q.offset()).limit(q.limit()).toList();
      Map<String, RecordIncident> models = r.record().models(shown.stream().map(ReviewQueue.Entry::incidentId).toList());
      List<ReviewQueue.Item> items = new java.util.ArrayList<>();
      Map<String, List<String>> mergeable = new java.util.HashMap<>();
      java.util.Set<String> sources = new java.util.TreeSet<>();
      for (ReviewQueue.Entry e : shown) {
        RecordIncident i = models.get(e.incidentId());
        items.add(new ReviewQueue.Item(i, e));
        ReviewQueue.shownSources(i).forEach(x -> sources.add(x.documentId()));
        if (editor) {
          mergeable.put(i.incidentId(), mergeable(r, i));
        }
      }
      return new Reviewing(at, selected.size(), items, mergeable, documents(r, sources));
    }));
  }

  /**
   * Answers a request read from the record in the database: {@code 304} when the client already
   * holds the answer at the current version (If-None-Match), else the answer kept for this version
   * and request (or the one another asker is reading), else {@code read} (kept for the next
   * asker). The version is read first, so an answer of an older version is never given once a
   * newer one is committed; the body, the {@link #VERSION_HEADER version header} and the ETag are
   * always of the same version.
   */
  private void answer(Context ctx, String request, Rendered.Reading read) throws Exception {
    long current = readers.read(Database::version);
    String etag = Rendered.etag(current, request);
    if (Rendered.matches(ctx.header("If-None-Match"), etag)) {
      ctx.header(VERSION_HEADER, String.valueOf(current));
      ctx.header("ETag", etag);
      ctx.status(304);
      return;
    }
    Rendered.Answer a = rendered.answer(current, request, read);
    ctx.header(VERSION_HEADER, String.valueOf(a.version()));
    ctx.header("ETag", a.etag());
    ctx.contentType("application/json").result(a.body());
  }

  private List<Release> releases() {
    synchronized (db) {
      return db.releases().list();
    }
  }

  private Release release(String name) {
    synchronized (db) {
      return db.releases().find(name).orElseThrow(() -> ApiError.notFound("release", name));
    }
  }

  /** Freezes the current record; 400 for a bad name, 409 for one that exists. */
  private Release createRelease(String name, String by) throws InterruptedException {
    synchronized (db) {
      try {
        return Releases.create(db, readers.read(r -> r.record().whole().applied()), name, by, options.clock().instant());
      } catch (Releases.ReleaseException e) {
        if (e.exists) {
          throw ApiError.conflict("release_exists", e.getMessage());
        }
        throw ApiError.invalid("bad_release", List.of(DecisionRequests.problem("name", name, e.getMessage())));
      }
    }
  }

  private static ObjectNode releaseJson(Release r) {
    ObjectNode n = JSON.createObjectNode();
    n.put("name", r.name());
    n.put("created_at", r.createdAt().toString());
    n.put("created_by", r.createdBy());
    n.put("last_decision", r.lastDecision());
    n.put("citation", r.citation());
    ArrayNode files = n.putArray("files");
    r.files().forEach(f -> files.addObject().put("path", f.path()).put("sha256", f.sha256())
        .put("url", "/releases/" + r.name() + "/" + f.path()));
    return n;
  }

  static String contentType(String path) {
    String type = path.endsWith(".csv") ? "text/csv" : path.endsWith(".geojson") ? "application/geo+json"
        : path.endsWith(".json") ? "application/json" : path.endsWith(".md") ? "text/markdown" : "text/plain";
    return type + "; charset=utf-8";
  }

  /** Paths anyone may open even when reading needs a login. */
  private static boolean open(String path) {
    return path.equals("/login") || path.equals("/logout") || path.startsWith("/static/") || path.equals("/favicon.ico");
  }

  /** Where to go after logging in: a path of this server only, never another site. */
  static String nextOf(@org.jspecify.annotations.Nullable String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\") || next.contains("\r")
        || next.contains("\n")) {
      return "/";
    }
    return next;
  }

  private static void json(Context ctx, com.fasterxml.jackson.databind.JsonNode node) throws Exception {
    ctx.contentType("application/json").result(JSON.writeValueAsString(node));
  }

  /** The one document whose id starts with {@code idPrefix} (4 hex digits or more); 404 otherwise. */
  private Document document(String idPrefix) throws InterruptedException {
    if (idPrefix.length() < 4) {
      throw ApiError.notFound("document", idPrefix);
    }
    try {
      return readers.read(r -> r.documents().find(idPrefix));
    } catch (org.reckon.store.StoreException e) {
      throw ApiError.notFound("document", idPrefix);
    }
  }

  /**
   * The search index with every document stored so far, or, while adding the newest takes longer
   * than {@link Refreshing#FRESH_WAIT_MS}, with those it holds: a search never queues behind
   * another's update.
   */
  private SearchIndex updatedSearch() {
    indexed.atLeast(readVersion());
    return search;
  }

}
