package org.reckon.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.reckon.store.Database;

/**
 * A Lucene index of every stored document (title and text), in memory. Immutable once built and
 * safe to query from many threads. Snippets are HTML: the document text is escaped by Lucene's
 * encoder and only the {@code <mark>} tags around matches are markup.
 */
public final class SearchIndex {
  private static final Analyzer ANALYZER = new StandardAnalyzer();
  private static final int SNIPPET_CHARS = 200;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private SearchIndex(Directory directory) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
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

  /** Indexes every document of {@code db}. */
  public static SearchIndex build(Database db) {
    Directory directory = new ByteBuffersDirectory();
    try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(ANALYZER))) {
      db.documents().forEach(d -> {
        Document doc = new Document();
        doc.add(new StringField("id", d.id(), Field.Store.YES));
        doc.add(new StringField("source", d.source(), Field.Store.YES));
        doc.add(new TextField("title", d.title() == null ? "" : d.title(), Field.Store.YES));
        doc.add(new TextField("text", d.text(), Field.Store.YES));
        try {
          writer.addDocument(doc);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      writer.commit();
      return new SearchIndex(directory);
    } catch (IOException e) {
      throw new UncheckedIOException("could not build the search index", e);
    }
  }

  /**
   * Searches titles and texts. The query language is Lucene's simple one: words, "phrases", +must,
   * -not, prefix*; it never fails on odd syntax. The total is exact, however many documents match:
   * Lucene's default stops counting at 1,000, and an in-memory index of articles is small enough
   * to count in full.
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
      throw new IllegalStateException("search failed on an in-memory index", e);
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

  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
