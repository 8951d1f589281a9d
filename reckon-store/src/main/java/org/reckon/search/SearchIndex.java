package org.reckon.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.jspecify.annotations.Nullable;
import org.reckon.store.Database;

/**
 * A Lucene index of every stored document (title and text), on disk in a temporary folder
 * (memory-mapped, so a large corpus does not sit on the heap) and brought up to date
 * incrementally: {@link #update} adds only the documents stored since the last update. Safe to
 * query from many threads while it is updated ({@link SearcherManager}). Snippets are HTML: the
 * document text is escaped by Lucene's encoder and only the {@code <mark>} tags around matches are
 * markup.
 */
public final class SearchIndex implements AutoCloseable {
  private static final Analyzer ANALYZER = new StandardAnalyzer();
  private static final int SNIPPET_CHARS = 200;

  private final Path folder;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  /** The newest {@code ingested_at} indexed so far; null before the first update. */
  private @Nullable String watermark;
  private long indexedVersion = -1;

  private SearchIndex() throws IOException {
    this.folder = Files.createTempDirectory("reckon-search-");
    this.directory = FSDirectory.open(folder);
    this.writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER).setCommitOnClose(false)); // deleted on close
    this.searchers = new SearcherManager(writer, null);
  }

  /** One hit: the document, its title, and a snippet of HTML with the matches marked. */
  public record Hit(String documentId, String source, String title, String snippetHtml, float score) {}

  /** The results of one query: the exact number of matching documents and the best hits. */
  public record Results(long total, List<Hit> hits) {}

  /**
   * The most words and phrases one query may hold. Each is searched in title and text, which makes
   * three clauses of Lucene's ({@link IndexSearcher#getMaxClauseCount()}, 1,024 in all) per word;
   * 256 stays clear of that with room for the query's own structure.
   */
  public static final int MAX_TERMS = 256;

  /**
   * A query Lucene cannot run in one go: more than {@link #MAX_TERMS} words and phrases, or fewer
   * whose {@code prefix*} and {@code fuzzy~} terms expand past Lucene's clause limit.
   */
  public static final class QueryTooLargeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int terms;

    QueryTooLargeException(int terms) {
      super(terms > MAX_TERMS
          ? "the query has " + terms + " words and phrases, more than the " + MAX_TERMS + " one search takes; search for fewer words"
          : "the query's prefix* and fuzzy~ terms expand into more than Lucene's " + IndexSearcher.getMaxClauseCount()
              + " clauses; search for fewer or more exact words");
      this.terms = terms;
    }

    /** The words and phrases the query holds, counted as Lucene parsed them. */
    public int terms() {
      return terms;
    }

    /** Whether the query has too many words and phrases, rather than terms that expand too far. */
    public boolean tooManyTerms() {
      return terms > MAX_TERMS;
    }
  }

  /** An empty index; {@link #update} fills it. */
  public static SearchIndex open() {
    try {
      return new SearchIndex();
    } catch (IOException e) {
      throw new UncheckedIOException("could not make a search index in the temporary folder", e);
    }
  }

  /** Indexes every document of {@code db}. */
  public static SearchIndex build(Database db) {
    SearchIndex index = open();
    index.update(db);
    return index;
  }

  /**
   * Adds the documents {@code db} stored since the last update, unless its version has not moved.
   * Writers take {@code ingested_at} under the record's lock, never earlier than the newest
   * stored, so documents become visible in the order of their {@code ingested_at}: those from the
   * watermark on (inclusive, for equal times; adding one twice replaces it) are all that can be
   * new. The version and the documents are read in one transaction, so the version kept is the
   * one the documents were read at.
   */
  public synchronized void update(Database db) {
    db.consistently(() -> {
      updateFrom(db);
      return null;
    });
  }

  /** The database version the index holds every document of; -1 before the first update. */
  public synchronized long indexedVersion() {
    return indexedVersion;
  }

  private void updateFrom(Database db) {
    long version = db.version();
    if (version == indexedVersion) {
      return;
    }
    try {
      String[] newest = {watermark};
      db.documents().forEachIngestedSince(watermark, (d, ingestedAt) -> {
        add(d);
        if (newest[0] == null || ingestedAt.compareTo(newest[0]) > 0) {
          newest[0] = ingestedAt;
        }
      });
      // no commit: the searchers read the writer's documents directly (near-real-time), and a
      // temporary index has nothing to keep across a crash; a commit is an fsync per update
      searchers.maybeRefreshBlocking();
      watermark = newest[0];
      indexedVersion = version;
    } catch (IOException e) {
      throw new UncheckedIOException("could not update the search index in " + folder, e);
    }
  }

  private void add(org.reckon.model.Document d) {
    Document doc = new Document();
    doc.add(new StringField("id", d.id(), Field.Store.YES));
    doc.add(new StringField("source", d.source(), Field.Store.YES));
    doc.add(new TextField("title", d.title() == null ? "" : d.title(), Field.Store.YES));
    doc.add(new TextField("text", d.text(), Field.Store.YES));
    try {
      writer.updateDocument(new Term("id", d.id()), doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Searches titles and texts. The query language is Lucene's simple one: words, "phrases", +must,
   * -not, prefix*; it never fails on odd syntax. The total is exact, however many documents match:
   * Lucene's default stops counting at 1,000, and an index of articles is small enough to count
   * in full.
   *
   * @throws QueryTooLargeException when the query holds more than {@link #MAX_TERMS} words and
   *     phrases, or expands past Lucene's clause limit
   */
  public Results search(String queryText, int limit) {
    Query query;
    try {
      query = new SimpleQueryParser(ANALYZER, Map.of("title", 2f, "text", 1f)).parse(queryText);
    } catch (IndexSearcher.TooManyClauses e) {
      // more terms than one BooleanQuery takes, so more than the clause limit: the words as written
      // count them, unless one written word made many terms ("a-b-c-...")
      throw new QueryTooLargeException(Math.max(queryText.strip().split("\\s+").length, IndexSearcher.getMaxClauseCount() + 1));
    }
    int terms = terms(query);
    if (terms > MAX_TERMS) {
      throw new QueryTooLargeException(terms);
    }
    IndexSearcher searcher;
    try {
      searcher = searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException("could not open the search index in " + folder, e);
    }
    try {
      TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(Math.max(1, limit), Integer.MAX_VALUE));
      Highlighter highlighter = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(),
          new QueryScorer(query, "text"));
      List<Hit> hits = new ArrayList<>();
      for (ScoreDoc sd : top.scoreDocs) {
        Document doc = searcher.storedFields().document(sd.doc);
        String text = doc.get("text");
        String snippet = highlighter.getBestFragment(ANALYZER, "text", text);
        if (snippet == null) {
          snippet = new SimpleHTMLEncoder().encodeText(text.substring(0, Math.min(SNIPPET_CHARS, text.length())));
        }
        hits.add(new Hit(doc.get("id"), doc.get("source"), doc.get("title"), snippet, sd.score));
      }
      return new Results(top.totalHits.value, hits);
    } catch (IndexSearcher.TooManyClauses e) {
      throw new QueryTooLargeException(terms);
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IllegalStateException("search failed on the index in " + folder, e);
    } finally {
      try {
        searchers.release(searcher);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The words and phrases of {@code query}: its leaves in the text field (each is searched in the title too). */
  private static int terms(Query query) {
    int[] n = {0};
    query.visit(new QueryVisitor() {
      @Override
      public boolean acceptField(String field) {
        return field.equals("text");
      }

      @Override
      public void consumeTerms(Query q, Term... terms) {
        n[0]++;
      }

      @Override
      public void consumeTermsMatching(Query q, String field, Supplier<ByteRunAutomaton> automaton) {
        n[0]++;
      }

      @Override
      public void visitLeaf(Query q) {
        n[0]++;
      }

      @Override
      public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return n[0];
  }

  /** Closes the index and deletes its folder. */
  @Override
  public synchronized void close() {
    try {
      searchers.close();
      writer.close();
      directory.close();
      try (var files = Files.walk(folder)) {
        for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not close the search index in " + folder, e);
    }
  }
}
