package dev.tilde.search;

import dev.tilde.schema.Schema;
import dev.tilde.why.HitMatches;
import dev.tilde.why.WordClauses;
import dev.tilde.why.WordMatch;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.ExitableDirectoryReader.ExitingReaderException;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** Runs one query on one searcher as {@link SearchOptions} say: filters, order, the requested page, snippets. */
public final class PagedSearch {
  /** Newest first; undated documents last; equal dates by relevance. */
  private static final Sort BY_DATE = byDate();

  private PagedSearch() {}

  /**
   * One page of hits.
   *
   * @param total how many documents matched in all
   * @param hits the page
   * @param timedOut whether the search's deadline cut expanding, collecting or highlighting short
   */
  public record Page(long total, List<Hit> hits, boolean timedOut) {}

  /**
   * {@code query} restricted to the documents the options' filters (language, date range) let through.
   *
   * @param query the query
   * @param options the search options whose filters apply
   * @return the query with its filters, or {@code query} itself when there are none
   */
  public static Query filtered(Query query, SearchOptions options) {
    if (options.lang() == null && options.since() == null && options.until() == null) {
      return query;
    }
    BooleanQuery.Builder filtered = new BooleanQuery.Builder().add(query, Occur.MUST);
    if (options.lang() != null) {
      filtered.add(KeywordField.newExactQuery(Schema.LANG, options.lang()), Occur.FILTER);
    }
    if (options.since() != null || options.until() != null) {
      long from = options.since() == null ? Long.MIN_VALUE : options.since().toEpochDay();
      long to = options.until() == null ? Long.MAX_VALUE : options.until().toEpochDay();
      filtered.add(LongField.newRangeQuery(Schema.DATE, from, to), Occur.FILTER);
    }
    return filtered.build();
  }

  /**
   * Runs {@code query} with the options' filters and returns the requested page, stopping each phase at {@code
   * deadline}: a search out of time while it still expanded its terms has no hits, one out of time while collecting
   * has those collected, and past the deadline hits are no longer highlighted.
   *
   * @param searcher a searcher bound to the deadline ({@link SearchDeadline#bound})
   * @param analyzer the index's analyzer, for highlighting
   * @param query the query as built from the user's text, unfiltered (the highlighter marks its matches)
   * @param options the page, filters, order and snippets
   * @param deadline the search's deadline
   * @return the page of hits, how many matched in all, and whether the deadline cut the search short
   * @throws IOException if the index cannot be read
   */
  public static Page run(IndexSearcher searcher, Analyzer analyzer, Query query, SearchOptions options,
      SearchDeadline deadline) throws IOException {
    return run(searcher, analyzer, query, null, options, deadline);
  }

  /**
   * Runs {@code query} as {@link #run(IndexSearcher, Analyzer, Query, SearchOptions, SearchDeadline)} does, and where
   * the options ask why ({@link SearchOptions#why()}), tells each hit which of {@code clauses} it matched.
   *
   * @param searcher a searcher bound to the deadline ({@link SearchDeadline#bound})
   * @param analyzer the index's analyzer, for highlighting
   * @param query the query as built from the user's text, unfiltered (the highlighter marks its matches)
   * @param clauses the query's clauses with their typed words and kinds, or {@code null} for none
   * @param options the page, filters, order, snippets and whether to say why
   * @param deadline the search's deadline
   * @return the page of hits, how many matched in all, and whether the deadline cut the search short
   * @throws IOException if the index cannot be read
   */
  public static Page run(IndexSearcher searcher, Analyzer analyzer, Query query, WordClauses clauses,
      SearchOptions options, SearchDeadline deadline) throws IOException {
    Query rewritten;
    TopDocs top;
    try {
      // Rewritten once, here: typo tolerance expands into index terms only once, and the highlighter, given plain
      // terms, reads match offsets from the postings instead of re-analysing the body of every hit (which it does
      // for any query it would still have to expand).
      rewritten = searcher.rewrite(query);
      top = collect(searcher, filtered(rewritten, options), options);
    } catch (ExitingReaderException outOfTime) {
      return new Page(0, List.of(), true);
    }
    ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(options.offset(), top.scoreDocs.length),
        top.scoreDocs.length);
    List<Highlighter.Highlighted> read = new Highlighter(searcher, analyzer, deadline).highlight(rewritten, page,
        options.snippets());
    List<List<WordMatch>> why = options.why() && clauses != null ? matches(searcher, clauses, page, read) : null;
    List<Hit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      Hit hit = Hit.of(Schema.fromStored(read.get(i).stored()), page[i].score, read.get(i).snippets());
      hits.add(why == null ? hit : hit.withMatches(why.get(i)));
    }
    return new Page(top.totalHits.value(), hits, deadline.reached());
  }

  /** How the typed words matched each hit of {@code page}, none past the deadline. */
  private static List<List<WordMatch>> matches(IndexSearcher searcher, WordClauses clauses, ScoreDoc[] page,
      List<Highlighter.Highlighted> read) throws IOException {
    int[] docIds = new int[page.length];
    List<Document> stored = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      docIds[i] = page[i].doc;
      stored.add(read.get(i).stored());
    }
    try {
      return HitMatches.of(searcher, clauses, docIds, stored);
    } catch (ExitingReaderException outOfTime) {
      return null;
    }
  }

  /** The best hits up to the end of the requested page, in the requested order. */
  private static TopDocs collect(IndexSearcher searcher, Query filtered, SearchOptions options) throws IOException {
    // Collect no more than the index holds: an offset far past the end must not allocate a huge queue.
    int wanted = (int) Math.min((long) options.offset() + options.limit(),
        Math.max(1, searcher.getIndexReader().maxDoc()));
    if (options.sortBy() == SearchOptions.SortBy.DATE) {
      TopDocs top = searcher.search(filtered, new TopFieldCollectorManager(BY_DATE, wanted, Integer.MAX_VALUE));
      TopFieldCollector.populateScores(top.scoreDocs, searcher, filtered);
      return top;
    }
    return searcher.search(filtered, new TopScoreDocCollectorManager(wanted, Integer.MAX_VALUE));
  }

  private static Sort byDate() {
    SortField date = LongField.newSortField(Schema.DATE, true, SortedNumericSelector.Type.MAX);
    date.setMissingValue(Long.MIN_VALUE);
    return new Sort(date, SortField.FIELD_SCORE);
  }
}
