package dev.tilde;

import dev.tilde.analysis.TildeAnalysis;
import dev.tilde.index.IndexInfo;
import dev.tilde.index.TildeWriter;
import dev.tilde.index.WriteOptions;
import dev.tilde.query.IndexedTerms;
import dev.tilde.query.ParsedQuery;
import dev.tilde.query.QueryBuilder;
import dev.tilde.query.SharedFuzzyAutomata;
import dev.tilde.schema.Schema;
import dev.tilde.search.PagedSearch;
import dev.tilde.search.SearchDeadline;
import dev.tilde.search.SearchOptions;
import dev.tilde.search.SearchResults;
import dev.tilde.search.Searchable;
import dev.tilde.suggest.SpellingSuggester;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

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
 * Close the index once no search is running. {@link #openForWriting} opens the same index for writing.
 */
public final class TildeIndex implements Searchable {
  /** Passages shown per hit unless the caller asks otherwise. */
  public static final int DEFAULT_SNIPPETS = SearchOptions.DEFAULT_SNIPPETS;

  private final Path path;
  private final CommitSearchers searchers;
  private final TildeAnalysis analysis;
  private final QueryBuilder queryBuilder;
  private final SpellingSuggester suggester;
  private final SharedFuzzyAutomata typoAutomata;

  private TildeIndex(Path path, CommitSearchers searchers, TildeAnalysis analysis, long typoAutomataBytes) {
    this.path = path;
    this.searchers = searchers;
    this.analysis = analysis;
    this.queryBuilder = new QueryBuilder(analysis);
    this.typoAutomata = new SharedFuzzyAutomata(typoAutomataBytes);
    this.suggester = new SpellingSuggester(analysis.foldedAnalyzer(), typoAutomata);
  }

  /**
   * Opens the index in {@code path} for searching.
   *
   * @param path the index's directory
   * @return the open index; close it when done
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   */
  public static TildeIndex open(Path path) {
    return open(path, TildeAnalysis.standard());
  }

  /**
   * Opens the index in {@code path} for searching with {@code analysis}, for example one with the user's own alias
   * table ({@link TildeAnalysis#withAliases}).
   *
   * @param path the index's directory
   * @param analysis the analysis to read queries with; it must be the one the index was built with
   * @return the open index; close it when done
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   */
  public static TildeIndex open(Path path, TildeAnalysis analysis) {
    return open(path, analysis, SharedFuzzyAutomata.DEFAULT_BYTES);
  }

  /**
   * Opens the index in {@code path} for searching with {@code analysis}, keeping the typo-tolerance automata of the
   * words searched lately in at most {@code typoAutomataBytes} of memory (32 MB unless told otherwise; a word's take
   * 15 to 400 KB): a search that repeats a word skips building them, the largest part of a search. With 0 each
   * search builds its own.
   *
   * @param path the index's directory
   * @param analysis the analysis to read queries with; it must be the one the index was built with
   * @param typoAutomataBytes the memory budget of the kept automata, in bytes; 0 keeps none
   * @return the open index; close it when done
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   * @throws DamagedIndexException if it cannot be read at all (damaged, or written by a newer Lucene)
   */
  public static TildeIndex open(Path path, TildeAnalysis analysis, long typoAutomataBytes) {
    if (typoAutomataBytes < 0) {
      throw new IllegalArgumentException("typoAutomataBytes must be 0 or more, not " + typoAutomataBytes);
    }
    return new TildeIndex(path, CommitSearchers.open(path, true), analysis, typoAutomataBytes);
  }

  /**
   * Opens the index in {@code path} for a process that runs a search or two and exits, such as a command line: as
   * {@link #open(Path, TildeAnalysis)}, with the same results, but the index files are read with positional reads
   * (Lucene's {@code NIOFSDirectory}) instead of being memory-mapped. Mapping pays off over many searches; its set-up,
   * which links the native calls Lucene advises the kernel with through code generated at run time, costs a one-shot
   * search about 300 more classes, 30 of them generated, and no start-up cache can hold it.
   *
   * @param path the index directory
   * @param analysis the analysis the index was built with
   * @return the open index; close it when done
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   * @throws DamagedIndexException if it cannot be read at all (damaged, or written by a newer Lucene)
   */
  public static TildeIndex openForOneSearch(Path path, TildeAnalysis analysis) {
    return new TildeIndex(path, CommitSearchers.open(path, false), analysis, SharedFuzzyAutomata.DEFAULT_BYTES);
  }

  /**
   * Opens the index in {@code path} for a search or two with the standard analysis, as {@link #openForOneSearch(Path,
   * TildeAnalysis)} with {@link TildeAnalysis#standard()}, but takes the analysis only once the index is open: a caller
   * that has another thread build the standard analysis meanwhile (the first use builds it, for tens of milliseconds)
   * has this one read the index in the meantime instead of waiting.
   *
   * @param path the index directory
   * @return the open index; close it when done
   * @throws NoIndexException if there is no index there
   * @throws IncompatibleIndexException if it was built with another analysis and must be rebuilt
   * @throws DamagedIndexException if it cannot be read at all (damaged, or written by a newer Lucene)
   */
  public static TildeIndex openForOneSearch(Path path) {
    CommitSearchers searchers = CommitSearchers.open(path, false);
    return new TildeIndex(path, searchers, TildeAnalysis.standard(), SharedFuzzyAutomata.DEFAULT_BYTES);
  }

  /**
   * Opens the index in {@code path} for writing, creating it if needed; see {@link TildeWriter}.
   *
   * @param path the index's directory
   * @return the writer, which holds the index's lock until it is closed
   * @throws TildeException if another writer holds it, or it was built with another analysis
   */
  public static TildeWriter openForWriting(Path path) {
    return TildeWriter.open(path, WriteOptions.update());
  }

  /**
   * Opens the index in {@code path} for writing as {@code options} say (a rebuild, a RAM buffer size).
   *
   * @param path the index's directory
   * @param options how to open it
   * @return the writer, which holds the index's lock until it is closed
   * @throws TildeException if another writer holds it, or it was built with another analysis
   */
  public static TildeWriter openForWriting(Path path, WriteOptions options) {
    return TildeWriter.open(path, options);
  }

  /**
   * Opens the index in {@code path} for writing with {@code analysis}, as {@link #open(Path, TildeAnalysis)} reads.
   *
   * @param path the index's directory
   * @param analysis the analysis to write documents with
   * @param options how to open it
   * @return the writer, which holds the index's lock until it is closed
   * @throws TildeException if another writer holds it, or it was built with another analysis
   */
  public static TildeWriter openForWriting(Path path, TildeAnalysis analysis, WriteOptions options) {
    return TildeWriter.open(path, analysis, options);
  }

  /**
   * Describes the index in {@code path}: documents, segments, size, analysis, last commit, inputs.
   *
   * @param path the index's directory
   * @return what the index's latest commit holds
   * @throws NoIndexException if there is no index there
   * @throws DamagedIndexException if it cannot be read at all
   */
  public static IndexInfo info(Path path) {
    return IndexInfo.read(path);
  }

  /**
   * Describes the index in {@code path} as {@link #info(Path)} does, with the acronyms it learned from its documents'
   * text if {@code withAcronyms}.
   *
   * @param path the index's directory
   * @param withAcronyms whether to list the acronyms learned
   * @return what the index's latest commit holds
   * @throws NoIndexException if there is no index there
   * @throws DamagedIndexException if it cannot be read at all
   */
  public static IndexInfo info(Path path, boolean withAcronyms) {
    return IndexInfo.read(path, withAcronyms);
  }

  /**
   * Searches for {@code query} and returns at most {@code limit} hits with {@link #DEFAULT_SNIPPETS} snippets.
   *
   * @param query the query, in Lucene's classic syntax
   * @param limit the most hits to return, at least 1
   * @return the first page of hits
   * @throws TildeException if the query is empty or too big, or the index has been closed
   */
  public SearchResults search(String query, int limit) {
    return search(query, SearchOptions.defaults().withLimit(limit));
  }

  /**
   * Searches for {@code query} as {@code options} say (page, fields, filters, order, snippets, timeout).
   *
   * <p>The query uses Lucene's classic syntax; a syntax error makes it plain keywords (see {@link
   * SearchResults#parsedAs()}). When the query finds nothing, very little, or finds its hits only through typo
   * tolerance, the results may carry a corrected query in {@link SearchResults#suggestion()}.
   *
   * <p>The options' timeout bounds the whole search ({@link SearchDeadline}): a search out of time returns what it
   * found by then, marked {@link SearchResults#timedOut()}, and offers no suggestion.
   *
   * @throws TildeException if the query is empty or too big, or the index has been closed
   */
  @Override
  public SearchResults search(String query, SearchOptions options) {
    long started = System.nanoTime();
    SearchDeadline deadline = SearchDeadline.after(options.timeout());
    IndexSearcher latest = searchers.acquireLatest();
    try {
      ParsedQuery parsed = build(query, latest.getIndexReader(), options.fields());
      IndexSearcher searcher = deadline.bound(latest);
      PagedSearch.Page page = PagedSearch.run(searcher, analysis.indexAnalyzer(), typoAutomata.share(parsed.query()),
          parsed.clauses(), options, deadline);
      String suggestion = page.timedOut() ? null : suggester.suggest(searcher.getIndexReader(), query,
          options.fields(), page.total(), !parsed.unknownWords().isEmpty(),
          corrected -> count(searcher, corrected, options), deadline);
      long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
      return new SearchResults(query, parsed.parsedAs(), page.total(), options.offset(), page.hits(), suggestion,
          tookMillis, deadline.reached());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new TildeException("query expands to too many terms (over " + IndexSearcher.getMaxClauseCount()
          + "): make it more specific", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(latest);
    }
  }

  /**
   * Lucene's explanation of how the document with {@code id} scored for {@code query}, as indented text; empty when
   * no document has that id.
   */
  @Override
  public String explain(String query, String id) {
    IndexSearcher searcher = searchers.acquireLatest();
    try {
      TopDocs byId = searcher.search(new TermQuery(Schema.idTerm(id)), 1);
      if (byId.scoreDocs.length == 0) {
        return "";
      }
      ParsedQuery parsed = build(query, searcher.getIndexReader(), List.of(Schema.SEARCHED_FIELDS));
      return searcher.explain(parsed.query(), byId.scoreDocs[0].doc).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      searchers.release(searcher);
    }
  }

  /** {@return the analysis this index is searched with} {@link TildeAnalysis#analyze} shows what it makes of a text. */
  public TildeAnalysis analysis() {
    return analysis;
  }

  /** {@return how many documents the latest commit of the index holds} */
  public int documentCount() {
    IndexSearcher searcher = searchers.acquireLatest();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      searchers.release(searcher);
    }
  }

  /** {@return the directory the index lives in} */
  public Path path() {
    return path;
  }

  @Override
  public void close() throws IOException {
    searchers.close();
  }

  /** The query for {@code text} on {@code reader}, a word it lacks read as the suggester would correct it. */
  private ParsedQuery build(String text, IndexReader reader, List<String> fields) {
    return queryBuilder.build(text, IndexedTerms.of(reader, word -> suggester.correctionOf(reader, fields, word)),
        fields);
  }

  /** How many documents {@code text} finds with the same fields and filters. */
  private long count(IndexSearcher searcher, String text, SearchOptions options) {
    try {
      ParsedQuery parsed = build(text, searcher.getIndexReader(), options.fields());
      return searcher.count(PagedSearch.filtered(typoAutomata.share(parsed.query()), options));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}
