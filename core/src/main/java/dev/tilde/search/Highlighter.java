package dev.tilde.search;

import dev.tilde.schema.Schema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Picks the best passages of each hit's body and marks what matched, on the text as the document wrote it.
 *
 * <p>Backed by Lucene's {@link UnifiedHighlighter}, which reads match offsets from the postings. Passages come best
 * first (by the highlighter's passage score, then in text order), and a long passage is cropped around its matches.
 */
public final class Highlighter {
  private static final String[] FIELDS = {Schema.BODY};

  /** Best passage first: the one a reader should see if they read only one. */
  private static final Comparator<Passage> BEST_FIRST =
      Comparator.comparingDouble((Passage p) -> p.getScore()).reversed().thenComparingInt(Passage::getStartOffset);

  /**
   * How much of a body the highlighter reads looking for matches. Lucene's default of 10,000 characters misses a
   * name that first appears late in a long article.
   */
  private static final int MAX_CHARS_READ = 200_000;

  private final SnippetHighlighter highlighter;

  public Highlighter(IndexSearcher searcher, Analyzer analyzer) {
    this.highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        .withPassageSortComparator(BEST_FIRST)
        .withMaxLength(MAX_CHARS_READ)
        .withWeightMatches(true)
        // Stemmed matches live in body_en/body_es, whose offsets point into the same body text: mark them too.
        .withFieldMatcher(Schema.BODY_FIELDS::contains));
  }

  /** The snippets of each of {@code hits}, in the same order; at most {@code perHit} each. */
  public List<List<Snippet>> snippets(Query query, ScoreDoc[] hits, int perHit) throws IOException {
    List<List<Snippet>> out = new ArrayList<>(hits.length);
    if (hits.length == 0 || perHit == 0) {
      for (int i = 0; i < hits.length; i++) {
        out.add(List.of());
      }
      return out;
    }
    int[] docIds = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      docIds[i] = hits[i].doc;
    }
    Map<String, Object[]> byField = highlighter.highlight(FIELDS, query, docIds, new int[] {perHit});
    Object[] bodies = byField.get(Schema.BODY);
    for (Object body : bodies) {
      out.add(body == null ? List.of() : List.of((Snippet[]) body));
    }
    return out;
  }

  /** Opens up the highlighter's object-returning variant, which hands back our formatter's {@link Snippet}s. */
  private static final class SnippetHighlighter extends UnifiedHighlighter {
    SnippetHighlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> highlight(String[] fields, Query query, int[] docIds, int[] maxPassages)
        throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, maxPassages);
    }
  }
}
