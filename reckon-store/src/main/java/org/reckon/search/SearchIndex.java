package org.reckon.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.InvalidTokenOffsetsException;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
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

  /** The results of one query: the total number of matching documents and the best hits. */
  public record Results(long total, List<Hit> hits) {}

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
   * -not, prefix*; it never fails on odd input.
   */
  public Results search(String queryText, int limit) {
    Query query = new SimpleQueryParser(ANALYZER, Map.of("title", 2f, "text", 1f)).parse(queryText);
    try {
      TopDocs top = searcher.search(query, Math.max(1, limit));
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
    } catch (IOException | InvalidTokenOffsetsException e) {
      throw new IllegalStateException("search failed on an in-memory index", e);
    }
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
