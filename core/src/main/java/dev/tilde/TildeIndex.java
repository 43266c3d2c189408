package dev.tilde;

import dev.tilde.analysis.TildeAnalyzer;
import dev.tilde.query.ParsedQuery;
import dev.tilde.query.QueryBuilder;
import dev.tilde.schema.Schema;
import dev.tilde.search.PagedSearch;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchResults;
import dev.tilde.suggest.SpellingSuggester;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The library's entry point: an on-disk Tilde index that answers searches with ranked, highlighted hits.
 *
 * <pre>{@code
 * try (TildeIndex index = TildeIndex.open(Path.of("index"))) {
 *   SearchResults results = index.search("lopez obrador", SearchOptions.defaults().withLimit(5));
 *   for (Hit hit : results.hits()) {
 *     System.out.println(hit.score() + " " + hit.title());
 *   }
 * }
 * }</pre>
 *
 * <p>One instance serves any number of threads searching at once. Each search first looks for a newer commit of the
 * index (made by an indexer in this or another process) and, when there is one, searches it: no reopening by hand.
 * Close the index once no search is running.
 */
public final class TildeIndex implements Closeable {
  /** Passages shown per hit unless the caller asks otherwise. */
  public static final int DEFAULT_SNIPPETS = SearchOptions.DEFAULT_SNIPPETS;

  private final Path path;
  private final Directory directory;
  private final SearcherManager searchers;
  private final Analyzer analyzer;
  private final QueryBuilder queryBuilder;
  private final SpellingSuggester suggester;

  private TildeIndex(Path path, Directory directory, SearcherManager searchers, Analyzer analyzer) {
    this.path = path;
    this.directory = directory;
    this.searchers = searchers;
    this.analyzer = analyzer;
    this.queryBuilder = new QueryBuilder(analyzer);
    this.suggester = new SpellingSuggester(analyzer);
  }

  /**
   * Opens the index in {@code path} for searching.
   *
   * @throws NoIndexException if there is no index there
   */
  public static TildeIndex open(Path path) {
    if (!Files.isDirectory(path)) {
      throw new NoIndexException(path);
    }
    Directory directory = null;
    try {
      directory = FSDirectory.open(path);
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoIndexException(path);
      }
      return new TildeIndex(path, directory, new SearcherManager(directory, null), new TildeAnalyzer());
    } catch (IOException e) {
      closeQuietly(directory);
      throw new TildeException("cannot open index at " + path + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(directory);
      throw e;
    }
  }

  /** Searches for {@code query} and returns at most {@code limit} hits with {@link #DEFAULT_SNIPPETS} snippets. */
  public SearchResults search(String query, int limit) {
    return search(query, SearchOptions.defaults().withLimit(limit));
  }

  /**
   * Searches for {@code query} as {@code options} say (page, fields, filters, order, snippets).
   *
   * <p>The query uses Lucene's classic syntax; a syntax error makes it plain keywords (see {@link
   * SearchResults#parsedAs()}). When the query finds nothing, very little, or contains a word no document has, the
   * results may carry a corrected query in {@link SearchResults#suggestion()}.
   *
   * @throws TildeException if the query is empty or the index has been closed
   */
  public SearchResults search(String query, SearchOptions options) {
    long started = System.nanoTime();
    ParsedQuery parsed = queryBuilder.build(query, options.fields());
    IndexSearcher searcher = acquireLatest();
    try {
      PagedSearch.Page page = PagedSearch.run(searcher, analyzer, parsed.query(), options);
      String suggestion = suggester.suggest(searcher.getIndexReader(), query, options.fields(), page.total(),
          hitsOnlyThroughTypoTolerance(parsed),
          corrected -> count(searcher, corrected, options));
      long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return new SearchResults(query, parsed.parsedAs(), page.total(), options.offset(), page.hits(), suggestion,
          tookMillis, page.timedOut());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      release(searcher);
    }
  }

  /**
   * The words Tilde indexes and searches for {@code text}, in order: what the analysis makes of it (handy to see why a
   * query matches or not).
   */
  public List<String> analyze(String text) {
    List<String> terms = new ArrayList<>();
    try (TokenStream tokens = analyzer.tokenStream(Schema.BODY, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken()) {
        terms.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }

  /** How many documents the latest commit of the index holds. */
  public int documentCount() {
    IndexSearcher searcher = acquireLatest();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** Where the index lives. */
  public Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    try {
      searchers.close();
    } finally {
      directory.close();
    }
  }

  /**
   * Hook for the query builder: whether every hit matched only through typo tolerance (a fuzzy variant of a typed
   * word), which makes a "did you mean" worth offering even for words the index has. The builder does not report
   * this yet, so it is always false; words absent from the index are caught without it.
   */
  private static boolean hitsOnlyThroughTypoTolerance(ParsedQuery parsed) {
    return false;
  }

  /** How many documents {@code text} finds with the same fields and filters. */
  private long count(IndexSearcher searcher, String text, SearchOptions options) {
    try {
      return searcher.count(PagedSearch.filtered(queryBuilder.build(text, options.fields()).query(), options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A searcher on the newest commit, refreshing first if someone committed since the last search. */
  private IndexSearcher acquireLatest() {
    try {
      searchers.maybeRefresh();
      return searchers.acquire();
    } catch (AlreadyClosedException e) {
      throw new TildeException("index at " + path + " is closed", e);
    } catch (IOException e) {
      throw new TildeException("cannot read index at " + path + ": " + e.getMessage(), e);
    }
  }

  private void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void closeQuietly(Closeable c) {
    if (c != null) {
      try {
        c.close();
      } catch (IOException ignored) {
        // already failing; the first error is the one to report
      }
    }
  }
}
